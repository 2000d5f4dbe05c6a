import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TrackingStatus } from './shipment-status.rules';

export interface PartyRecord {
  name: string;
  contact?: string;
  phone: string;
  province: string;
  city: string;
  district?: string;
  street?: string;
}

export interface CargoRecord {
  description: string;
  pieces: number;
  weightKg: number;
  volumeM3: number;
  dangerousGoodsClass: 'none' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
  packaging?: string;
  requirements?: string;
  cautions?: string;
}

const timestamps = { type: 'timestamptz' as const };

/**
 * R11: a shipment as the tracking service knows it — the order (from the order service's events,
 * R4) and where it is (folded from dispatch's steps). The status is derived from the summary
 * columns by shipment-status.rules.ts and never goes backwards.
 */
@Entity('shipment')
export class Shipment {
  @PrimaryColumn({ name: 'waybill_no', type: 'text' }) waybillNo: string;
  @Column({ name: 'order_id', type: 'text' }) orderId: string;
  @Column({ type: 'text' }) branch: string;
  @Column({ name: 'customer_id', type: 'text' }) customerId: string;
  @Column({ name: 'customer_company', type: 'text' }) customerCompany: string;
  @Column({ type: 'jsonb' }) shipper: PartyRecord;
  @Column({ type: 'jsonb' }) consignee: PartyRecord;
  @Column({ name: 'consignee_phone', type: 'text' }) consigneePhone: string;
  @Column({ type: 'text' }) origin: string;
  @Column({ type: 'text' }) destination: string;
  @Column({ type: 'jsonb' }) cargo: CargoRecord;
  /** description, requirements and cautions in one text, for R12 lookups */
  @Column({ type: 'text' }) features: string;
  @Column({ name: 'pod_required', type: 'boolean' }) podRequired: boolean;
  @Column({ name: 'promised_delivery_at', ...timestamps }) promisedDeliveryAt: Date;
  @Column({ name: 'pickup_from', ...timestamps }) pickupFrom: Date;
  @Column({ name: 'placed_at', ...timestamps }) placedAt: Date;
  @Column({ name: 'order_changed_at', ...timestamps }) orderChangedAt: Date;
  @Column({ name: 'cancelled_at', ...timestamps, nullable: true }) cancelledAt: Date | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ type: 'text', nullable: true }) status: TrackingStatus | null;
  @Column({ name: 'progress_rank', type: 'smallint' }) progressRank: number;
  @Column({ name: 'progress_at', ...timestamps, nullable: true }) progressAt: Date | null;
  @Column({ name: 'last_exception_at', ...timestamps, nullable: true })
  lastExceptionAt: Date | null;
  @Column({ name: 'status_at', ...timestamps, nullable: true }) statusAt: Date | null;
  @Column({ name: 'last_place', type: 'jsonb', nullable: true })
  lastPlace: { code: string; name: string } | null;
  @Column({ name: 'last_vehicle', type: 'text', nullable: true }) lastVehicle: string | null;
  @Column({ name: 'picked_up_at', ...timestamps, nullable: true }) pickedUpAt: Date | null;
  @Column({ name: 'delivered_at', ...timestamps, nullable: true }) deliveredAt: Date | null;
  @Column({ name: 'delay_exception_id', type: 'text', nullable: true })
  delayExceptionId: string | null;
  @Column({ name: 'updated_at', ...timestamps }) updatedAt: Date;
}
