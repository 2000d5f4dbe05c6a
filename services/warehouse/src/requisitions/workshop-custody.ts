import { Injectable } from '@nestjs/common';
import type { Tx } from '@freight/platform';
import Decimal from 'decimal.js';
import { monthOf } from '../shared/warehouse-time';
import { armVirtualReturn } from './custody.deadlines';

export interface CustodyRow {
  branch: string;
  workshop: string;
  item_code: string;
  quantity: string;
  value_minor: string;
  month: string;
}

/**
 * R36 车间代保管: material issued to a workshop that keeps it on site. Its month-end virtual
 * return is armed once per workshop and month (the first custody issue of the month).
 */
@Injectable()
export class WorkshopCustody {
  async received(
    tx: Tx,
    branch: string,
    workshop: string,
    lines: { itemCode: string; quantity: number; valueMinor: number }[],
    at: Date,
  ) {
    const month = monthOf(at);
    for (const l of lines)
      await tx.manager.query(
        `INSERT INTO workshop_custody (branch, workshop, item_code, quantity, value_minor, month)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (branch, workshop, item_code) DO UPDATE
           SET quantity = workshop_custody.quantity + EXCLUDED.quantity,
               value_minor = workshop_custody.value_minor + EXCLUDED.value_minor,
               month = EXCLUDED.month`,
        [branch, workshop, l.itemCode, l.quantity, l.valueMinor, month],
      );
    const armed: unknown[] = await tx.manager.query(
      `INSERT INTO custody_deadline (branch, workshop, month) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING month`,
      [branch, workshop, month],
    );
    if (armed.length > 0) await tx.publish(armVirtualReturn(branch, workshop, month, at));
  }

  /** The workshop's custody rows, locked while a virtual return is booked. */
  async lock(
    tx: Tx,
    branch: string,
    workshop: string,
  ): Promise<Map<string, { quantity: Decimal; valueMinor: number }>> {
    const rows: CustodyRow[] = await tx.manager.query(
      'SELECT * FROM workshop_custody WHERE branch = $1 AND workshop = $2 ORDER BY item_code FOR UPDATE',
      [branch, workshop],
    );
    return new Map(
      rows.map((r) => [
        r.item_code,
        { quantity: new Decimal(r.quantity), valueMinor: Number(r.value_minor) },
      ]),
    );
  }

  async set(
    tx: Tx,
    branch: string,
    workshop: string,
    itemCode: string,
    quantity: Decimal,
    valueMinor: number,
    month: string,
  ) {
    await tx.manager.query(
      `UPDATE workshop_custody SET quantity = $4, value_minor = $5, month = $6
        WHERE branch = $1 AND workshop = $2 AND item_code = $3`,
      [branch, workshop, itemCode, quantity.toString(), valueMinor, month],
    );
  }
}
