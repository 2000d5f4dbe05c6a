// R12 cargo lookup call: "record ship date, waybill no., origin, destination, packaging, cargo
// features, shortage; find the shipment and answer." The caller rarely has everything, so every
// fact that fits adds to a candidate's score and the agent gets the likeliest first. Pure.

export interface CallerFacts {
  waybillNo?: string;
  shipDateFrom?: string;
  shipDateTo?: string;
  origin?: string;
  destination?: string;
  packaging?: string;
  features?: string;
  consigneePhone?: string;
  /** pieces the caller says were shipped (with a shortage, more than arrived) */
  pieces?: number;
}

export interface CandidateFacts {
  waybillNo: string;
  /** YYYY-MM-DD in Shanghai */
  shipDate: string;
  /** the lane code and the shipper's province, city and district */
  originPlaces: string[];
  destinationPlaces: string[];
  packaging: string | null;
  features: string;
  consigneePhone: string;
  pieces: number;
}

export type Match =
  | 'waybill'
  | 'consignee-phone'
  | 'ship-date'
  | 'origin'
  | 'destination'
  | 'packaging'
  | 'features'
  | 'pieces';

/** How much each fact weighs: a waybill number or a phone all but names the shipment. */
export const WEIGHTS = {
  waybillExact: 100,
  waybillPart: 40,
  phoneExact: 40,
  phoneTail: 25,
  shipDate: 15,
  shipDateNear: 5,
  place: 10,
  packaging: 8,
  featureWord: 6,
  featuresMax: 18,
  piecesExact: 8,
  piecesNear: 3,
} as const;

const DAY = 86_400_000;
const norm = (s: string) => s.trim().toLowerCase();
const words = (s: string) =>
  norm(s)
    .split(/[\s,，、;；/]+/)
    .filter((w) => w.length > 0);

function dateScore(facts: CallerFacts, shipDate: string): number {
  if (!facts.shipDateFrom && !facts.shipDateTo) return 0;
  const day = Date.parse(shipDate);
  const from = facts.shipDateFrom ? Date.parse(facts.shipDateFrom) : -Infinity;
  const to = facts.shipDateTo ? Date.parse(facts.shipDateTo) : Infinity;
  if (day >= from && day <= to) return WEIGHTS.shipDate;
  // callers misremember by a day
  return day >= from - DAY && day <= to + DAY ? WEIGHTS.shipDateNear : 0;
}

const placeMatches = (said: string, places: string[]) =>
  places.some((p) => norm(p).includes(norm(said)) || norm(said).includes(norm(p)));

/** The score of one candidate against what the caller said, and which facts fitted. */
export function scoreCandidate(
  facts: CallerFacts,
  c: CandidateFacts,
): { score: number; matched: Match[] } {
  const parts: [Match, number][] = [];
  if (facts.waybillNo) {
    const said = facts.waybillNo.toUpperCase();
    if (c.waybillNo === said) parts.push(['waybill', WEIGHTS.waybillExact]);
    else if (c.waybillNo.includes(said)) parts.push(['waybill', WEIGHTS.waybillPart]);
  }
  if (facts.consigneePhone) {
    if (c.consigneePhone === facts.consigneePhone)
      parts.push(['consignee-phone', WEIGHTS.phoneExact]);
    else if (facts.consigneePhone.length >= 4 && c.consigneePhone.endsWith(facts.consigneePhone))
      parts.push(['consignee-phone', WEIGHTS.phoneTail]);
  }
  const date = dateScore(facts, c.shipDate);
  if (date > 0) parts.push(['ship-date', date]);
  if (facts.origin && placeMatches(facts.origin, c.originPlaces))
    parts.push(['origin', WEIGHTS.place]);
  if (facts.destination && placeMatches(facts.destination, c.destinationPlaces))
    parts.push(['destination', WEIGHTS.place]);
  if (facts.packaging && c.packaging && norm(c.packaging).includes(norm(facts.packaging)))
    parts.push(['packaging', WEIGHTS.packaging]);
  if (facts.features) {
    const text = norm(c.features);
    const hits = words(facts.features).filter((w) => text.includes(w)).length;
    if (hits > 0)
      parts.push(['features', Math.min(hits * WEIGHTS.featureWord, WEIGHTS.featuresMax)]);
  }
  if (facts.pieces !== undefined) {
    if (c.pieces === facts.pieces) parts.push(['pieces', WEIGHTS.piecesExact]);
    else if (Math.abs(c.pieces - facts.pieces) <= Math.max(1, c.pieces * 0.2))
      parts.push(['pieces', WEIGHTS.piecesNear]);
  }
  return { score: parts.reduce((sum, [, w]) => sum + w, 0), matched: parts.map(([m]) => m) };
}

/** Candidates that fit at least one fact, best first (ties: the most recent ship date first). */
export function rankCandidates<C extends CandidateFacts>(
  facts: CallerFacts,
  candidates: readonly C[],
  limit: number,
) {
  return candidates
    .map((candidate) => ({ candidate, ...scoreCandidate(facts, candidate) }))
    .filter((r) => r.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.candidate.shipDate.localeCompare(a.candidate.shipDate) ||
        a.candidate.waybillNo.localeCompare(b.candidate.waybillNo),
    )
    .slice(0, limit);
}
