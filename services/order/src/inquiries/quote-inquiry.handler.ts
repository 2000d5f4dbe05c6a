import { Injectable } from '@nestjs/common';
import { OrderHttp } from '@freight/contracts';
import { Clock, InjectClock, InjectServiceConfig, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { OrderConfig } from '../config';
import { assess, priceFromLines, regionOf } from '../rates/pricing.rules';
import {
  NotCoveredByRateTable,
  RateTableExpired,
  RateTableNotFound,
} from '../rates/rate-table.errors';
import { RateTableQueries } from '../rates/rate-table.queries';
import { isValidAt } from '../rates/rate-table.rules';
import { cny } from '../shared/money';
import { branchPrefix, nextSerial, paddedId } from '../shared/serials';
import type { StaffRef } from '../shared/staff';
import { Inquiry } from './inquiry.entity';
import { mustBeQuotable, sendQuote, shipmentOf } from './inquiry.rules';
import { Quote } from './quote.entity';
import { offerQuote, PricedOffer, validUntil } from './quote.rules';

export type QuoteRequest = z.output<typeof OrderHttp.quoteBody>;

/** When an analysed quote's lane is not in the table: the transit days the agent promises. */
const ANALYSED_LEAD_DAYS = 3;

/**
 * R3: the agent sends the customer a quote — from the rate table valid now (or the version
 * named: refused once it has expired), or from lines written after analysis. The quote, the
 * answer and the end of the 8-hour clock commit together.
 */
@Injectable()
export class QuoteInquiryHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: OrderConfig,
    private readonly rateTables: RateTableQueries,
  ) {}

  handle(
    inquiryId: string,
    request: QuoteRequest,
    by: StaffRef,
    at?: Date,
  ): Promise<{ inquiry: Inquiry; quote: Quote }> {
    const now = at ?? this.clock.now();
    return this.transactions.run(async (tx) => {
      const inquiry = await tx.lock(Inquiry, { inquiryId }, `inquiry ${inquiryId}`);
      mustBeQuotable(inquiry);
      const offer = await this.priced(inquiry, request, now, tx.manager);
      const prefix = branchPrefix(inquiry.branch)!;
      const quoteId = paddedId('QUO', prefix, await nextSerial(tx.manager, `quote:${prefix}`), 6);
      const quote = offerQuote(inquiry, offer, quoteId, by, now, request.note);
      const change = sendQuote(inquiry, quote, by, now);
      await tx.manager.insert(Quote, quote);
      await tx.manager.save(Inquiry, change.inquiry);
      await tx.publish(change.events);
      return { inquiry: change.inquiry, quote };
    });
  }

  private async priced(
    inquiry: Inquiry,
    request: QuoteRequest,
    now: Date,
    manager: EntityManager,
  ): Promise<PricedOffer> {
    const days = request.validDays ?? this.config.QUOTE_VALID_DAYS;
    if (request.manualLines) {
      const table = await this.rateTables.applicableAt(now, manager);
      const code = (place: Inquiry['origin']) =>
        (table && regionOf(table.regions, place)?.code) ?? place.city;
      const lane = { origin: code(inquiry.origin), destination: code(inquiry.destination) };
      const tableLane = table?.lanes.find(
        (l) => l.origin === lane.origin && l.destination === lane.destination,
      );
      return {
        lane,
        price: priceFromLines(
          request.manualLines.map(({ amountMinor, ...l }) => ({ ...l, amount: cny(amountMinor) })),
        ),
        basis: { manual: true },
        leadTimeDays: tableLane?.leadTimeDays ?? ANALYSED_LEAD_DAYS,
        validUntil: validUntil(now, days, null),
      };
    }
    const table = request.rateTableId
      ? await this.rateTables.byId(request.rateTableId, manager)
      : await this.rateTables.applicableAt(now, manager);
    if (request.rateTableId && !table) throw new RateTableNotFound(request.rateTableId);
    if (table && !isValidAt(table, now))
      throw new RateTableExpired(table.rateTableId, table.validFrom, table.validTo, now);
    const assessment = assess(table, shipmentOf(inquiry));
    if (assessment.kind === 'needs-analysis')
      throw new NotCoveredByRateTable(assessment.reasons.map((r) => r.message));
    return {
      lane: assessment.lane,
      price: assessment.price,
      basis: {
        rateTableId: assessment.rateTableId,
        chargeableWeightKg: assessment.chargeableWeightKg,
        manual: false,
      },
      leadTimeDays: assessment.leadTimeDays,
      validUntil: validUntil(now, days, table!.validTo),
    };
  }
}
