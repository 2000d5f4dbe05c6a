import { DomainError } from '@freight/platform';

// The refusals of inquiries and quotes (R2, R3): problem+json over HTTP with these types.

/** R2: dangerous goods are recorded without an MSDS, but not quoted. */
export class MsdsMissing extends DomainError {
  /** `what`: `inquiry INQ-SH-000123`, `the order` */
  constructor(what: string, dangerousGoodsClass: string) {
    super(
      409,
      'msds-missing',
      `${what} is for dangerous goods of UN class ${dangerousGoodsClass} and has no MSDS reference: ask the customer for the MSDS (material safety data sheet) and add it before quoting (R2)`,
    );
  }
}

/** The customer already has the answer this would give (quoted or declined). */
export class InquiryClosed extends DomainError {
  constructor(inquiryId: string, status: string) {
    super(409, 'inquiry-answered', `inquiry ${inquiryId} is ${status}: it takes no further answer`);
  }
}

export class QuoteExpired extends DomainError {
  constructor(quoteId: string, validUntil: Date) {
    super(
      409,
      'quote-expired',
      `quote ${quoteId} was valid until ${validUntil.toISOString()}: quote again`,
    );
  }
}

export class QuoteAlreadyAccepted extends DomainError {
  constructor(quoteId: string, acceptedAt: Date) {
    super(
      409,
      'quote-already-accepted',
      `quote ${quoteId} was accepted at ${acceptedAt.toISOString()}`,
    );
  }
}

/** R4: an order is placed from an accepted quote, once. */
export class QuoteNotOrderable extends DomainError {
  constructor(quoteId: string, reason: string) {
    super(409, 'quote-not-orderable', `quote ${quoteId} ${reason}`);
  }
}

export class UnknownQuote extends DomainError {
  constructor(quoteId: string) {
    super(422, 'unknown-quote', `no quote ${quoteId}`, {
      errors: [{ field: 'quoteId', message: `no quote ${quoteId} in this branch` }],
    });
  }
}
