import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@freight/platform';
import { CargoLookupModule } from './cargo-lookup/cargo-lookup.module';
import { SERVICE, TrackingConfig } from './config';
import { CustomersModule } from './customers/customers.module';
import { seedTrackingDemoData } from './demo-data';
import { EscalationsModule } from './escalations/escalations.module';
import { ExceptionsModule } from './exceptions/exceptions.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PodsModule } from './pods/pods.module';
import { PublicTrackingModule } from './public-tracking/public-tracking.module';
import { ShipmentsModule } from './shipments/shipments.module';
import { ShippingNotesModule } from './shipping-notes/shipping-notes.module';
import { TripSheetsModule } from './trip-sheets/trip-sheets.module';
import { trackingEntities, trackingMigrations } from './tracking.schema';

/**
 * The tracking service (R11–R14): shipment timelines from dispatch, customers told of every
 * change, exceptions with delay detection, cargo lookup, return receipts kept and sent back.
 */
@Module({})
export class AppModule {
  static register(config: TrackingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: SERVICE,
          config,
          entities: trackingEntities,
          migrations: trackingMigrations,
          seedDemoData: seedTrackingDemoData,
        }),
        ShipmentsModule,
        CustomersModule,
        NotificationsModule,
        ExceptionsModule,
        EscalationsModule,
        PodsModule,
        TripSheetsModule,
        ShippingNotesModule,
        CargoLookupModule,
        PublicTrackingModule,
      ],
    };
  }
}
