import { z } from "zod";
import { REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from "./openapi-schemas";
import { COST_OPERATIONS } from "./cost-operations";
import { EXPERIMENT_OPERATIONS } from "./experiment-operations";
import { PUBLIC_OPERATIONS } from "./public-operations";
import type { TOperation } from "./public-operations";

type TJsonSchema = Record<string, unknown> & {
  description?: string;
  properties?: Record<string, TJsonSchema>;
  required?: string[];
};

const SCHEMA_REF = (name: string) => `#/components/schemas/${name}`;

const REST_ERRORS: Record<number, string> = {
  400: "Invalid request: `error.issues` says which input and why",
  401: "No valid API key (Basic publicKey:secretKey, or Bearer secretKey)",
  404: "Not found in the key's project",
};

const FEEDBACK_ERRORS: Record<number, string> = {
  400: "Invalid feedback (a field over its limit, a value outside the score config): `error.issues` says which",
  401: "No valid public key or feedback token (or the token expired)",
  403: "Origin not allowed, public-key feedback turned off, or a target the token does not cover",
  409: "The id belongs to another score",
  413: "Body over 128 KB",
  429: "Too much feedback from this address or key: retry after Retry-After seconds",
};

const OTLP_ERRORS: Record<number, string> = {
  400: "Undecodable body",
  401: "No valid API key",
  413: "Body too large",
  415: "Unsupported Content-Type",
  429: "Busy: retry after Retry-After seconds",
  503: "Database unavailable: retry after Retry-After seconds",
};

/**
 * The OpenAPI 3.1 document of /api/public, generated from the routes' zod contracts (JSON Schema
 * 2020-12 is OpenAPI 3.1's own dialect, so zod's converter output is used as is). Query and path
 * parameters come from the input side of the query schemas (what a caller sends: strings), answers
 * from the output side of the response schemas.
 */
export function buildOpenApiDocument(options: { serverUrl: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of [...PUBLIC_OPERATIONS, ...EXPERIMENT_OPERATIONS, ...COST_OPERATIONS]) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: toOperationObject(operation) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Spanlight public API",
      version: "1.0.0",
      description:
        "Read traces, sessions and end-users, manage model prices, and send OTLP traces. Errors are JSON with a request id.",
    },
    servers: [{ url: options.serverUrl }],
    security: [{ basicAuth: [] }, { bearerAuth: [] }],
    tags: [
      "Traces",
      "Sessions",
      "Users",
      "Model prices",
      "Scores",
      "Feedback",
      "Annotation queues",
      "Datasets",
      "Optimization runs",
      "Metrics",
      "OTLP",
      "Meta",
    ].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        basicAuth: {
          type: "http",
          scheme: "basic",
          description: "The project's key pair: base64(publicKey:secretKey)",
        },
        bearerAuth: { type: "http", scheme: "bearer", description: "The project's secret key" },
        feedbackAuth: {
          type: "http",
          scheme: "bearer",
          description:
            "Browser feedback only: the project's public key (pk-…, unless the project turned it off) or a token from POST /api/public/feedback-tokens",
        },
      },
      schemas: { ...componentSchemas(RESPONSE_SCHEMAS, "output"), ...componentSchemas(REQUEST_SCHEMAS, "input") },
    },
  };
}

function componentSchemas(named: Record<string, z.ZodType>, io: "input" | "output"): Record<string, TJsonSchema> {
  // A registry of our own (not zod's global one), carrying over any description set with .meta().
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { ...z.globalRegistry.get(schema), id });
  const { schemas } = z.toJSONSchema(registry, { io, uri: SCHEMA_REF });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutDialect(schema as TJsonSchema)]));
}

function toOperationObject(operation: TOperation): Record<string, unknown> {
  const parameters = [...parametersOf(operation.params, "path"), ...parametersOf(operation.query, "query")];
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    tags: [operation.tag],
    ...(operation.isAuthenticated === false ? { security: [] } : {}),
    ...(operation.credential === "feedback" ? { security: [{ feedbackAuth: [] }] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(operation.body ? { requestBody: { required: true, content: contentOf(operation.body) } } : {}),
    responses: {
      [operation.success.status]: {
        description: operation.success.description,
        ...(operation.success.content ? { content: contentOf(operation.success.content) } : {}),
      },
      ...errorResponses(operation),
    },
  };
}

function errorResponses(operation: TOperation): Record<string, unknown> {
  if (operation.isAuthenticated === false) return {};
  const isOtlp = operation.errorBody !== undefined;
  const statuses = isOtlp ? OTLP_ERRORS : operation.credential === "feedback" ? FEEDBACK_ERRORS : REST_ERRORS;
  const content = contentOf(operation.errorBody ?? [{ contentType: "application/json", schema: "Problem" }]);
  return Object.fromEntries(
    Object.entries(statuses).map(([status, description]) => [status, { description, content }]),
  );
}

function contentOf(bodies: { contentType: string; schema?: string }[]): Record<string, unknown> {
  return Object.fromEntries(
    bodies.map((body) => [body.contentType, body.schema ? { schema: { $ref: SCHEMA_REF(body.schema) } } : {}]),
  );
}

function parametersOf(schema: z.ZodObject | undefined, location: "path" | "query"): Record<string, unknown>[] {
  if (!schema) return [];
  const json = withoutDialect(z.toJSONSchema(schema, { io: "input" }) as TJsonSchema);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: location,
      required: location === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: propertySchema,
    };
  });
}

function withoutDialect(schema: TJsonSchema): TJsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}
