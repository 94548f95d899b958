// The feedback feature's browser-safe surface. Routes import `./server/*` directly.
export { FeedbackSettingsForm } from "./components/feedback-settings-form";
export { publicKeySnippet } from "./components/feedback-snippet";
