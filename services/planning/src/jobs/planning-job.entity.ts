import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * R40: one pickup or door delivery of an order, as the planning desk knows it from the order
 * events (a read model: never the order service's database or HTTP).
 */
@Entity('planning_job')
export class PlanningJob {
  /** `<waybill>:pickup` or `<waybill>:delivery` */
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** the branch whose vehicles serve it */
  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'text' })
  kind: 'pickup' | 'delivery';

  @Column({ name: 'order_id', type: 'text' })
  orderId: string;

  @Column({ name: 'waybill_no', type: 'text' })
  waybillNo: string;

  @Column({ type: 'text' })
  customer: string;

  /** shipper (pickup) or consignee (delivery) */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  phone: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ name: 'weight_kg', type: 'numeric', precision: 12, scale: 2 })
  weightKg: string;

  @Column({ name: 'volume_m3', type: 'numeric', precision: 10, scale: 3 })
  volumeM3: string;

  @Column({ name: 'dangerous_goods_class', type: 'text' })
  dangerousGoodsClass: string;

  @Column({ name: 'window_from', type: 'timestamptz' })
  windowFrom: Date;

  @Column({ name: 'window_to', type: 'timestamptz' })
  windowTo: Date;

  @Column({ name: 'service_minutes', type: 'integer' })
  serviceMinutes: number;

  /** the day it is planned on (YYYY-MM-DD, branch time zone) */
  @Column({ name: 'plan_date', type: 'date' })
  planDate: string;

  @Column({ type: 'text' })
  status: 'open' | 'cancelled';

  /** when the order event that last changed it happened: an older event changes nothing */
  @Column({ name: 'source_at', type: 'timestamptz' })
  sourceAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
