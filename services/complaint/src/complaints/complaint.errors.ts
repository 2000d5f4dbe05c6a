import { DomainError } from '@freight/platform';

export class ComplaintClosed extends DomainError {
  constructor(id: string, what: string) {
    super(409, 'complaint-closed', `complaint ${id} is closed: ${what} needs it reopened first`);
  }
}

export class ComplaintNotClosed extends DomainError {
  constructor(id: string) {
    super(
      409,
      'complaint-not-closed',
      `complaint ${id} is still being handled: only a closed complaint is reopened`,
    );
  }
}

export class UnknownCause extends DomainError {
  constructor(cause: string) {
    super(422, 'unknown-cause', `"${cause}" is not on the list of complaint causes (R18)`, {
      errors: [{ field: 'cause', message: 'not an active cause: see GET /complaint-causes' }],
    });
  }
}
