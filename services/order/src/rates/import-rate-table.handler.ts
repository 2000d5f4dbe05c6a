import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions, ValidationProblem } from '@freight/platform';
import type { StaffRef } from '../shared/staff';
import { lanesFromCsv } from './rate-csv';
import { RateTable } from './rate-table.entity';
import { NewRateTable, openRateTable, tableProblems } from './rate-table.rules';

/**
 * R3: a new version of the rate table, from CSV or structured lanes. Versions only ever add:
 * a published table is never edited (a quote names the version it came from); a change is a
 * new version with its own validity.
 */
@Injectable()
export class ImportRateTableHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async handle(input: NewRateTable, by: StaffRef): Promise<RateTable> {
    const parsed = input.csv
      ? await lanesFromCsv(input.csv)
      : { lanes: input.lanes ?? [], problems: [] };
    const problems = [
      ...parsed.problems,
      ...tableProblems(input, parsed.lanes, input.csv ? 'csv.lanes' : 'lanes'),
    ];
    if (problems.length > 0) throw new ValidationProblem(problems);
    return this.transactions.run(async (tx) => {
      // versions are numbered in commit order: one import at a time
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['rate_table:version']);
      const [{ last }] = (await tx.manager.query(
        'SELECT coalesce(max(version), 0) AS last FROM rate_table',
      )) as {
        last: number;
      }[];
      const table = openRateTable(input, parsed.lanes, Number(last) + 1, by, this.clock.now());
      await tx.manager.insert(RateTable, table);
      return table;
    });
  }
}
