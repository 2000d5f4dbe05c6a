import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** R40: a vehicle of a branch's fleet — what it carries, when it works, what it costs. */
@Entity('vehicle')
export class Vehicle {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  branch: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'weight_capacity_kg', type: 'integer' })
  weightCapacityKg: number;

  /** numeric: pg answers a string */
  @Column({ name: 'volume_capacity_m3', type: 'numeric', precision: 8, scale: 2 })
  volumeCapacityM3: string;

  /** HH:MM in the branch's time zone */
  @Column({ name: 'shift_from', type: 'text' })
  shiftFrom: string;

  @Column({ name: 'shift_to', type: 'text' })
  shiftTo: string;

  @Column({ name: 'dangerous_goods_permit', type: 'boolean' })
  dangerousGoodsPermit: boolean;

  @Column({ name: 'cost_per_km_minor', type: 'integer' })
  costPerKmMinor: number;

  @Column({ name: 'cost_per_vehicle_minor', type: 'integer' })
  costPerVehicleMinor: number;

  @Column({ type: 'text' })
  currency: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
