import { Module } from '@nestjs/common';
import { AccessTokenIssuer } from './access-token.issuer';
import { AccessTokenVerifier } from './access-token.verifier';
import { AuthController } from './auth.http.controller';
import { RefreshTokens } from './refresh-tokens';
import { SignInHandler } from './sign-in.handler';
import { SignInThrottle } from './sign-in-throttle';
import { SigningKey } from './signing-key';
import { StreamTickets } from './stream-tickets';
import { TokenEpochs } from './token-epochs';
import { TokenRefreshHandler } from './token-refresh.handler';

/** Authentication: sign-in, token rotation, sign-out, and verification of bearer tokens. */
@Module({
  controllers: [AuthController],
  providers: [
    SigningKey,
    AccessTokenIssuer,
    AccessTokenVerifier,
    RefreshTokens,
    SignInHandler,
    SignInThrottle,
    TokenRefreshHandler,
    StreamTickets,
    TokenEpochs,
  ],
  exports: [AccessTokenVerifier, RefreshTokens, SignInThrottle, StreamTickets, TokenEpochs],
})
export class AuthModule {}
