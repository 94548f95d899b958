// The agreement feature's browser-safe surface: the agreement summary (queues use it per config)
// and the judge calibration view. Server pages and routes import `./server/*` directly.
export { AgreementSummary } from "./components/agreement-summary";
export { CalibrationView } from "./components/calibration-view";
