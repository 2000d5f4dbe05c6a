import { Controller, Get } from '@nestjs/common';
import { TrackingHttp as Http } from '@freight/contracts';
import { ValidParam } from '@freight/platform';
import { DataSource } from 'typeorm';
import { NotFoundProblem } from '@freight/platform';
import { Shipment } from '../shipments/shipment.entity';
import { Notification } from './notification.entity';

/** R11: what the customer was told about a shipment, and whether it reached them. */
@Controller()
export class NotificationsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('shipments/:waybillNo/notifications')
  async ofShipment(@ValidParam('waybillNo', Http.waybillParam) waybillNo: string) {
    const shipment = await this.dataSource.manager.findOneBy(Shipment, { waybillNo });
    if (!shipment) throw new NotFoundProblem(`no shipment ${waybillNo}`);
    const rows = await this.dataSource.manager.find(Notification, {
      where: { waybillNo },
      order: { id: 'ASC' },
    });
    return {
      branch: shipment.branch,
      items: rows.map((n) => ({
        id: n.id,
        channel: n.channel,
        recipient: n.recipient,
        status: n.status,
        subject: n.subject,
        body: n.body,
        state: n.state,
        attempts: n.attempts,
        lastError: n.lastError,
        sentAt: n.sentAt?.toISOString() ?? null,
        createdAt: n.createdAt.toISOString(),
      })),
    };
  }
}
