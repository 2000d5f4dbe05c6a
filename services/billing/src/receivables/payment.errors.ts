import { DomainError } from '@freight/platform';
import { yuan } from '../shared/money.rules';

/** R25 item 7: more money than it is allocated to, and nobody said what to do with the rest. */
export class OverpaymentUndecided extends DomainError {
  constructor(leftover: number) {
    super(
      409,
      'overpayment-undecided',
      `¥${yuan(leftover)} of the payment is not allocated to an open invoice: allocate it, or record it with "overpayment": "keep-as-credit"`,
    );
  }
}

export class AllocationExceedsOpen extends DomainError {
  constructor(invoiceNo: string, asked: number, open: number) {
    super(
      409,
      'allocation-exceeds-open',
      `invoice ${invoiceNo} has ¥${yuan(open)} open; ¥${yuan(asked)} cannot be allocated to it`,
    );
  }
}

export class AllocationExceedsCredit extends DomainError {
  constructor(asked: number, credit: number) {
    super(
      409,
      'allocation-exceeds-credit',
      `the payment has ¥${yuan(credit)} unapplied; ¥${yuan(asked)} cannot be allocated`,
    );
  }
}
