import { Injectable } from '@nestjs/common';

import type { WarehouseHttp } from '@freight/contracts';
import type { z } from 'zod';
import { newForm } from '../shared/form.entity';
import { nextFormNumber } from '../shared/form-numbers';
import type { Staff } from '../shared/staff';
import { WarehouseClock } from '../shared/warehouse-clock';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { loadItems } from '../stock/items.handlers';
import { QcClearance, qcClearanceView } from './qc-clearance.entity';

type NewClearance = z.output<typeof WarehouseHttp.newQcClearanceBody>;

/** R29 step one: QC clears goods for sale (or records the quality problem that stops them). */
@Injectable()
export class QcClearanceHandler {
  constructor(
    private readonly transactions: WarehouseTransactions,
    private readonly clock: WarehouseClock,
  ) {}

  handle(body: NewClearance, by: Staff) {
    return this.transactions.run(async (tx) => {
      await loadItems(tx, [body.itemCode]);
      const now = this.clock.now();
      const id = await nextFormNumber(tx.manager, 'QC', body.branch);
      const clearance = tx.manager.create(QcClearance, {
        ...newForm(id, body.branch, body.result === 'passed' ? 'open' : 'failed', by, now),
        itemCode: body.itemCode,
        quantity: String(body.quantity),
        remaining: body.result === 'passed' ? String(body.quantity) : '0',
        result: body.result,
        reportNo: body.reportNo,
        findings: body.findings ?? null,
      });
      await tx.manager.insert(QcClearance, clearance);
      return qcClearanceView(clearance);
    });
  }
}
