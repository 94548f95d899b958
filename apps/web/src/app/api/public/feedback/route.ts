// POST    /api/public/feedback — a FEEDBACK score from an end user's browser; 201 (200 for a retried id).
// OPTIONS /api/public/feedback — CORS preflight.
// Auth: `Bearer <public key>` (when the project allows it) or `Bearer <feedback token>`; never a secret key.
import { answerFeedbackPreflight, withFeedbackCors } from "@/features/feedback/server/feedback-cors";
import { submitFeedback } from "@/features/feedback/server/submit-feedback";
import { withRoute } from "@/lib/http/with-route";

export const OPTIONS = async (request: Request) => answerFeedbackPreflight(request);

// auth "none": the service authenticates the browser's credential itself, before it reads the body.
export const POST = withFeedbackCors(withRoute({ auth: "none", handler: ({ request }) => submitFeedback(request) }));
