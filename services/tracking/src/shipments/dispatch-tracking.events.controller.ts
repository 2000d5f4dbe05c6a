import { dispatchTrackingRecordedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEventBatch } from '@freight/messaging';
import { IngestDispatchHandler } from './ingest-dispatch.handler';

/**
 * The dispatch system's tracking events (R11, public contract docs/contracts/dispatch-tracking.md),
 * in batches: each chunk is one transaction with its inbox rows. A message that is not JSON or
 * breaks the contract goes to dispatch.tracking.dlq as `schema-invalid` before it gets here; one
 * this handler refuses (an impossible waybill number) as `refused`. `npm run dlq -- replay
 * dispatch.tracking` re-drives them to this group, whose inbox never saw them.
 */
@EventsController({ group: 'tracking.dispatch' })
export class DispatchTrackingEventsController {
  constructor(private readonly ingest: IngestDispatchHandler) {}

  @OnEventBatch(dispatchTrackingRecordedV1)
  async recorded(events: EventOf<typeof dispatchTrackingRecordedV1>[], { manager }: EventContext) {
    await this.ingest.ingest(
      events.map((e) => ({ eventId: e.id, ...e.data })),
      manager,
    );
  }
}
