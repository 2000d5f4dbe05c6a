import { DomainError } from '@freight/platform';

export class ExceptionClosed extends DomainError {
  constructor(id: string) {
    super(409, 'exception-closed', `exception ${id} is closed; record a new one if it is back`);
  }
}

/** R13: what is beyond the agent's authority is escalated, not settled. */
export class BeyondAuthority extends DomainError {
  constructor(role: string, amount: string, limit: string) {
    super(
      422,
      'beyond-authority',
      `a compensation of ${amount} is beyond the ${role}'s authority (${limit}): escalate it`,
    );
  }
}

export class WithYourSuperior extends DomainError {
  constructor(id: string, assignedRole: string) {
    super(
      409,
      'exception-escalated',
      `exception ${id} was escalated to the ${assignedRole}, who settles it now`,
    );
  }
}

export class TopOfLadder extends DomainError {
  constructor(id: string) {
    super(
      409,
      'top-of-ladder',
      `exception ${id} is already with HQ customer service: nobody above`,
    );
  }
}

export class AmountNeeded extends DomainError {
  constructor() {
    super(400, 'validation', 'a compensation offer names its amount', {
      title: 'The request is not valid',
      errors: [{ field: 'amount', message: 'required for compensation-offered' }],
    });
  }
}
