import { DomainError } from '@freight/platform';

/** A step the form's state does not allow (a second receipt, an issue before approval …). */
export class FormStateConflict extends DomainError {
  constructor(formId: string, status: string, step: string, why?: string) {
    super(409, 'form-state', `${formId} is ${status}: cannot ${step}${why ? ` (${why})` : ''}`, {
      title: 'The form is not at this step',
    });
  }
}

/** Refuses `step` unless the form is in one of `allowed`. */
export function requireStatus(
  form: { id: string; status: string },
  allowed: readonly string[],
  step: string,
): void {
  if (!allowed.includes(form.status)) throw new FormStateConflict(form.id, form.status, step);
}

/** The body names a branch the form is not in (the gateway already keeps branch users to theirs). */
export class WrongBranch extends DomainError {
  constructor(what: string, branch: string) {
    super(404, 'not-found', `no ${what} in ${branch}`, { title: 'Not Found' });
  }
}
