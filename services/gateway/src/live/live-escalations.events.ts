import { Injectable, Type } from '@nestjs/common';
import type { EventData } from '@freight/contracts';
import { EventContext, EventEnvelope, EventsController, OnEvent } from '@freight/messaging';
import type { GatewayConfig } from '../config';
import { appendDeadlineClosed, appendLiveNotification } from './live-notifications.store';
import { isStale } from './live.rules';

type EscalationRaised = EventData<'scheduler.escalation.raised'>;
type DeadlineCompleted = EventData<'scheduler.deadline.completed'>;
type DeadlineCancelled = EventData<'scheduler.deadline.cancelled'>;

/**
 * Scheduler events into live_notification, once (decision 0021): one consumer group for all
 * gateway replicas (`gateway.live`), the inbox making redeliveries harmless; every replica then
 * learns of new rows by LISTEN/NOTIFY and streams them to its own clients. Built per
 * configuration so a test or a shared cluster can name its own group and topic.
 * Events older than the retention (a new group catching up on the topic's history) are skipped:
 * Last-Event-ID could not replay them anyway, and they are not news.
 */
export function liveEscalationsEvents(config: GatewayConfig): Type {
  const { LIVE_CONSUMER_GROUP: group, LIVE_ESCALATIONS_TOPIC: topic, LIVE_RETENTION_HOURS: retentionHours } = config;
  @EventsController({ group })
  @Injectable()
  class LiveEscalationsEvents {
    /** A level lapsed: to its role, in the deadline's branch. */
    @OnEvent('scheduler.escalation.raised', { topic })
    async escalated(event: EventEnvelope<EscalationRaised>, { manager }: EventContext): Promise<void> {
      const { data } = event;
      if (isStale(data.raisedAt, new Date(), retentionHours)) return;
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
    @OnEvent('scheduler.deadline.completed', { topic })
    async completed(event: EventEnvelope<DeadlineCompleted>, { manager }: EventContext): Promise<void> {
      if (isStale(event.data.completedAt, new Date(), retentionHours)) return;
      await appendDeadlineClosed(manager, event, event.data.deadlineId, event.data.completedAt);
    }

    @OnEvent('scheduler.deadline.cancelled', { topic })
    async cancelled(event: EventEnvelope<DeadlineCancelled>, { manager }: EventContext): Promise<void> {
      if (isStale(event.data.cancelledAt, new Date(), retentionHours)) return;
      await appendDeadlineClosed(manager, event, event.data.deadlineId, event.data.cancelledAt);
    }
  }
  return LiveEscalationsEvents;
}
