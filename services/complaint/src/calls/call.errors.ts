import { DomainError } from '@freight/platform';

export class CallNotAwaitingAnswer extends DomainError {
  constructor(id: string, state: string) {
    super(
      409,
      'call-already-answered',
      state === 'answered-on-call'
        ? `call ${id} was answered on the line: there is nothing left to answer`
        : `call ${id} has been answered already`,
    );
  }
}

export class CallInTheFuture extends DomainError {
  constructor() {
    super(422, 'call-in-the-future', 'a call is recorded once it has started', {
      errors: [{ field: 'startedAt', message: 'after the current time' }],
    });
  }
}

export class CallHasComplaint extends DomainError {
  constructor(callId: string, complaintId: string) {
    super(409, 'call-has-complaint', `call ${callId} already registered complaint ${complaintId}`);
  }
}

export class UnknownCall extends DomainError {
  constructor(callId: string) {
    super(422, 'unknown-call', `there is no call ${callId} in this branch`, {
      errors: [{ field: 'callId', message: 'no such call in this branch' }],
    });
  }
}
