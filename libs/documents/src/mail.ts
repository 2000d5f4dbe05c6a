import nodemailer, { Transporter } from 'nodemailer';

/** A message to a customer or partner (R11 status changes, R24 statements …). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: Buffer; contentType?: string }[];
}

/**
 * Sends mail over SMTP (nodemailer) to the server SMTP_URL names, e.g. `smtp://127.0.0.1:1025`
 * (npm start runs a local catcher with a web page). Callers send from a retried background
 * job, never inside the transaction of the work that caused the mail (architecture.md).
 */
export class MailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl, {
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
    });
  }

  /** Resolves with the server's message id once the server accepted the message. */
  async send(mail: Mail): Promise<string> {
    const info = await this.transport.sendMail({ from: this.from, ...mail });
    return String(info.messageId);
  }

  close(): void {
    this.transport.close();
  }
}
