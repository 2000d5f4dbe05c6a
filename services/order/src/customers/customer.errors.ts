import { DomainError } from '@freight/platform';

// The refusals of the customer file (R1): problem+json over HTTP.

export class CustomerNotFound extends DomainError {
  constructor(customerId: string) {
    super(404, 'not-found', `no customer ${customerId}`, { title: 'Not Found' });
  }
}

/** An order or inquiry names a customer that is not in the file (or not in its branch). */
export class UnknownCustomer extends DomainError {
  constructor(customerId: string, branch: string) {
    super(422, 'unknown-customer', `no customer ${customerId} in branch ${branch}`, {
      errors: [{ field: 'customerId', message: `no customer ${customerId} in branch ${branch}` }],
    });
  }
}

/** Ids and waybill numbers start with the branch's two letters (R5). */
export class BranchWithoutPrefix extends DomainError {
  constructor(branch: string) {
    super(422, 'branch-without-prefix', `branch ${branch} does not start with two letters`, {
      errors: [
        { field: 'branch', message: 'expected a branch code starting with two letters, e.g. SH01' },
      ],
    });
  }
}
