import { Injectable } from '@nestjs/common';
import type { TrackingHttp } from '@freight/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { phoneDigits } from '../shipments/order.rules';
import { Shipment } from '../shipments/shipment.entity';
import { shipDateOf, shipmentView } from '../shipments/shipment.view';
import { CandidateFacts, rankCandidates } from './cargo-lookup.rules';

type LookupQuery = z.output<typeof TrackingHttp.cargoLookupQuery>;

/** How many shipments fitting any fact are ranked: the agent reads the first few. */
const PREFILTER = 500;
const SHIP_DAY = "(coalesce(s.picked_up_at, s.pickup_from) AT TIME ZONE 'Asia/Shanghai')::date";

/**
 * R12: the shipments that fit any fact the caller gave (SQL, within the branch), ranked by how
 * many fit and how well (cargo-lookup.rules.ts).
 */
@Injectable()
export class CargoLookupQueries {
  constructor(private readonly dataSource: DataSource) {}

  async lookup(q: LookupQuery) {
    const facts = {
      ...q,
      consigneePhone: q.consigneePhone ? phoneDigits(q.consigneePhone) : undefined,
    };
    const qb = this.dataSource.manager
      .createQueryBuilder(Shipment, 's')
      .orderBy(SHIP_DAY, 'DESC')
      .limit(PREFILTER);
    if (q.branch) qb.andWhere('s.branch = :branch', { branch: q.branch });
    const any: string[] = [];
    const params: Record<string, unknown> = {};
    /** one more fact: `condition` with `:name` bound to `%value%` */
    const fits = (condition: string, name: string, value: string) => {
      any.push(condition);
      params[name] = `%${value.replace(/[%_\\]/g, '\\$&')}%`;
    };
    if (q.waybillNo) fits('s.waybill_no ILIKE :wb', 'wb', q.waybillNo);
    if (facts.consigneePhone) fits('s.consignee_phone LIKE :phone', 'phone', facts.consigneePhone);
    if (q.shipDateFrom || q.shipDateTo) {
      any.push(`${SHIP_DAY} BETWEEN CAST(:from AS date) - 1 AND CAST(:to AS date) + 1`);
      params.from = q.shipDateFrom ?? '1970-01-01';
      params.to = q.shipDateTo ?? '9999-12-30';
    }
    for (const [side, party, value] of [
      ['origin', 'shipper', q.origin],
      ['destination', 'consignee', q.destination],
    ] as const) {
      if (!value) continue;
      const place = ['province', 'city', 'district'].map(
        (f) => `s.${party}->>'${f}' ILIKE :${side}`,
      );
      fits(`(s.${side} ILIKE :${side} OR ${place.join(' OR ')})`, side, value);
    }
    if (q.packaging) fits("s.cargo->>'packaging' ILIKE :pack", 'pack', q.packaging);
    const featureWords =
      q.features
        ?.split(/[\s,，、;；/]+/)
        .filter(Boolean)
        .slice(0, 8) ?? [];
    featureWords.forEach((word, i) => fits(`s.features ILIKE :f${i}`, `f${i}`, word));
    if (q.pieces !== undefined) {
      any.push("(s.cargo->>'pieces')::int BETWEEN :pmin AND :pmax");
      params.pmin = Math.floor(q.pieces * 0.8) - 1;
      params.pmax = Math.ceil(q.pieces * 1.25) + 1;
    }
    // facts that say nothing searchable (`features=,,`) find nothing rather than everything
    if (any.length === 0) return { items: [] };
    qb.andWhere(`(${any.join(' OR ')})`, params);
    const shipments = await qb.getMany();
    const candidates = shipments.map((s) => ({ ...factsOf(s), shipment: s }));
    return {
      items: rankCandidates(facts, candidates, q.limit).map(({ candidate, score, matched }) => ({
        waybillNo: candidate.waybillNo,
        branch: candidate.shipment.branch,
        score,
        matched,
        shipment: shipmentView(candidate.shipment),
      })),
    };
  }
}

function factsOf(s: Shipment): CandidateFacts {
  const places = (code: string, p: Shipment['shipper']) => [
    code,
    p.province,
    p.city,
    ...(p.district ? [p.district] : []),
  ];
  return {
    waybillNo: s.waybillNo,
    shipDate: shipDateOf(s),
    originPlaces: places(s.origin, s.shipper),
    destinationPlaces: places(s.destination, s.consignee),
    packaging: s.cargo.packaging ?? null,
    features: s.features,
    consigneePhone: s.consigneePhone,
    pieces: s.cargo.pieces,
  };
}
