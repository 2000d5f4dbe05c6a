import { Injectable } from '@nestjs/common';
import { DomainError, type Tx } from '@freight/platform';
import type { WarehouseHttp } from '@freight/contracts';
import type { z } from 'zod';
import { alert } from '../shared/alerts';
import { newForm, recordStep, saveForm } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import { FormStateConflict, requireStatus } from '../shared/form-state';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { localDate } from '../shared/warehouse-time';
import { CountSheet, countSheetView } from './count-sheet.entity';
import { fillSheet, reconcileSheet, sheetLines } from './count-sheet.queries';

type NewSheet = z.output<typeof WarehouseHttp.newCountSheetBody>;
type Counts = z.output<typeof WarehouseHttp.countsBody>;

export class CountIncomplete extends DomainError {
  constructor(problems: { field: string; message: string }[], detail: string) {
    super(422, 'count-incomplete', detail, { errors: problems.slice(0, 50) });
  }
}

/** R28: the daily count — a sheet per category, the shelf counted, ledger and card compared. */
@Injectable()
export class CountSheetHandlers {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly clock: WarehouseClock,
  ) {}

  open(body: NewSheet, by: Staff) {
    return this.transactions.run(async (tx) => {
      const now = this.clock.now();
      const countDate = body.countDate ?? localDate(now);
      if (
        await tx.manager.existsBy(CountSheet, {
          branch: body.branch,
          category: body.category,
          countDate,
        })
      )
        throw new FormStateConflict(
          `${body.category} in ${body.branch}`,
          `counted on ${countDate}`,
          'open a second sheet that day',
        );
      const sheet = tx.manager.create(CountSheet, {
        ...newForm(
          await nextFormNumber(tx.manager, 'CS', body.branch),
          body.branch,
          'open',
          by,
          now,
        ),
        category: body.category,
        countDate,
        closedAt: null,
        closedBy: null,
        summary: null,
      });
      await tx.manager.insert(CountSheet, sheet);
      await fillSheet(tx.manager, sheet.id, sheet.branch, sheet.category, now);
      return this.view(tx, sheet);
    });
  }

  /** Counted quantities, entered as the count goes (several times if need be). */
  count(id: string, body: Counts, by: Staff) {
    return this.transactions.run(async (tx) => {
      const sheet = await tx.lock(CountSheet, { id }, `count sheet ${id}`);
      requireStatus(sheet, ['open'], 'enter counts');
      // TypeORM answers an UPDATE with [rows, count]
      const [updated]: [{ item_code: string }[], number] = await tx.manager.query(
        `UPDATE count_line cl SET counted_quantity = r.counted
           FROM jsonb_to_recordset($2::jsonb) AS r(item_code text, counted numeric)
          WHERE cl.sheet_id = $1 AND cl.item_code = r.item_code RETURNING cl.item_code`,
        [
          id,
          JSON.stringify(
            body.lines.map((l) => ({ item_code: l.itemCode, counted: l.countedQuantity })),
          ),
        ],
      );
      const known = new Set(updated.map((u) => u.item_code));
      const unknown = body.lines
        .map((l, i) => ({ l, i }))
        .filter(({ l }) => !known.has(l.itemCode));
      if (unknown.length > 0)
        throw new CountIncomplete(
          unknown.map(({ l, i }) => ({
            field: `lines[${i}].itemCode`,
            message: `${l.itemCode} is not on ${id}`,
          })),
          `${unknown.length} item(s) not on the sheet`,
        );
      recordStep(sheet, 'counted', by, this.clock.now(), `${updated.length} line(s)`);
      await saveForm(tx, sheet);
      return this.view(tx, sheet);
    });
  }

  /** Every line counted, the sheet is closed: ledger, card and shelf compared in one snapshot. */
  close(id: string, by: Staff) {
    return this.transactions.run(async (tx) => {
      const sheet = await tx.lock(CountSheet, { id }, `count sheet ${id}`);
      requireStatus(sheet, ['open'], 'close');
      const missing: { item_code: string }[] = await tx.manager.query(
        'SELECT item_code FROM count_line WHERE sheet_id = $1 AND counted_quantity IS NULL ORDER BY item_code',
        [id],
      );
      if (missing.length > 0)
        throw new CountIncomplete(
          missing.map((m) => ({ field: m.item_code, message: 'not counted' })),
          `${missing.length} item(s) not counted yet`,
        );
      const now = this.clock.now();
      sheet.summary = await reconcileSheet(tx.manager, id, sheet.branch);
      sheet.status = 'closed';
      sheet.closedAt = now;
      sheet.closedBy = by;
      recordStep(sheet, 'closed', by, now, `${sheet.summary.variances} variance(s)`);
      await saveForm(tx, sheet);
      if (sheet.summary.ledgerCardMismatches > 0)
        await alert(tx, {
          alertId: `${id}:ledger-card`,
          rule: 'R28',
          kind: 'ledger-card-mismatch',
          subject: { type: 'count-sheet', id, branch: sheet.branch },
          roles: ['warehouse-keeper', 'branch-manager'],
          title: `${id}: the ledger and the stock card disagree on ${sheet.summary.ledgerCardMismatches} item(s)`,
          raisedAt: now.toISOString(),
        });
      return this.view(tx, sheet);
    });
  }

  private async view(tx: Tx, sheet: CountSheet) {
    return countSheetView(sheet, await sheetLines(tx.manager, sheet.id));
  }
}
