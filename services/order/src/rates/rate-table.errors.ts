import { DomainError } from '@freight/platform';

// The refusals of rate tables and quoting from them (R3).

/** A quote asked of a version that is not valid at the moment of quoting. */
export class RateTableExpired extends DomainError {
  constructor(rateTableId: string, validFrom: Date, validTo: Date | null, at: Date) {
    const validity = `${validFrom.toISOString()} – ${validTo?.toISOString() ?? 'open'}`;
    super(
      409,
      'rate-table-expired',
      `rate table ${rateTableId} is valid ${validity}, not at ${at.toISOString()}: quote from the version valid now`,
    );
  }
}

export class RateTableNotFound extends DomainError {
  constructor(rateTableId: string) {
    super(422, 'unknown-rate-table', `no rate table ${rateTableId}`, {
      errors: [{ field: 'rateTableId', message: `no rate table ${rateTableId}` }],
    });
  }
}

/** The table does not cover the shipment: it needs analysis and a quote with written lines. */
export class NotCoveredByRateTable extends DomainError {
  constructor(reasons: string[]) {
    super(
      409,
      'needs-analysis',
      `the rate table does not cover this: ${reasons.join('; ')}; analyse it and quote with manualLines`,
    );
  }
}
