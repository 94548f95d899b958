// The project dashboard: charts over the metrics API (POST /api/projects/{projectId}/metrics, the
// same query as POST /api/public/metrics), its URL-held controls and the model comparison.
export { DashboardView } from "./components/dashboard-view";
