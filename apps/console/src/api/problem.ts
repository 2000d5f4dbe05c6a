/** One field the API refused: a dot path into the body or query (`lines.0.weight`) and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An answer that is not a success, as the gateway sends it: RFC 9457 problem+json with the
 * platform's `errors` extension (docs/api-conventions.md). Network failures are status 0.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldProblem[];
  readonly correlationId?: string;

  constructor(init: {
    status: number;
    type?: string;
    title?: string;
    detail?: string;
    errors?: FieldProblem[];
    correlationId?: string;
  }) {
    super(init.detail ?? init.title ?? `HTTP ${init.status}`);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title ?? `HTTP ${init.status}`;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.correlationId = init.correlationId;
  }

  /** `urn:freight:problem:quote-expired` → `quote-expired` */
  get slug(): string | undefined {
    return /^urn:freight:problem:(.+)$/.exec(this.type)?.[1];
  }
}

/** Reads a failed response into an ApiProblem, whatever its body (problem+json, text, nothing). */
export async function problemOf(response: Response): Promise<ApiProblem> {
  const text = await response.text().catch(() => '');
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    body = { detail: text.slice(0, 200) };
  }
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (e): e is FieldProblem =>
          !!e && typeof e.field === 'string' && typeof e.message === 'string',
      )
    : [];
  return new ApiProblem({
    status: response.status,
    type: typeof body.type === 'string' ? body.type : undefined,
    title: typeof body.title === 'string' ? body.title : response.statusText || undefined,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors,
    correlationId:
      (typeof body.correlationId === 'string' ? body.correlationId : undefined) ??
      response.headers.get('x-correlation-id') ??
      undefined,
  });
}
