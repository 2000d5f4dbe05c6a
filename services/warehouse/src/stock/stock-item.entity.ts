import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Stock is kept by category (R28). */
export const STOCK_CATEGORIES = [
  'finished-goods',
  'raw-material',
  'spare-part',
  'packaging',
] as const;
export type StockCategory = (typeof STOCK_CATEGORIES)[number];

/** R28: one stocked item and the quantity the ledger says is on hand. */
@Entity('stock_item')
export class StockItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** drawing number or material code, as on slips and stock cards */
  @Column({ name: 'item_code', type: 'text', unique: true })
  itemCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  specification: string;

  @Column({ type: 'text' })
  category: StockCategory;

  /** unit of measure: pcs, kg, m, … */
  @Column({ type: 'text' })
  unit: string;

  /** numeric(14,3): pg returns it as a string so no precision is lost */
  @Column({ name: 'quantity_on_hand', type: 'numeric', precision: 14, scale: 3 })
  quantityOnHand: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
