import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { Outgoing } from '../complaints/complaint.rules';
import type { ComplaintConfig } from '../config';
import { addMonths, monthRange } from '../shared/calendar';
import { FineLine } from './fine-line.entity';
import { companyWideNotice, fineLineData, reviewFlagged } from './fine.events';
import { CURRENCY, FinedComplaint, FineLineDraft, monthFines, reviewFlags } from './fine.rules';

/**
 * R21: keeps a month's fine lines equal to what the register says, in the caller's transaction
 * (a finding of fault, an escalation past the manager, HQ's amount): new lines are issued,
 * changed ones amended, lines that no longer apply withdrawn — each published as an event.
 * Waivers and HQ's amounts stay with their line (stable ids).
 */
@Injectable()
export class FinesLedger {
  constructor(@InjectServiceConfig() private readonly config: ComplaintConfig) {}

  async sync(manager: EntityManager, month: string, now: Date): Promise<Outgoing[]> {
    // one month's lines are recomputed by one transaction at a time
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`fines:${month}`]);
    const stored = new Map((await manager.findBy(FineLine, { month })).map((l) => [l.id, l]));
    const hqAmounts = new Map(
      [...stored.values()]
        .filter((l) => l.hqAmountMinor !== null)
        .map((l) => [l.id, l.hqAmountMinor!]),
    );
    const drafts = monthFines(month, await finedComplaints(manager, month), hqAmounts);
    const events: Outgoing[] = [];
    const noticed: FineLine[] = [];
    for (const draft of drafts) {
      const line = stored.get(draft.id);
      stored.delete(draft.id);
      if (!line || line.state === 'withdrawn') {
        const issued = Object.assign(line ?? new FineLine(), draft, {
          currency: CURRENCY,
          state: 'issued',
          hqAmountMinor: line?.hqAmountMinor ?? null,
          hqAmountReason: line?.hqAmountReason ?? null,
          waiver: null,
          issuedAt: now,
          updatedAt: now,
        });
        await manager.save(FineLine, issued);
        events.push({
          type: 'complaint.fine.issued',
          data: { ...fineLineData(issued), issuedAt: now.toISOString() },
        });
        if (issued.notice) noticed.push(issued);
      } else if (changed(line, draft)) {
        const previous = line.assessedMinor;
        const becameNotice = draft.notice && !line.notice;
        Object.assign(line, draft, { updatedAt: now });
        await manager.save(FineLine, line);
        events.push({
          type: 'complaint.fine.amended',
          data: {
            ...fineLineData(line),
            previousAmount: { amountMinor: previous, currency: CURRENCY },
            amendedAt: now.toISOString(),
          },
        });
        if (becameNotice) noticed.push(line);
      }
    }
    for (const gone of stored.values()) {
      if (gone.state === 'withdrawn') continue;
      Object.assign(gone, { state: 'withdrawn', updatedAt: now });
      await manager.save(FineLine, gone);
      events.push({
        type: 'complaint.fine.withdrawn',
        data: { ...fineLineData(gone), withdrawnAt: now.toISOString() },
      });
    }
    if (noticed.length > 0) {
      const branches = await knownBranches(manager);
      for (const line of noticed) events.push(...companyWideNotice(line, branches, now));
    }
    return [...events, ...(await this.flagRepeatOffenders(manager, month, now))];
  }

  /** R21: repeat offenders of the month, each flagged (and announced) once. */
  async flagRepeatOffenders(manager: EntityManager, month: string, now: Date): Promise<Outgoing[]> {
    const flags = await this.reviewFlags(manager, month);
    const events: Outgoing[] = [];
    for (const flag of flags) {
      const inserted = await manager.query(
        `INSERT INTO review_flag (month, username, branch, reason, explanation, flagged_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING username`,
        [month, flag.username, flag.branch, flag.reason, flag.explanation, now],
      );
      if (inserted.length > 0) events.push(...reviewFlagged(flag, month, now));
    }
    return events;
  }

  /** The month's repeat offenders as the register says now (`branch`: only that branch's). */
  async reviewFlags(manager: EntityManager, month: string, branch?: string) {
    const previous: [string, string] = [addMonths(month, -2), addMonths(month, -1)];
    const rows: { username: string; branch: string; month: string; n: number }[] =
      await manager.query(
        `SELECT f.username, c.branch, to_char(c.registered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
                count(*)::int AS n
           FROM complaint c, jsonb_to_recordset(c.staff_at_fault) AS f(username text)
          WHERE c.registered_at >= $1 AND c.registered_at < $2 AND c.staff_at_fault <> '[]'::jsonb
            AND ($3::text IS NULL OR c.branch = $3)
          GROUP BY 1, 2, 3`,
        [monthRange(previous[0]).from, monthRange(month).to, branch ?? null],
      );
    const people = new Map<
      string,
      { username: string; branch: string; months: Record<string, number> }
    >();
    for (const row of rows) {
      const person = people.get(row.username) ?? {
        username: row.username,
        branch: row.branch,
        months: {},
      };
      person.months[row.month] = (person.months[row.month] ?? 0) + row.n;
      if (row.month === month) person.branch = row.branch;
      people.set(row.username, person);
    }
    return reviewFlags(month, [...people.values()], previous, this.config.FINES_REVIEW_THRESHOLD);
  }
}

function changed(line: FineLine, draft: FineLineDraft): boolean {
  return (
    line.count !== draft.count ||
    line.assessedMinor !== draft.assessedMinor ||
    line.explanation !== draft.explanation ||
    line.notice !== draft.notice ||
    line.branch !== draft.branch
  );
}

async function finedComplaints(manager: EntityManager, month: string): Promise<FinedComplaint[]> {
  const { from, to } = monthRange(month);
  const rows = await manager.query(
    `SELECT id, branch, registered_at, staff_at_fault, accountable_manager, manager_neglect
       FROM complaint
      WHERE registered_at >= $1 AND registered_at < $2
        AND (staff_at_fault <> '[]'::jsonb OR manager_neglect IS NOT NULL)`,
    [from, to],
  );
  return rows.map((r: Record<string, never>) => ({
    id: r.id,
    branch: r.branch,
    registeredAt: r.registered_at,
    staffAtFault: r.staff_at_fault,
    accountableManager: r.accountable_manager,
    managerNeglect: r.manager_neglect,
  }));
}

/** The branches the company-wide notice goes to: every branch with a desk or a complaint. */
async function knownBranches(manager: EntityManager): Promise<string[]> {
  const rows: { branch: string }[] = await manager.query(
    `SELECT branch FROM desk UNION SELECT DISTINCT branch FROM complaint_escalation
     UNION SELECT branch FROM (SELECT DISTINCT branch FROM complaint WHERE staff_at_fault <> '[]'::jsonb) f`,
  );
  return rows.map((r) => r.branch).sort();
}
