import { DomainError } from '@freight/platform';

export class FineNotOpen extends DomainError {
  constructor(id: string, state: string) {
    super(409, 'fine-not-open', `fine ${id} is ${state}: only an issued fine can be changed`);
  }
}

export class FineNotAssessable extends DomainError {
  constructor(id: string) {
    super(
      409,
      'fine-not-assessable',
      `fine ${id} has the amount R21 fixes; HQ sets only a manager-neglect fine (10–50 yuan)`,
    );
  }
}
