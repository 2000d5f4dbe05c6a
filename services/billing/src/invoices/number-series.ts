import type { EntityManager } from 'typeorm';
import { oneOf } from '../shared/sql';
import { documentNo } from './invoice.rules';

/**
 * The next number of a series, gapless (R24: invoice numbers are gapless per series): the
 * series' counter row is incremented in the issuing transaction and stays locked until it
 * commits, so a concurrent issuer waits and a rolled-back issue gives its number back.
 */
export async function nextDocumentNo(manager: EntityManager, series: string): Promise<string> {
  const row = await oneOf<{ last_no: number }>(
    manager,
    `INSERT INTO number_series (series, last_no) VALUES ($1, 1)
     ON CONFLICT (series) DO UPDATE SET last_no = number_series.last_no + 1
     RETURNING last_no`,
    [series],
  );
  return documentNo(series, row!.last_no);
}
