// GET|POST /api/auth/* — sign-up, sign-in, sign-out and session, served by better-auth.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";

const handle = (request: Request) => getAuth().handler(request);

export const { GET, POST } = toNextJsHandler(handle);
