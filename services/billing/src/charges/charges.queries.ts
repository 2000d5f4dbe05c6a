import { Injectable } from '@nestjs/common';
import { BillingHttp } from '@freight/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { fen, lineMoney, sum } from '../shared/money.rules';
import { listPage } from '../shared/paging';
import { iso } from '../shared/sql';

type Charge = z.output<typeof BillingHttp.chargeView>;

interface ShipmentRow {
  waybill_no: string;
  order_id: string | null;
  branch: string;
  customer_id: string;
  customer_name: string | null;
  placed_at: Date | null;
  service_month: string | null;
  payment_terms: Charge['paymentTerms'];
  billing_period: string | null;
  cod_minor: string | null;
  pod_required: boolean;
  delivered_at: Date | null;
  on_time: boolean | null;
  pod_received_at: Date | null;
  cancelled_at: Date | null;
  lines: {
    id: string;
    code: string;
    description: string;
    amount_minor: number;
    tax_rate: number;
    tax_minor: number;
  }[];
}

/** R24 item 1: a customer's billable shipments with their charges (the agent's lookup). */
@Injectable()
export class ChargeQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(query: z.output<typeof BillingHttp.chargesQuery>) {
    return listPage(
      this.dataSource,
      {
        select: `SELECT sh.*, to_char(sh.service_month, 'YYYY-MM') AS service_month, {page},
                        (SELECT to_char(max(c.billing_period), 'YYYY-MM') FROM charge_line c
                          WHERE c.waybill_no = sh.waybill_no) AS billing_period,
                        COALESCE((SELECT json_agg(json_build_object('id', c.id, 'code', c.code,
                            'description', c.description, 'amount_minor', c.amount_minor,
                            'tax_rate', c.tax_rate, 'tax_minor', c.tax_minor) ORDER BY c.seq)
                           FROM charge_line c WHERE c.waybill_no = sh.waybill_no), '[]') AS lines
                   FROM shipment sh`,
        filters: [
          ['sh.branch = ?', query.branch],
          ['sh.customer_id = ?', query.customerId],
          ['sh.service_month = ?', query.serviceMonth && `${query.serviceMonth}-01`],
          ['sh.waybill_no = ?', query.waybillNo],
        ],
        where: ['sh.placed_at IS NOT NULL'],
        sortColumns: { placedAt: 'sh.placed_at' },
        idColumn: 'sh.waybill_no',
        map: chargeOf,
      },
      query,
    );
  }
}

function chargeOf(row: ShipmentRow): Charge {
  const net = sum(row.lines.map((l) => Number(l.amount_minor)));
  const tax = sum(row.lines.map((l) => Number(l.tax_minor)));
  return {
    waybillNo: row.waybill_no,
    orderId: row.order_id,
    branch: row.branch,
    customer: { customerId: row.customer_id, name: row.customer_name ?? row.customer_id },
    placedAt: iso(row.placed_at),
    serviceMonth: row.service_month,
    paymentTerms: row.payment_terms,
    billingPeriod: row.billing_period,
    cod: row.cod_minor === null ? null : fen(row.cod_minor),
    podRequired: row.pod_required,
    deliveredAt: iso(row.delivered_at),
    onTime: row.on_time,
    podReceivedAt: iso(row.pod_received_at),
    cancelledAt: iso(row.cancelled_at),
    lines: row.lines.map((l) => ({
      lineId: l.id,
      code: l.code,
      description: l.description,
      ...lineMoney(l),
    })),
    net: fen(net),
    tax: fen(tax),
    total: fen(net + tax),
  };
}
