import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';

// The OpenAPI schema type is not exported from @nestjs/swagger's entry point; this is its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON Schema is open-ended
type SchemaObject = Record<string, any>;

/**
 * The zod schema that validates a request also documents it: OpenAPI 3.1 uses JSON Schema
 * 2020-12, which zod emits, so there is no second description to drift.
 */
export function jsonSchemaOf(schema: z.ZodType): SchemaObject {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return json as SchemaObject;
}

export const ApiZodBody = (schema: z.ZodType): MethodDecorator =>
  ApiBody({ schema: jsonSchemaOf(schema) });

export const ApiZodOk = (schema: z.ZodType, description?: string): MethodDecorator =>
  ApiOkResponse({ schema: jsonSchemaOf(schema), description });

/** One documented query parameter per property of a (strict) query schema. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const json = jsonSchemaOf(schema) as { properties?: Record<string, SchemaObject> };
  const params = Object.entries(json.properties ?? {}).map(([name, property]) =>
    ApiQuery({ name, required: false, schema: property, description: property.description }),
  );
  return applyDecorators(...params);
}
