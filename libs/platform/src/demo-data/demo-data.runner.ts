import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlatformConfig } from '../config/platform-config.schema';
import { SERVICE_CONFIG } from '../config/service-config.token';

export interface DemoDataContext<C extends PlatformConfig = PlatformConfig> {
  dataSource: DataSource;
  config: C;
  logger: Logger;
}

/**
 * Fills the service's database with demonstration data. Must be idempotent (INSERT … ON CONFLICT
 * DO NOTHING): it runs at every start with DEMO_DATA=true, and replicas may run it together.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each service narrows the config type
export type DemoDataSeed = (context: DemoDataContext<any>) => Promise<void>;

export const DEMO_DATA_SEED = Symbol('freight.demo-data-seed');

/** Seeds after migrations (the data source is initialised) and before the port opens. */
@Injectable()
export class DemoDataRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    @Inject(DEMO_DATA_SEED) private readonly seed: DemoDataSeed | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO_DATA || !this.seed) return;
    await this.seed({ dataSource: this.dataSource, config: this.config, logger: this.logger });
    this.logger.log('demo data in place');
  }
}
