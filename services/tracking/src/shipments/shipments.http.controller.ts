import { Controller, Get } from '@nestjs/common';
import { TrackingHttp as Http } from '@freight/contracts';
import { ValidParam, ValidQuery } from '@freight/platform';
import type { z } from 'zod';
import { ExceptionQueries } from '../exceptions/exception.queries';
import { PodQueries } from '../pods/pod.queries';
import { ShipmentQueries } from './shipment.queries';
import { shipmentView } from './shipment.view';

/** R11 over HTTP, for the gateway: shipments, their timelines, and one waybill's whole story. */
@Controller()
export class ShipmentsHttpController {
  constructor(
    private readonly shipments: ShipmentQueries,
    private readonly exceptions: ExceptionQueries,
    private readonly pods: PodQueries,
  ) {}

  @Get('shipments')
  list(@ValidQuery(Http.shipmentListQuery) query: z.output<typeof Http.shipmentListQuery>) {
    return this.shipments.list(query);
  }

  @Get('shipments/:waybillNo')
  one(@ValidParam('waybillNo', Http.waybillParam) waybillNo: string) {
    return this.shipments.one(waybillNo);
  }

  @Get('shipments/:waybillNo/timeline')
  timeline(@ValidParam('waybillNo', Http.waybillParam) waybillNo: string) {
    return this.shipments.timeline(waybillNo);
  }

  /** The tracking part of the gateway's waybill view (GET /api/v1/waybills/{no}). */
  @Get('waybills/:waybillNo/tracking')
  async waybill(@ValidParam('waybillNo', Http.waybillParam) waybillNo: string) {
    const shipment = await this.shipments.shipment(waybillNo);
    const [timeline, exceptions, pod] = await Promise.all([
      this.shipments.steps(waybillNo),
      this.exceptions.ofWaybill(waybillNo),
      this.pods.summaryOf(waybillNo),
    ]);
    return { branch: shipment.branch, shipment: shipmentView(shipment), timeline, exceptions, pod };
  }

  @Get('dispatch/parked')
  parked() {
    return this.shipments.parked();
  }
}
