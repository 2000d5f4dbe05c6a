import { MessagingOutbox1764170000000 } from './1764170000000-messaging-outbox';
import { MessagingInbox1764170000001 } from './1764170000001-messaging-inbox';
import { MessagingInboxPruning1764170000002 } from './1764170000002-messaging-inbox-pruning';
import { MessagingInboxCollation1764170000003 } from './1764170000003-messaging-inbox-collation';

export { MessagingOutbox1764170000000, OUTBOX_CHANNEL } from './1764170000000-messaging-outbox';
export { MessagingInbox1764170000001 } from './1764170000001-messaging-inbox';
export { MessagingInboxPruning1764170000002 } from './1764170000002-messaging-inbox-pruning';
export { MessagingInboxCollation1764170000003 } from './1764170000003-messaging-inbox-collation';

/** Add to the service's DataSource `migrations` next to its own: the outbox and inbox tables. */
export const messagingMigrations = [
  MessagingOutbox1764170000000,
  MessagingInbox1764170000001,
  MessagingInboxPruning1764170000002,
  MessagingInboxCollation1764170000003,
];
