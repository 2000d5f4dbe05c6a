import { Inject, Injectable, Logger, OnApplicationBootstrap, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Clock, CLOCK } from '../clock/clock';
import type { PlatformConfig } from '../config/platform-config.schema';
import { SERVICE_CONFIG } from '../config/service-config.token';

export interface DemoDataContext<C extends PlatformConfig = PlatformConfig> {
  dataSource: DataSource;
  config: C;
  logger: Logger;
  clock: Clock;
  /**
   * A provider of the service (a use-case handler): demo data goes through the use cases, so
   * its events reach the other services as real ones would.
   */
  get<T>(type: Type<T>): T;
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
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO_DATA || !this.seed) return;
    await this.seed({
      dataSource: this.dataSource,
      config: this.config,
      logger: this.logger,
      clock: this.clock,
      get: (type) => this.moduleRef.get(type, { strict: false }),
    });
    this.logger.log('demo data in place');
  }
}
