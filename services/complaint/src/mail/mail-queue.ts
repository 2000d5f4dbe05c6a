import type { EntityManager } from 'typeorm';
import type { Mail } from '@freight/documents';

/**
 * Mail for a customer, queued in the transaction of the work that caused it and sent after
 * commit by the MailRelay (retried with backoff): sending never blocks or undoes the work
 * (architecture.md, Notifications). A row lives until the SMTP server accepted the message.
 */
export async function queueMail(manager: EntityManager, mail: Mail, now: Date): Promise<void> {
  await manager.query(
    'INSERT INTO mail_queue (recipient, subject, body, next_attempt_at) VALUES ($1, $2, $3, $4)',
    [mail.to, mail.subject, mail.text, now],
  );
}
