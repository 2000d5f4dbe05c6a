import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import { SignJWT } from 'jose';
import type { GatewayConfig } from '../config';
import type { Role } from '../users/roles';
import { SigningKey } from './signing-key';
import { GATEWAY_ALGORITHM } from './token.rules';

export interface TokenSubject {
  id: string;
  username: string;
  role: Role;
  branchCode: string;
  /** the user's token epoch now (app_user.token_epoch) */
  epoch: number;
}

/** Short-lived access tokens (JWT) carrying who the user is, their role and their branch. */
@Injectable()
export class AccessTokenIssuer {
  constructor(
    @InjectServiceConfig() private readonly config: GatewayConfig,
    private readonly key: SigningKey,
  ) {}

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  async issue(user: TokenSubject, now = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({
      role: user.role,
      branch: user.branchCode,
      preferred_username: user.username,
      epoch: user.epoch,
    })
      .setProtectedHeader({ alg: GATEWAY_ALGORITHM, typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(this.config.JWT_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .setJti(randomUUID())
      .sign(this.key.secret);
  }
}
