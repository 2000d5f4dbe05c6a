import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The milestones the dispatch system reports (R11). */
export const SHIPMENT_MILESTONES = [
  'picked-up',
  'departed',
  'arrived-at-hub',
  'out-for-delivery',
  'delivered',
  'exception',
] as const;
export type ShipmentMilestone = (typeof SHIPMENT_MILESTONES)[number];

/** R11: one point on a shipment's timeline, as reported by dispatch. */
@Entity('shipment_timeline_event')
export class ShipmentTimelineEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'waybill_no', type: 'text' })
  waybillNo: string;

  @Column({ type: 'text' })
  milestone: ShipmentMilestone;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  place: string;

  /** plate number of the truck, when the milestone involves one */
  @Column({ type: 'text', nullable: true })
  vehicle: string | null;

  /** the dispatch system's event id: a redelivered event lands once */
  @Column({ name: 'dispatch_event_id', type: 'text', unique: true })
  dispatchEventId: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
