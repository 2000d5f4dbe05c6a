import { Body, Controller, Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidation } from '@freight/platform';
import { z } from 'zod';
import { Allow, ANY_ROLE, PublicRoute } from '../access/access.decorator';
import { Principal, principalSchema } from '../access/principal';
import { Post } from '../http/change-routes';
import { ApiProblems, ApiZodBody, ApiZodOk } from '../http/openapi-schema';
import { loginBody, refreshBody, TokenPair, tokenPairSchema } from './auth.schemas';
import { SignInHandler, SignInThrottled } from './sign-in.handler';
import { TokenRefreshHandler } from './token-refresh.handler';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInHandler,
    private readonly refreshing: TokenRefreshHandler,
  ) {}

  @Post('login')
  @HttpCode(200)
  @PublicRoute()
  @ApiOperation({ summary: 'Sign in: a short-lived access token and a rotating refresh token' })
  @ApiZodBody(loginBody)
  @ApiZodOk(tokenPairSchema)
  @ApiProblems(401, 429)
  async login(
    @Body(new ZodValidation(loginBody)) body: z.output<typeof loginBody>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPair> {
    request.auditActorName = body.username;
    try {
      return await this.signIn.signIn(body.username, body.password, request.ip);
    } catch (error) {
      if (error instanceof SignInThrottled)
        reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Post('refresh')
  @HttpCode(200)
  @PublicRoute()
  @ApiOperation({ summary: 'Trade a refresh token for a new pair; the old token is spent' })
  @ApiZodBody(refreshBody)
  @ApiZodOk(tokenPairSchema)
  @ApiProblems(401)
  refresh(
    @Body(new ZodValidation(refreshBody)) body: z.output<typeof refreshBody>,
  ): Promise<TokenPair> {
    return this.refreshing.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @PublicRoute()
  @ApiOperation({ summary: 'Sign out: revoke the refresh token and every token rotated from it' })
  @ApiZodBody(refreshBody)
  @ApiNoContentResponse({ description: 'signed out (also for an unknown token)' })
  async logout(
    @Body(new ZodValidation(refreshBody)) body: z.output<typeof refreshBody>,
  ): Promise<void> {
    await this.refreshing.signOut(body.refreshToken);
  }

  @Get('me')
  @Allow(ANY_ROLE, 'company')
  @ApiOperation({ summary: 'Who the access token says you are' })
  @ApiZodOk(principalSchema)
  me(@Req() request: FastifyRequest): Principal {
    return request.principal!;
  }
}
