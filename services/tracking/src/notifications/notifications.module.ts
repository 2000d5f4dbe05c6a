import { Module } from '@nestjs/common';
import { ShipmentsModule } from '../shipments/shipments.module';
import { EnqueueNotificationsHandler } from './enqueue-notifications.handler';
import { NotificationSender } from './notification-sender';
import { NotificationsHttpController } from './notifications.http.controller';
import { RecordingSmsGateway, SMS_GATEWAY } from './sms-gateway';
import { StatusChangesEventsController } from './status-changes.events.controller';

/** R11: customers told of the status changes they subscribed to, by e-mail and SMS. */
@Module({
  imports: [ShipmentsModule],
  controllers: [NotificationsHttpController],
  providers: [
    EnqueueNotificationsHandler,
    NotificationSender,
    { provide: SMS_GATEWAY, useClass: RecordingSmsGateway },
    StatusChangesEventsController,
  ],
})
export class NotificationsModule {}
