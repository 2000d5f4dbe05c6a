import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the sink received it over SMTP, parsed. */
export interface CaughtMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments: { filename?: string; contentType: string; content: Buffer }[];
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`: give it to the service as SMTP_URL */
  url: string;
  mails: CaughtMail[];
  /** the next send fails with a 451 (temporary), to test retries */
  failNext(count?: number): void;
  stop(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server, the library Nodemailer's authors keep) on a random port that
 * keeps every message it accepts, parsed (mailparser): tests see exactly what a mail server
 * would have received.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: CaughtMail[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (failures > 0) {
        failures--;
        stream.resume();
        const error = Object.assign(new Error('try again later'), { responseCode: 451 });
        stream.on('end', () => callback(error));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : undefined,
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: a.content,
            })),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    failNext: (count = 1) => void (failures += count),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
