import { Module } from '@nestjs/common';
import { EnqueueNotificationsHandler } from './enqueue-notifications.handler';
import { NotificationSender } from './notification-sender';
import { NotificationsHttpController } from './notifications.http.controller';
import { RecordingSmsGateway, SMS_GATEWAY } from './sms-gateway';

/** R11: customers told of the status changes they subscribed to, by e-mail and SMS. */
@Module({
  controllers: [NotificationsHttpController],
  providers: [
    EnqueueNotificationsHandler,
    NotificationSender,
    { provide: SMS_GATEWAY, useClass: RecordingSmsGateway },
  ],
  exports: [EnqueueNotificationsHandler],
})
export class NotificationsModule {}
