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
import {
  applySteps,
  deliveredOnTime,
  StatusTransition,
  TrackingSummary,
} from './shipment-status.rules';
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

  /** One shipment's new steps (an order arriving with parked steps). */
  apply(
    tx: Tx,
    shipment: ShipmentHead,
    steps: readonly StoredStep[],
  ): Promise<KnownOutgoingEvent[]> {
    return this.applyAll(tx, [{ shipment, steps }]);
  }

  /** A chunk's new steps, shipment by shipment; what deliveries entail is done for all at once. */
  async applyAll(
    tx: Tx,
    work: readonly { shipment: ShipmentHead; steps: readonly StoredStep[] }[],
  ): Promise<KnownOutgoingEvent[]> {
    const events: KnownOutgoingEvent[] = [];
    const delivered: ShipmentHead[] = [];
    for (const { shipment, steps } of work) {
      const applied = applySteps(summaryOf(shipment), steps);
      Object.assign(shipment, applied.summary);
      events.push(...applied.transitions.map((t) => statusChanged(shipment, t)));
      for (const step of applied.exceptions as StoredStep[]) await this.raise(tx, shipment, step);
      if (applied.delivered) delivered.push(shipment);
    }
    if (delivered.length > 0) events.push(...(await this.delivered(tx, delivered)));
    return events;
  }

  private raise(tx: Tx, shipment: ShipmentHead, step: StoredStep) {
    return this.raiser.raise(tx, {
      waybillNo: shipment.waybillNo,
      branch: shipment.branch,
      customerId: shipment.customerId,
      kind: step.exception!.kind,
      source: 'dispatch',
      note: step.exception!.note || `${step.exception!.kind} reported at ${step.place.name}`,
      raisedAt: step.occurredAt,
      dispatchStepId: step.id,
    });
  }

  private async delivered(tx: Tx, shipments: ShipmentHead[]): Promise<KnownOutgoingEvent[]> {
    const deliveredAt = (s: ShipmentHead) => s.deliveredAt ?? s.statusAt!;
    await this.pods.expectAll(
      tx,
      shipments.map((shipment) => ({ shipment, deliveredAt: deliveredAt(shipment) })),
    );
    for (const shipment of shipments) {
      if (!shipment.delayExceptionId) continue;
      if (!deliveredOnTime(deliveredAt(shipment), shipment.promisedDeliveryAt)) continue;
      // the lapse was only dispatch reporting late: the delay never happened (R13)
      const delay = await tx.manager.findOneBy(ShipmentException, {
        id: shipment.delayExceptionId,
      });
      if (delay?.state === 'open')
        await this.closer.close(tx, delay, {
          resolution: `delivered on time (${shanghaiTime(deliveredAt(shipment))}); dispatch reported it late`,
          compensationFen: null,
          by: null,
          role: null,
          at: deliveredAt(shipment),
        });
    }
    return shipments.map((shipment) => stopDelivery(shipment, 'done'));
  }
}

/** R11: one change of status, as `tracking.shipment.status-changed`. */
function statusChanged(
  shipment: ShipmentHead,
  { status, previousStatus, step }: StatusTransition,
): KnownOutgoingEvent {
  return {
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
  };
}
