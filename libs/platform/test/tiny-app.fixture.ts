import { Controller, DynamicModule, Get, Module } from '@nestjs/common';
import {
  Column,
  DataSource,
  Entity,
  MigrationInterface,
  PrimaryColumn,
  QueryRunner,
} from 'typeorm';
import { PlatformConfig, PlatformModule } from '../src';

// The smallest service there is: one table, one migration, demo data and two routes.

@Entity('consignment_note')
export class ConsignmentNote {
  @PrimaryColumn({ name: 'waybill_no', type: 'text' })
  waybillNo: string;

  @Column({ type: 'text' })
  consignee: string;
}

export class CreateConsignmentNote1795651200000 implements MigrationInterface {
  name = 'CreateConsignmentNote1795651200000';
  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE consignment_note (waybill_no text PRIMARY KEY, consignee text NOT NULL)',
    );
  }
  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE consignment_note');
  }
}

/** Lets a test hold a request in flight and release it when it wants. */
export class InFlightGate {
  entered = false;
  private release!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));
  async pass(): Promise<void> {
    this.entered = true;
    await this.released;
  }
  open(): void {
    this.release();
  }
}

export const gate = { current: new InFlightGate() };

@Controller('consignment-notes')
class ConsignmentNoteController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  list(): Promise<ConsignmentNote[]> {
    return this.dataSource.getRepository(ConsignmentNote).find();
  }

  @Get('slow')
  async slow(): Promise<{ finished: true }> {
    await gate.current.pass();
    await this.dataSource.query('SELECT 1'); // still has its database while draining
    return { finished: true };
  }
}

@Module({})
export class TinyAppModule {
  static register(config: PlatformConfig): DynamicModule {
    return {
      module: TinyAppModule,
      imports: [
        PlatformModule.forService({
          service: 'tiny',
          config,
          entities: [ConsignmentNote],
          migrations: [CreateConsignmentNote1795651200000],
          seedDemoData: async ({ dataSource }) => {
            await dataSource.query(
              "INSERT INTO consignment_note VALUES ('SH01-DEMO-1', 'Pearl River Electronics') ON CONFLICT DO NOTHING",
            );
          },
        }),
      ],
      controllers: [ConsignmentNoteController],
    };
  }
}
