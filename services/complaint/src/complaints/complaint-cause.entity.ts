import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R18: the managed list of complaint causes. */
@Entity('complaint_cause')
export class ComplaintCause {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  label: string;

  @Column('boolean')
  active: boolean;
}
