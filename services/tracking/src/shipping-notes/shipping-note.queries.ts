import { Injectable } from '@nestjs/common';
import type { TrackingHttp } from '@freight/contracts';
import type { Column } from '@freight/documents';
import { decodeCursor, Page, pageOf } from '@freight/platform';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Shipment } from '../shipments/shipment.entity';
import { shipDateOf } from '../shipments/shipment.view';

type NotesQuery = z.output<typeof TrackingHttp.shippingNotesQuery>;
type ExportQuery = z.output<typeof TrackingHttp.shippingNotesExportQuery>;
export type ShippingNote = z.input<typeof TrackingHttp.shippingNoteView>;

const SHIP_DAY = "(coalesce(s.picked_up_at, s.pickup_from) AT TIME ZONE 'Asia/Shanghai')::date";
const cursorKey = z.tuple([z.string(), z.string()]);

/** R14 "shipping notes: the customers' ship dates put in order": by ship date, then waybill. */
@Injectable()
export class ShippingNoteQueries {
  constructor(private readonly dataSource: DataSource) {}

  async page(q: NotesQuery): Promise<Page<ShippingNote>> {
    const qb = this.query(q).limit(q.limit + 1);
    if (q.cursor) {
      const [day, waybillNo] = decodeCursor(q.cursor, cursorKey);
      qb.andWhere(`(${SHIP_DAY}, s.waybill_no) > (CAST(:day AS date), :waybillNo)`, {
        day,
        waybillNo,
      });
    }
    const rows = await qb.getMany();
    return pageOf(rows, q.limit, noteOf, (s) => [shipDateOf(s), s.waybillNo]);
  }

  /** The whole range for the month-end file (no paging: a branch's month is thousands, not millions). */
  async all(q: ExportQuery): Promise<ShippingNote[]> {
    return (await this.query(q).limit(50_000).getMany()).map(noteOf);
  }

  private query(q: { branch?: string; from: string; to: string; customerId?: string }) {
    const qb = this.dataSource.manager
      .createQueryBuilder(Shipment, 's')
      .where(`${SHIP_DAY} BETWEEN CAST(:from AS date) AND CAST(:to AS date)`, {
        from: q.from,
        to: q.to,
      })
      .andWhere('s.cancelled_at IS NULL')
      .orderBy(SHIP_DAY, 'ASC')
      .addOrderBy('s.waybill_no', 'ASC');
    if (q.branch) qb.andWhere('s.branch = :branch', { branch: q.branch });
    if (q.customerId) qb.andWhere('s.customer_id = :customerId', { customerId: q.customerId });
    return qb;
  }
}

function noteOf(s: Shipment): ShippingNote {
  return {
    waybillNo: s.waybillNo,
    branch: s.branch,
    shipDate: shipDateOf(s),
    customerId: s.customerId,
    customerCompany: s.customerCompany,
    consignee: { name: s.consignee.name, city: s.consignee.city },
    lane: { origin: s.origin, destination: s.destination },
    pieces: s.cargo.pieces,
    weightKg: s.cargo.weightKg,
    volumeM3: s.cargo.volumeM3,
    status: s.status,
  };
}

type Row = Record<
  | 'shipDate'
  | 'waybillNo'
  | 'customer'
  | 'consignee'
  | 'lane'
  | 'pieces'
  | 'weightKg'
  | 'volumeM3'
  | 'status',
  string | number
>;

/** The file's columns: Chinese headers with English, as the documents desk files them. */
export const SHIPPING_NOTE_COLUMNS: Column<Row>[] = [
  { key: 'shipDate', header: '发货日期 Ship date', width: 14 },
  { key: 'waybillNo', header: '运单号 Waybill', width: 16 },
  { key: 'customer', header: '客户 Customer', width: 30 },
  { key: 'consignee', header: '收货人 Consignee', width: 30 },
  { key: 'lane', header: '线路 Lane', width: 10 },
  { key: 'pieces', header: '件数 Pieces', numFmt: '0' },
  { key: 'weightKg', header: '重量 kg', numFmt: '#,##0.0' },
  { key: 'volumeM3', header: '体积 m³', numFmt: '0.00' },
  { key: 'status', header: '状态 Status' },
];

export const shippingNoteRow = (n: ShippingNote): Row => ({
  shipDate: n.shipDate,
  waybillNo: n.waybillNo,
  customer: n.customerCompany,
  consignee: `${n.consignee.name} (${n.consignee.city})`,
  lane: `${n.lane.origin}→${n.lane.destination}`,
  pieces: n.pieces,
  weightKg: n.weightKg,
  volumeM3: n.volumeM3,
  status: n.status ?? 'not picked up',
});
