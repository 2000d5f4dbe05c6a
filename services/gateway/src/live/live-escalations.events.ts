import { Inject, Injectable, Type } from '@nestjs/common';
import {
  billingAlertRaisedV1,
  complaintAlertRaisedV1,
  orderAlertRaisedV1,
  planningAlertRaisedV1,
  schedulerDeadlineCancelledV1,
  schedulerDeadlineCompletedV1,
  schedulerEscalationRaisedV1,
  trackingAlertRaisedV1,
  warehouseAlertRaisedV1,
} from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { Clock, CLOCK } from '@freight/platform';
import type { GatewayConfig } from '../config';
import { appendDeadlineClosed, appendLiveNotification } from './live-notifications.store';
import { isStale } from './live.rules';

type AnyAlert = EventOf<typeof orderAlertRaisedV1>;

/**
 * Scheduler events and the services' staff alerts into live_notification, once (decision 0021):
 * one consumer group for all gateway replicas (`gateway.live`), the inbox making redeliveries
 * harmless; every replica then learns of new rows by LISTEN/NOTIFY and streams them to its own
 * clients. Built per configuration so a test or a shared cluster can name its own group and
 * escalations topic. Events older than the retention (a new group catching up on the topics'
 * history) are skipped: Last-Event-ID could not replay them anyway, and they are not news.
 */
export function liveEscalationsEvents(config: GatewayConfig): Type {
  const {
    LIVE_CONSUMER_GROUP: group,
    LIVE_ESCALATIONS_TOPIC: topic,
    LIVE_RETENTION_HOURS: retentionHours,
  } = config;
  @EventsController({ group })
  @Injectable()
  class LiveEscalationsEvents {
    constructor(@Inject(CLOCK) private readonly clock: Clock) {}

    private stale(at: string): boolean {
      return isStale(at, this.clock.now(), retentionHours);
    }

    /** A level lapsed: to its role, in the deadline's branch. */
    @OnEvent(schedulerEscalationRaisedV1, { topic })
    async escalated(
      event: EventOf<typeof schedulerEscalationRaisedV1>,
      { manager }: EventContext,
    ): Promise<void> {
      const { data } = event;
      if (this.stale(data.raisedAt)) return;
      await appendLiveNotification(manager, {
        eventId: event.id,
        eventType: event.type,
        kind: 'escalation',
        branch: data.subject.branch,
        role: data.role,
        deadlineId: data.deadlineId,
        occurredAt: data.raisedAt,
        // the whole event data, so fields added to the contract later reach the front ends too
        data,
      });
    }

    /** The work is done: everyone who was told of an escalation of it can clear it. */
    @OnEvent(schedulerDeadlineCompletedV1, { topic })
    async completed(
      event: EventOf<typeof schedulerDeadlineCompletedV1>,
      { manager }: EventContext,
    ): Promise<void> {
      if (this.stale(event.data.completedAt)) return;
      await appendDeadlineClosed(manager, event, event.data.deadlineId, event.data.completedAt);
    }

    @OnEvent(schedulerDeadlineCancelledV1, { topic })
    async cancelled(
      event: EventOf<typeof schedulerDeadlineCancelledV1>,
      { manager }: EventContext,
    ): Promise<void> {
      if (this.stale(event.data.cancelledAt)) return;
      await appendDeadlineClosed(manager, event, event.data.deadlineId, event.data.cancelledAt);
    }

    // "Reported at once" (R9, R13, R19 …): each service's staff alerts, to every role named.
    @OnEvent(orderAlertRaisedV1) orderAlert(e: AnyAlert, c: EventContext) {
      return this.alert(e, c);
    }
    @OnEvent(trackingAlertRaisedV1) trackingAlert(e: AnyAlert, c: EventContext) {
      return this.alert(e, c);
    }
    @OnEvent(complaintAlertRaisedV1) complaintAlert(e: AnyAlert, c: EventContext) {
      return this.alert(e, c);
    }
    @OnEvent(billingAlertRaisedV1) billingAlert(e: AnyAlert, c: EventContext) {
      return this.alert(e, c);
    }
    @OnEvent(warehouseAlertRaisedV1) warehouseAlert(e: AnyAlert, c: EventContext) {
      return this.alert(e, c);
    }
    @OnEvent(planningAlertRaisedV1) planningAlert(e: AnyAlert, c: EventContext) {
      return this.alert(e, c);
    }

    private async alert(event: AnyAlert, { manager }: EventContext): Promise<void> {
      const { data } = event;
      if (this.stale(data.raisedAt)) return;
      for (const role of new Set(data.roles)) {
        await appendLiveNotification(manager, {
          eventId: `${event.id}/${role}`,
          eventType: event.type,
          kind: 'alert',
          branch: data.subject.branch,
          role,
          deadlineId: null,
          occurredAt: data.raisedAt,
          data,
        });
      }
    }
  }
  return LiveEscalationsEvents;
}
