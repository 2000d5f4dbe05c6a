import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The order service's customer file as the desk needs it (R15: match callers by phone). */
@Entity('known_customer')
export class KnownCustomer {
  @PrimaryColumn({ name: 'customer_id', type: 'text' })
  customerId: string;

  @Column('text')
  branch: string;

  @Column('text')
  company: string;

  /** where survey links go (R23) */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** every contact's phone, digits only (phone.rules.ts) */
  @Column({ type: 'text', array: true })
  phones: string[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
