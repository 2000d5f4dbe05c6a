import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import type { GatewayConfig } from '../config';

/** The secret the gateway signs access tokens with (HS256). */
@Injectable()
export class SigningKey {
  readonly secret: Uint8Array;

  constructor(@InjectServiceConfig() config: GatewayConfig) {
    if (config.JWT_SECRET) {
      this.secret = new TextEncoder().encode(config.JWT_SECRET);
      return;
    }
    // Development convenience only: tokens die with the process and other replicas reject them.
    this.secret = randomBytes(32);
    new Logger('Auth').warn(
      'JWT_SECRET is not set: signing access tokens with a random key generated for this process',
    );
  }
}
