import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An order as a cargo-lookup call needs it (R12), from order.placed/amended/cancelled. */
@Entity('known_waybill')
export class KnownWaybill {
  @PrimaryColumn({ name: 'waybill_no', type: 'text' })
  waybillNo: string;

  @Column({ name: 'order_id', type: 'text' })
  orderId: string;

  @Column('text')
  branch: string;

  @Column({ name: 'customer_id', type: 'text' })
  customerId: string;

  /** the agent who took the order: whom a delivered order's survey counts for (R23) */
  @Column('text')
  agent: string;

  @Column({ name: 'agent_id', type: 'text' })
  agentId: string;

  @Column('text')
  origin: string;

  @Column('text')
  destination: string;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt: Date;

  @Column('boolean')
  cancelled: boolean;
}
