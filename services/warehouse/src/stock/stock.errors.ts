import { DomainError } from '@freight/platform';
import type { Shortage } from './valuation.rules';

/** R28: stock never goes below zero — the movement is refused, naming each item short. */
export class InsufficientStock extends DomainError {
  constructor(
    readonly branch: string,
    readonly shortages: Shortage[],
  ) {
    super(
      409,
      'insufficient-stock',
      `not enough stock in ${branch}: ` +
        shortages.map((s) => `${s.itemCode} has ${s.available}, ${s.requested} asked`).join('; '),
      {
        title: 'Not enough stock',
        errors: shortages.map((s) => ({
          field: s.itemCode,
          message: `${s.available} on hand, ${s.requested} asked`,
        })),
      },
    );
  }
}

/** A form names items the catalogue does not know. */
export class UnknownItems extends DomainError {
  constructor(codes: string[]) {
    super(422, 'unknown-item', `no item ${codes.join(', ')} in the catalogue`, {
      errors: codes.map((code) => ({ field: code, message: 'not in the item catalogue' })),
    });
  }
}

export class ItemExists extends DomainError {
  constructor(code: string) {
    super(409, 'item-exists', `item ${code} is already in the catalogue`);
  }
}
