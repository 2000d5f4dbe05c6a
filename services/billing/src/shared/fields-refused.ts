import { DomainError, FieldProblem } from '@freight/platform';

/** The request names things the record does not have: 422, each field named (api-conventions). */
export class FieldsRefused extends DomainError {
  constructor(what: string, errors: FieldProblem[]) {
    super(422, 'validation', `${errors.length} ${what}`, {
      title: 'The request is not valid',
      errors,
    });
  }
}
