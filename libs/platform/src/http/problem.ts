/** One field that failed validation: where (dot path into the body, query or path) and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every service and the gateway answer every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldProblem[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are URNs (no host to keep alive); docs/api-conventions.md lists each one. */
export const problemType = (slug: string): string => `urn:freight:problem:${slug}`;

/** The slug of a problem type URN, or undefined for anything else (`about:blank`, foreign URLs). */
export function slugOfProblemType(type: unknown): string | undefined {
  if (typeof type !== 'string') return undefined;
  const match = /^urn:freight:problem:([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(type);
  return match?.[1];
}

const sentence = (slug: string): string => {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export interface DomainErrorOptions {
  /** a short, stable summary of the problem type; the slug as a sentence when left out */
  title?: string;
  /** fields at fault, each with its reason (400, and 422 when a field's content is refused) */
  errors?: FieldProblem[];
}

/**
 * A refusal the business decided on: the rule, not the machine, says no. Each service
 * subclasses it next to its rules (`class QuoteExpired extends DomainError`), so the status
 * and the problem type live beside the rule that refuses:
 *
 * - over HTTP the ProblemFilter answers it as problem+json with `urn:freight:problem:<slug>`;
 * - in a Kafka handler it is never retried: the message goes to the DLQ at once with reason
 *   `refused` (retrying cannot change the business's answer).
 *
 * Plain Error, no framework: rules files import it without pulling in Nest.
 */
export class DomainError extends Error {
  readonly title: string;
  readonly errors?: FieldProblem[];

  constructor(
    readonly status: number,
    readonly slug: string,
    readonly detail?: string,
    options: DomainErrorOptions = {},
  ) {
    super(detail ?? options.title ?? sentence(slug));
    this.name = new.target.name;
    this.title = options.title ?? sentence(slug);
    this.errors = options.errors;
  }
}

/** A 400 naming every bad field (the `errors` extension). */
export class ValidationProblem extends DomainError {
  constructor(errors: FieldProblem[], where: 'body' | 'query' | 'path' = 'body') {
    super(400, 'validation', `${errors.length} problem(s) in the request ${where}`, {
      title: 'The request is not valid',
      errors,
    });
  }
}

/** No such record (and, at the gateway, another branch's record: R41 answers both alike). */
export class NotFoundProblem extends DomainError {
  constructor(detail?: string) {
    super(404, 'not-found', detail, { title: 'Not Found' });
  }
}

/** The record exists but its state does not allow the change (e.g. a reply on a closed complaint). */
export class ConflictProblem extends DomainError {
  constructor(slug: string, detail: string) {
    super(409, slug, detail);
  }
}
