import { DomainError } from '@freight/platform';
import { yuan } from '../shared/money.rules';

/** R24 item 7: a credit note larger than what its invoice line has left. */
export class CreditExceedsLine extends DomainError {
  constructor(lineNo: number, asked: number, left: number) {
    super(
      409,
      'credit-exceeds-line',
      `line ${lineNo} has ¥${yuan(left)} left to credit (net, after earlier credit notes); ¥${yuan(asked)} was asked`,
    );
  }
}

export class NoOpenDispute extends DomainError {
  constructor(lineNo: number) {
    super(409, 'no-open-dispute', `line ${lineNo} has no open dispute to reject`);
  }
}
