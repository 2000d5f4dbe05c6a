import { Injectable } from '@nestjs/common';
import type { KnownOutgoingEvent } from '@freight/messaging';
import type { Tx } from '@freight/platform';
import { CloseExceptionHandler } from '../exceptions/close-exception.handler';
import { shanghaiTime } from '../exceptions/exception.rules';
import { RaiseExceptionHandler } from '../exceptions/raise-exception.handler';
import { ShipmentException } from '../exceptions/shipment-exception.entity';
import { ExpectPodHandler } from '../pods/expect-pod.handler';
import { stopDelivery } from './shipment.deadlines';
import type { ShipmentHead } from './shipment.store';
import { applySteps, deliveredOnTime, TrackingSummary } from './shipment-status.rules';
import type { StoredStep } from './tracking-step';

export const summaryOf = (s: ShipmentHead): TrackingSummary => ({
  status: s.status,
  progressRank: s.progressRank,
  progressAt: s.progressAt,
  lastExceptionAt: s.lastExceptionAt,
  statusAt: s.statusAt,
  lastPlace: s.lastPlace,
  lastVehicle: s.lastVehicle,
  pickedUpAt: s.pickedUpAt,
  deliveredAt: s.deliveredAt,
});

/**
 * R11 + R13 + R14: new steps of a known shipment, applied in the caller's transaction — the
 * summary moves (on the entity: the caller saves it, in bulk when ingesting), each status change
 * is an event (returned: the caller publishes them in bulk), each exception reported is raised,
 * and a delivery stops the delay clock, expects the POD and settles a delay that was only
 * reported late.
 */
@Injectable()
export class ShipmentProgress {
  constructor(
    private readonly raiser: RaiseExceptionHandler,
    private readonly closer: CloseExceptionHandler,
    private readonly pods: ExpectPodHandler,
  ) {}

  async apply(
    tx: Tx,
    shipment: ShipmentHead,
    steps: readonly StoredStep[],
  ): Promise<KnownOutgoingEvent[]> {
    const applied = applySteps(summaryOf(shipment), steps);
    Object.assign(shipment, applied.summary);
    const events: KnownOutgoingEvent[] = applied.transitions.map(
      ({ status, previousStatus, step }) => ({
        type: 'tracking.shipment.status-changed',
        data: {
          waybillNo: shipment.waybillNo,
          orderId: shipment.orderId,
          branch: shipment.branch,
          customerId: shipment.customerId,
          status,
          previousStatus,
          occurredAt: step.occurredAt.toISOString(),
          place: step.place,
          vehicle: { plate: step.vehiclePlate },
          promisedDeliveryAt: shipment.promisedDeliveryAt.toISOString(),
          ...(status === 'delivered'
            ? { onTime: deliveredOnTime(step.occurredAt, shipment.promisedDeliveryAt) }
            : {}),
          ...(status === 'exception' && step.exception ? { exception: step.exception } : {}),
          ...(step.driverName ? { driver: { name: step.driverName } } : {}),
        },
      }),
    );
    for (const step of applied.exceptions as StoredStep[])
      await this.raiser.raise(tx, {
        waybillNo: shipment.waybillNo,
        branch: shipment.branch,
        customerId: shipment.customerId,
        kind: step.exception!.kind,
        source: 'dispatch',
        note: step.exception!.note || `${step.exception!.kind} reported at ${step.place.name}`,
        raisedAt: step.occurredAt,
        dispatchStepId: step.id,
      });
    if (applied.delivered) events.push(...(await this.delivered(tx, shipment)));
    return events;
  }

  private async delivered(tx: Tx, shipment: ShipmentHead): Promise<KnownOutgoingEvent[]> {
    const deliveredAt = shipment.deliveredAt ?? shipment.statusAt!;
    await this.pods.expect(tx, shipment, deliveredAt);
    if (shipment.delayExceptionId && deliveredOnTime(deliveredAt, shipment.promisedDeliveryAt)) {
      // the lapse was only dispatch reporting late: the delay never happened (R13)
      const delay = await tx.manager.findOneBy(ShipmentException, {
        id: shipment.delayExceptionId,
      });
      if (delay?.state === 'open')
        await this.closer.close(tx, delay, {
          resolution: `delivered on time (${shanghaiTime(deliveredAt)}); dispatch reported it late`,
          compensationFen: null,
          by: null,
          role: null,
          at: deliveredAt,
        });
    }
    return [stopDelivery(shipment, 'done')];
  }
}
