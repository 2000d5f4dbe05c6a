import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StaffRef } from '../shared/staff';

export type Gender = 'male' | 'female' | 'unspecified';
export type NoticeChannel = 'phone' | 'sms' | 'wechat' | 'in-person';

export interface CashToCollect {
  freightCollect: number;
  cod: number;
  total: number;
  currency: 'CNY';
}

/**
 * R8: the consignee was told where to collect — kept on the waybill as the evidence for later
 * disputes: when, who answered (name, and the form's 是男是女), by whom, by which channel, and
 * the very text they were given.
 */
@Entity('pickup_notice')
export class PickupNotice {
  /** `PN-SH0000000422-1` */
  @PrimaryColumn({ name: 'notice_id', type: 'text' })
  noticeId: string;

  @Column({ name: 'order_id', type: 'text' })
  orderId: string;

  @Column({ type: 'text' })
  channel: NoticeChannel;

  @Column({ name: 'answered_by', type: 'jsonb' })
  answeredBy: { name: string; gender: Gender };

  @Column({ name: 'notified_at', type: 'timestamptz' })
  notifiedAt: Date;

  @Column({ name: 'notified_by', type: 'jsonb' })
  notifiedBy: StaffRef;

  @Column({ name: 'pieces_arrived', type: 'integer' })
  piecesArrived: number;

  @Column({ type: 'jsonb' })
  cash: CashToCollect;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
