import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StaffRef } from '../shared/staff';

export interface Region {
  code: string;
  name: string;
  /** cities (or provinces) as addresses name them */
  cities: string[];
}

export interface WeightBreak {
  fromKg: number;
  perKgMinor: number;
}

export interface VolumeBreak {
  fromM3: number;
  perM3Minor: number;
}

export interface Lane {
  origin: string;
  destination: string;
  leadTimeDays: number;
  minimumChargeMinor?: number;
  weightBreaks: WeightBreak[];
  volumeBreaks: VolumeBreak[];
}

export interface Fees {
  pickupMinor: number;
  doorDeliveryMinor: number;
  podMinor: number;
  insurancePermille: number;
  codPercent: number;
}

const asNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? v : Number(v)) };

/** R3: one version of the company's rate table, valid from `validFrom` until `validTo`. */
@Entity('rate_table')
export class RateTable {
  /** `RT-0003` */
  @PrimaryColumn({ name: 'rate_table_id', type: 'text' })
  rateTableId: string;

  @Column({ type: 'integer', unique: true })
  version: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true })
  validTo: Date | null;

  @Column({ name: 'volumetric_factor', type: 'numeric', transformer: asNumber })
  volumetricFactorKgPerM3: number;

  @Column({ name: 'minimum_charge_minor', type: 'bigint', transformer: asNumber })
  minimumChargeMinor: number;

  /** fen per waybill by UN class; a class not listed is not carried */
  @Column({ name: 'dangerous_goods', type: 'jsonb' })
  dangerousGoodsSurchargeMinor: Partial<Record<string, number>>;

  @Column({ type: 'jsonb' })
  fees: Fees;

  @Column({ type: 'jsonb' })
  regions: Region[];

  @Column({ type: 'jsonb' })
  lanes: Lane[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'jsonb' })
  createdBy: StaffRef;
}
