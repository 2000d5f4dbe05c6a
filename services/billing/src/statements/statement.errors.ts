import { DomainError } from '@freight/platform';

export type StatementStatus = 'draft' | 'checked' | 'sent' | 'invoiced';

/** A step asked of a statement in the wrong state (R24's order: check → send → answer). */
export class StatementStateConflict extends DomainError {
  constructor(slug: string, detail: string) {
    super(409, slug, detail);
  }
}

/** R24 item 7: an invoiced statement is settled; only credit notes correct it now. */
export class StatementAlreadyInvoiced extends DomainError {
  constructor(invoiceNo: string | null) {
    super(
      409,
      'statement-already-invoiced',
      `the statement was confirmed and invoiced already (${invoiceNo ?? 'invoice issued'}); disputes are settled by credit notes`,
    );
  }
}

export class PodMissing extends DomainError {
  constructor(waybills: string[]) {
    super(
      409,
      'pod-missing',
      `no POD has come back for ${waybills.join(', ')}: a line is matched against its POD, or excluded until it comes (R24)`,
    );
  }
}

export class LinesUnchecked extends DomainError {
  constructor(count: number) {
    super(
      409,
      'lines-unchecked',
      `${count} line(s) are not marked yet: the documents desk marks every line matched or excluded`,
    );
  }
}

export class StatementEmpty extends DomainError {
  constructor() {
    super(409, 'statement-empty', 'every line was excluded: there is nothing to send this month');
  }
}

export class EmailMissing extends DomainError {
  constructor(customerId: string) {
    super(
      409,
      'email-missing',
      `the customer file of ${customerId} has no e-mail address: give one in the request`,
    );
  }
}

export class LinkExpired extends DomainError {
  constructor() {
    super(410, 'statement-link-expired', 'this statement link has expired: ask us for a new one');
  }
}
