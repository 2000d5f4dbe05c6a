import { Module } from '@nestjs/common';
import { CustomerFileRecorder } from './customer-file.recorder';
import { CustomersHttpController } from './customers.http.controller';
import { PreferencesHandler } from './preferences.handler';

/** Customers' files (from the order service) and what they asked of tracking (R11, R14). */
@Module({
  controllers: [CustomersHttpController],
  providers: [CustomerFileRecorder, PreferencesHandler],
  exports: [CustomerFileRecorder, PreferencesHandler],
})
export class CustomersModule {}
