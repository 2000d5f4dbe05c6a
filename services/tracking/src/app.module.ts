import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { SERVICE, TrackingConfig } from './config';
import { trackingMigrations } from './migrations';
import { seedDemoTimeline } from './timeline/shipment-timeline.demo-data';
import { ShipmentTimelineEvent } from './timeline/shipment-timeline-event.entity';

/** The tracking service: shipment timelines (R11); cargo lookups, exceptions and PODs follow. */
@Module({})
export class AppModule {
  static register(config: TrackingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: [ShipmentTimelineEvent],
          migrations: trackingMigrations,
          seedDemoData: seedDemoTimeline,
        }),
      ],
    };
  }
}
