import { Injectable, Logger } from '@nestjs/common';

/**
 * The port an SMS provider plugs into (R11, architecture.md "SMS through a provider port").
 * Resolves with the provider's message id once it accepted the text; rejects to be retried.
 */
export interface SmsGateway {
  send(mobile: string, text: string): Promise<string>;
}

export const SMS_GATEWAY = Symbol('tracking.sms-gateway');

/**
 * No provider is contracted yet: this adapter logs each text (JSON logs) and keeps the last
 * ones in memory, so a developer sees what a customer's phone would show. The notification row
 * keeps the text and its state too. A real provider is another class behind SMS_GATEWAY.
 */
@Injectable()
export class RecordingSmsGateway implements SmsGateway {
  private readonly logger = new Logger('SMS');
  private sequence = 0;
  readonly sent: { mobile: string; text: string; id: string }[] = [];

  async send(mobile: string, text: string): Promise<string> {
    const id = `sms-local-${++this.sequence}`;
    this.sent.push({ mobile, text, id });
    if (this.sent.length > 1000) this.sent.shift();
    this.logger.log({ msg: 'sms', to: mobile, text, id });
    return id;
  }
}
