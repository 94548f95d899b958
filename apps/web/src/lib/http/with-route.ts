import "server-only";
import { randomUUID } from "node:crypto";
import { BadRequestError, canRole, ForbiddenError, NotFoundError, UnauthorizedError } from "@spanlight/core";
import type { TProjectAction, TProjectRole } from "@spanlight/core";
import { authenticateApiKey, findProjectForMember } from "@spanlight/db";
import type { TApiKeyPrincipal } from "@spanlight/db";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/session";
import { problemResponse } from "./problem";

type TSchemas = { body?: z.ZodType; query?: z.ZodType; params?: z.ZodType };
type TInfer<T> = T extends z.ZodType ? z.infer<T> : undefined;

type TBaseContext<S extends TSchemas> = {
  request: Request;
  requestId: string;
  body: TInfer<S["body"]>;
  query: TInfer<S["query"]>;
  params: TInfer<S["params"]>;
};

type TSessionContext<S extends TSchemas> = TBaseContext<S> & { user: TSessionUser };
type TProjectContext<S extends TSchemas> = TSessionContext<S> & {
  project: { id: string; name: string; role: TProjectRole };
};
type TApiKeyContext<S extends TSchemas> = TBaseContext<S> & { principal: TApiKeyPrincipal };

type TResult = Response | Record<string, unknown> | unknown[] | null;
type TNextContext = { params: Promise<Record<string, string | string[]>> };

type TRouteOptions<S extends TSchemas> =
  | { auth: "none"; schemas?: S; handler: (context: TBaseContext<S>) => Promise<TResult> }
  | { auth: "session"; schemas?: S; handler: (context: TSessionContext<S>) => Promise<TResult> }
  /** A signed-in member of the `[projectId]` in the path, allowed to do `action`. */
  | { auth: "project"; action: TProjectAction; schemas?: S; handler: (context: TProjectContext<S>) => Promise<TResult> }
  | { auth: "apiKey"; schemas?: S; handler: (context: TApiKeyContext<S>) => Promise<TResult> };

/**
 * The one route wrapper: it authenticates, checks the project and role, parses body, query and
 * params with zod, gives every answer a request id and maps every error. Route files only say what
 * they need and call one service.
 */
export function withRoute<S extends TSchemas>(options: TRouteOptions<S>) {
  return async (request: Request, nextContext: TNextContext): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    try {
      const rawParams = nextContext?.params ? await nextContext.params : {};
      // Who is asking is settled before the body is read: without credentials a caller learns nothing
      // about the inputs a route accepts.
      const parse = () => parseInputs({ request, requestId, rawParams, schemas: options.schemas });
      const result = await dispatch(options, { request, parse }, rawParams);
      return toResponse(result, requestId);
    } catch (error) {
      return problemResponse(error, requestId);
    }
  };
}

async function dispatch<S extends TSchemas>(
  options: TRouteOptions<S>,
  inputs: { request: Request; parse: () => Promise<TBaseContext<S>> },
  rawParams: Record<string, string | string[]>,
): Promise<TResult> {
  const { request, parse } = inputs;
  switch (options.auth) {
    case "none":
      return options.handler(await parse());
    case "apiKey": {
      const principal = await authenticateApiKey(request.headers.get("authorization"));
      return options.handler({ ...(await parse()), principal });
    }
    case "session": {
      const user = await requireUser(request);
      return options.handler({ ...(await parse()), user });
    }
    case "project": {
      const user = await requireUser(request);
      const projectId = typeof rawParams.projectId === "string" ? rawParams.projectId : "";
      const project = await findProjectForMember({ projectId, userId: user.id });
      // Not a member looks the same as no such project: ids of other people's projects leak nothing.
      if (!project) throw new NotFoundError("Project not found");
      if (!canRole(project.role, options.action))
        throw new ForbiddenError(`Your role (${project.role.toLowerCase()}) cannot do this`);
      return options.handler({ ...(await parse()), user, project });
    }
    default: {
      const exhaustive: never = options;
      return exhaustive;
    }
  }
}

async function requireUser(request: Request): Promise<TSessionUser> {
  const user = await getSessionUser(request.headers);
  if (!user) throw new UnauthorizedError("Sign in first");
  return user;
}

async function parseInputs<S extends TSchemas>(options: {
  request: Request;
  requestId: string;
  rawParams: Record<string, string | string[]>;
  schemas: S | undefined;
}): Promise<TBaseContext<S>> {
  const { request, schemas } = options;
  const url = new URL(request.url);
  const body = schemas?.body ? schemas.body.parse(await readJson(request)) : undefined;
  const query = schemas?.query ? schemas.query.parse(Object.fromEntries(url.searchParams)) : undefined;
  const params = schemas?.params ? schemas.params.parse(options.rawParams) : undefined;
  return { request, requestId: options.requestId, body, query, params } as TBaseContext<S>;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError("The body is not valid JSON");
  }
}

function toResponse(result: TResult, requestId: string): Response {
  if (result instanceof Response) {
    result.headers.set("x-request-id", requestId);
    return result;
  }
  if (result === null) return new Response(null, { status: 204, headers: { "x-request-id": requestId } });
  return Response.json(result, { headers: { "x-request-id": requestId, "cache-control": "no-store" } });
}
