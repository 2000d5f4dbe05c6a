import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

interface Operation {
  responses?: Record<string, { content?: Record<string, unknown> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

/** An answer as a test saw it. */
export interface Answer {
  status: number;
  contentType?: string;
  body?: unknown;
  /** only status and content type were seen (a stream, opened and closed again) */
  bodyUnread?: boolean;
}

const pointer = (...tokens: string[]): string =>
  tokens.map((t) => encodeURIComponent(t.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/**
 * The published OpenAPI document as a check of real answers: `violations('GET /api/v1/x/:id',
 * answer)` lists how the answer departs from what the document promises (its status is not
 * documented, its content type is not, or its body does not fit the documented schema).
 */
/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) with the standard formats; OpenAPI's own keywords pass. */
export function openApiAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

export function openApiContract(document: OpenApiDocument) {
  const ajv = openApiAjv();
  ajv.addSchema(document, 'api');
  const validators = new Map<string, ValidateFunction>();

  return function violations(route: string, answer: Answer): string[] {
    const [method, nestPath] = route.split(' ');
    const path = nestPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
    const responses = document.paths[path]?.[method.toLowerCase()]?.responses ?? {};
    const key = [String(answer.status), `${String(answer.status)[0]}XX`, 'default'].find(
      (k) => k in responses,
    );
    if (!key) return [`status ${answer.status} is not documented`];
    const content = responses[key].content;
    if (!content)
      return answer.body === undefined ? [] : [`status ${key} documents no body, got one`];
    const type = (answer.contentType ?? '').split(';')[0].trim();
    if (!(type in content)) return [`${type || 'no content type'} is not documented for ${key}`];
    if (answer.bodyUnread) return [];
    const ref = `api#/${pointer('paths', path, method.toLowerCase(), 'responses', key, 'content', type, 'schema')}`;
    let validate = validators.get(ref);
    if (!validate) validators.set(ref, (validate = ajv.compile({ $ref: ref })));
    return validate(answer.body)
      ? []
      : (validate.errors ?? []).map((e) => `${key} body${e.instancePath} ${e.message}`);
  };
}
