import { MessagingOutbox1764170000000 } from './1764170000000-messaging-outbox';
import { MessagingInbox1764170000001 } from './1764170000001-messaging-inbox';

export { MessagingOutbox1764170000000, OUTBOX_CHANNEL } from './1764170000000-messaging-outbox';
export { MessagingInbox1764170000001 } from './1764170000001-messaging-inbox';

/** Add to the service's DataSource `migrations` next to its own: the outbox and inbox tables. */
export const messagingMigrations = [MessagingOutbox1764170000000, MessagingInbox1764170000001];
