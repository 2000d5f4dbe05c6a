import type { EntityManager } from 'typeorm';
import { rowsOf } from '../shared/sql';
import type { ShipmentCharges } from './charge.rules';

/** The shipment's order columns (R26 counts them; charges are its lines). */
export async function placeShipment(
  manager: EntityManager,
  s: ShipmentCharges,
  mode: 'placed' | 'amended',
): Promise<boolean> {
  const rows = await rowsOf(
    manager,
    `INSERT INTO shipment (waybill_no, order_id, branch, customer_id, customer_name, placed_at,
        service_month, payment_terms, cod_minor, pod_required, pieces, weight_kg, net_minor)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (waybill_no) DO UPDATE SET
        order_id = EXCLUDED.order_id, branch = EXCLUDED.branch, customer_id = EXCLUDED.customer_id,
        customer_name = EXCLUDED.customer_name,
        placed_at = COALESCE(shipment.placed_at, EXCLUDED.placed_at),
        service_month = COALESCE(shipment.service_month, EXCLUDED.service_month),
        payment_terms = EXCLUDED.payment_terms, cod_minor = EXCLUDED.cod_minor,
        pod_required = EXCLUDED.pod_required, pieces = EXCLUDED.pieces,
        weight_kg = EXCLUDED.weight_kg, net_minor = EXCLUDED.net_minor
     WHERE $14 = 'amended' OR shipment.placed_at IS NULL
     RETURNING waybill_no`,
    [
      s.waybillNo,
      s.orderId,
      s.branch,
      s.customerId,
      s.customerName,
      s.placedAt,
      `${s.serviceMonth}-01`,
      s.paymentTerms,
      s.codMinor,
      s.podRequired,
      s.pieces,
      s.weightKg,
      s.netMinor,
      mode,
    ],
  );
  return rows.length > 0;
}

export async function insertChargeLines(
  manager: EntityManager,
  s: ShipmentCharges,
  billingPeriod: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO charge_line (waybill_no, seq, customer_id, branch, code, description,
        amount_minor, tax_rate, tax_minor, service_date, billing_period)
     SELECT $1, l.seq, $2, $3, l.code, l.description, l.amount_minor, l.tax_rate, l.tax_minor,
            $4, $5
       FROM jsonb_to_recordset($6::jsonb)
         AS l(seq int, code text, description text, amount_minor bigint, tax_rate numeric,
              tax_minor bigint)`,
    [
      s.waybillNo,
      s.customerId,
      s.branch,
      s.serviceDate,
      billingPeriod ? `${billingPeriod}-01` : null,
      JSON.stringify(
        s.lines.map((l) => ({
          seq: l.seq,
          code: l.code,
          description: l.description,
          amount_minor: l.amountMinor,
          tax_rate: l.taxRate,
          tax_minor: l.taxMinor,
        })),
      ),
    ],
  );
}

/**
 * The statement a waybill's charges were frozen on (the documents desk completed its check), if
 * any: from then on its lines change only through the customer's dispute and a credit note.
 */
export async function frozenOn(
  manager: EntityManager,
  waybillNo: string,
): Promise<{ statementId: string; branch: string } | undefined> {
  const [row] = await rowsOf<{ statement_id: string; branch: string }>(
    manager,
    `SELECT statement_id, branch FROM charge_line
      WHERE waybill_no = $1 AND statement_id IS NOT NULL LIMIT 1`,
    [waybillNo],
  );
  return row && { statementId: row.statement_id, branch: row.branch };
}

export async function dropOpenChargeLines(manager: EntityManager, waybillNo: string) {
  await manager.query('DELETE FROM charge_line WHERE waybill_no = $1 AND statement_id IS NULL', [
    waybillNo,
  ]);
}
