// Any /api/ path no route file serves, whatever the method: a JSON 404 in the API's error shape
// instead of Next's HTML page. Paths a route file serves with another method get a JSON 405 from the
// custom server (server/http/json-method-not-allowed.ts).
import { NotFoundError } from "@spanlight/core";
import { withRoute } from "@/lib/http/with-route";

const notFound = withRoute({
  auth: "none",
  handler: async ({ request }) => {
    throw new NotFoundError(`No API route at ${new URL(request.url).pathname}`);
  },
});

export {
  notFound as DELETE,
  notFound as GET,
  notFound as OPTIONS,
  notFound as PATCH,
  notFound as POST,
  notFound as PUT,
};
