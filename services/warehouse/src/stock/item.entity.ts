import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WarehouseItemCategory } from '@freight/contracts';
import type { Staff } from '../shared/staff';

/**
 * An item of the company catalogue (R28: kept by category): drawing no., name, spec and labour
 * hours as the technical department writes them (R27), finance's ex-tax price (R27) and the
 * lowest retail price without the general manager (R30).
 */
@Entity('item')
export class Item {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  category: WarehouseItemCategory;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  specification: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ name: 'standard_labour_hours', type: 'numeric', nullable: true })
  standardLabourHours: string | null;

  @Column({ name: 'standard_price_minor', type: 'bigint', nullable: true })
  standardPriceMinor: string | null;

  @Column({ name: 'minimum_price_minor', type: 'bigint', nullable: true })
  minimumPriceMinor: string | null;

  @Column({ name: 'prices_set_by', type: 'jsonb', nullable: true })
  pricesSetBy: Staff | null;

  @Column({ name: 'prices_set_at', type: 'timestamptz', nullable: true })
  pricesSetAt: Date | null;

  @Column({ name: 'created_by', type: 'jsonb' })
  createdBy: Staff;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

const numberOrNull = (value: string | null): number | null =>
  value === null ? null : Number(value);

export function itemView(item: Item) {
  return {
    code: item.code,
    category: item.category,
    name: item.name,
    specification: item.specification,
    unit: item.unit,
    standardLabourHours: numberOrNull(item.standardLabourHours),
    standardPriceMinor: numberOrNull(item.standardPriceMinor),
    minimumPriceMinor: numberOrNull(item.minimumPriceMinor),
    currency: 'CNY' as const,
    pricesSetBy: item.pricesSetBy,
    pricesSetAt: item.pricesSetAt?.toISOString() ?? null,
  };
}

export const priceOf = (value: string | null): number | null => numberOrNull(value);
