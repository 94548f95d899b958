// GET|POST /api/auth/* — sign-up, sign-in, sign-out and session, served by better-auth.
import { randomUUID } from "node:crypto";
import { NotFoundError } from "@spanlight/core";
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { problemResponse } from "@/lib/http/problem";

const handle = async (request: Request) => {
  const response = await getAuth().handler(request);
  // better-auth answers a path it does not serve with an empty 404; every /api/ path answers JSON.
  if (response.status !== 404 || response.headers.get("content-type")) return response;
  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  return problemResponse(new NotFoundError(`No API route at ${new URL(request.url).pathname}`), requestId);
};

export const { GET, POST } = toNextJsHandler(handle);
