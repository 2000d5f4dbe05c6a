import { Problem, PROBLEM_CONTENT_TYPE } from '@freight/platform';
import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

// The OpenAPI schema type is not exported from @nestjs/swagger's entry point; this is its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON Schema is open-ended
type SchemaObject = Record<string, any>;

/**
 * The zod schema that validates a request also documents it: OpenAPI 3.1 uses JSON Schema
 * 2020-12, which zod emits, so there is no second description to drift.
 */
export function jsonSchemaOf(schema: z.ZodType): SchemaObject {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  });
  return json as SchemaObject;
}

/** RFC 9457 problem details, as the API answers every error (problem.ts); one shared schema. */
export const problemSchema = z.object({
  type: z.string().describe('urn:freight:problem:<slug>; docs/api-conventions.md lists each one'),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional().describe('the path of the request'),
  correlationId: z.string().optional().describe('find the request in logs and the audit trail'),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('400: each field that failed validation, and why'),
}) satisfies z.ZodType<Problem>;

export const PROBLEM_SCHEMA_NAME = 'Problem';

/** What each error status means across the API (docs/api-conventions.md, errors). */
const PROBLEM_MEANINGS: Record<number, string> = {
  400: 'the request is not valid: `errors` names each field and why',
  401: 'no valid access token (or, signing in: wrong credentials or a locked account)',
  403: 'your role may not use this route',
  404: "no such record, or another branch's (R41: answered alike)",
  409: 'conflicts with what exists, or the first request with this Idempotency-Key is still running',
  413: 'the body is larger than the limit',
  422: 'this Idempotency-Key was used with another body, or the service refused the content',
  429: 'rate limit reached: retry after `Retry-After` seconds',
  502: 'the service behind the gateway could not answer',
  503: 'the service behind the gateway is not reachable',
};

/** An example of each status's problem, so the rendered docs do not show `status: 400` under a 401. */
const PROBLEM_EXAMPLE_TYPES: Record<number, [slug: string, title: string]> = {
  400: ['validation', 'The request is not valid'],
  401: ['unauthenticated', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not Found'],
  409: ['conflict', 'Conflict'],
  413: ['body-too-large', 'Payload Too Large'],
  422: ['idempotency-key-reused', 'Unprocessable Entity'],
  429: ['too-many-requests', 'Too Many Requests'],
  502: ['bad-gateway', 'Bad Gateway'],
  503: ['service-unavailable', 'Service Unavailable'],
};
const problemExample = (status: number) => {
  const [slug, title] = PROBLEM_EXAMPLE_TYPES[status] ?? ['internal', 'Internal Server Error'];
  return { type: `urn:freight:problem:${slug}`, title, status, detail: PROBLEM_MEANINGS[status] };
};

/** The error answers a route can give, each as problem+json with the shared schema. */
export function problemResponses(...statuses: number[]): Record<string, SchemaObject> {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: PROBLEM_MEANINGS[status],
        content: {
          [PROBLEM_CONTENT_TYPE]: {
            schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA_NAME}` },
            example: problemExample(status),
          },
        },
        ...(status === 429
          ? {
              headers: {
                'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } },
              },
            }
          : {}),
      },
    ]),
  );
}

/** Documents error answers of a route (see problemResponses). */
export const ApiProblems = (...statuses: number[]): MethodDecorator =>
  applyDecorators(
    ...Object.entries(problemResponses(...statuses)).map(([status, response]) =>
      ApiResponse({ status: Number(status), ...response }),
    ),
  );

/** A JSON request body, documented by the zod schema that validates it: 400 when it does not. */
export const ApiZodBody = (schema: z.ZodType): MethodDecorator =>
  applyDecorators(ApiBody({ schema: jsonSchemaOf(schema) }), ApiProblems(400, 413));

/** A JSON answer with its status, documented by a zod schema of what the handler returns. */
export const ApiZodResponse = (
  status: number,
  schema: z.ZodType,
  description = 'success',
): MethodDecorator =>
  ApiResponse({
    status,
    description,
    content: { 'application/json': { schema: jsonSchemaOf(schema) } },
  });

export const ApiZodOk = (schema: z.ZodType, description?: string): MethodDecorator =>
  ApiZodResponse(200, schema, description);

/** One documented query parameter per property of a (strict) query schema. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const json = jsonSchemaOf(schema) as {
    properties?: Record<string, SchemaObject>;
    required?: string[];
  };
  const params = Object.entries(json.properties ?? {}).map(([name, property]) =>
    ApiQuery({
      name,
      required: json.required?.includes(name) ?? false,
      schema: property,
      description: property.description,
    }),
  );
  return applyDecorators(...params, ApiProblems(400));
}
