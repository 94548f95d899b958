// Onboarding: how to send the first traces. Server pages get TOtlpSettings from ./server/get-otlp-settings.
export { SectionEmptyState } from "./components/section-empty-state";
export { SendTracesCard } from "./components/send-traces-card";
export { basicAuthCredentials, otlpEnvForKey, otlpEnvTemplate } from "./otlp";
export type { TOtlpSettings } from "./otlp";
