import { ZodValidation } from '@freight/platform';
import { Body, Controller, Get, HttpCode, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Allow, ANY_ROLE, PublicRoute } from '../access/access.decorator';
import { Principal, principalSchema } from '../access/principal';
import { Post } from '../http/change-routes';
import { ApiProblems, ApiZodBody, ApiZodOk } from '../http/openapi-schema';
import { loginBody, refreshBody, TokenPair, tokenPairSchema } from './auth.schemas';
import { SignInHandler } from './sign-in.handler';
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
  @ApiProblems(401)
  login(
    @Body(new ZodValidation(loginBody)) body: z.output<typeof loginBody>,
    @Req() request: FastifyRequest,
  ): Promise<TokenPair> {
    request.auditActorName = body.username;
    return this.signIn.signIn(body.username, body.password);
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
