import { pageSchema } from '@freight/contracts';
import { Page, ZodValidation } from '@freight/platform';
import { Body, Controller, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { Patch, Post } from '../http/change-routes';
import {
  ApiProblems,
  ApiZodBody,
  ApiZodOk,
  ApiZodQuery,
  ApiZodResponse,
} from '../http/openapi-schema';
import type { Role } from '../users/roles';
import { newUserBody, userChangesBody, userListQuery, UserView, userView } from './admin.schemas';
import { StaffAccounts } from './staff-accounts.handler';
import { StaffDirectory } from './staff-directory';

// Branch managers look after their own branch's staff; the general manager reads everyone's.
const STAFF_READERS: readonly Role[] = ['admin', 'branch-manager', 'general-manager'];
const SESSION_KEEPERS: readonly Role[] = ['admin', 'branch-manager'];

@ApiTags('admin')
@Controller('api/v1/admin/users')
export class StaffController {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly accounts: StaffAccounts,
  ) {}

  @Get()
  @Allow(STAFF_READERS, 'branch')
  @ApiOperation({ summary: 'Staff accounts (a branch manager sees their branch only)' })
  @ApiZodQuery(userListQuery)
  @ApiZodOk(pageSchema(userView))
  list(
    @CurrentPrincipal() principal: Principal,
    @Query(new ZodValidation(userListQuery, 'query')) query: z.output<typeof userListQuery>,
  ): Promise<Page<UserView>> {
    return this.directory.list(principal, query);
  }

  @Get(':id')
  @Allow(STAFF_READERS, 'branch')
  @ApiOperation({ summary: 'One staff account' })
  @ApiZodOk(userView)
  @ApiProblems(404)
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<UserView> {
    return this.directory.get(principal, id);
  }

  @Post()
  @Allow(['admin'], 'branch')
  @ApiOperation({ summary: 'Create a staff account with a role in a branch' })
  @ApiZodBody(newUserBody)
  @ApiZodResponse(201, userView, 'created')
  @ApiProblems(409)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body(new ZodValidation(newUserBody)) body: z.output<typeof newUserBody>,
  ): Promise<UserView> {
    return this.accounts.create(principal, body);
  }

  @Patch(':id')
  @Allow(['admin'], 'branch')
  @ApiOperation({
    summary:
      'Change name, role, branch or password, or disable the account (all but the name end every session at once)',
  })
  @ApiZodBody(userChangesBody)
  @ApiZodOk(userView)
  @ApiProblems(404)
  change(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body(new ZodValidation(userChangesBody)) body: z.output<typeof userChangesBody>,
  ): Promise<UserView> {
    return this.accounts.change(principal, id, body);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @Allow(SESSION_KEEPERS, 'branch')
  @ApiOperation({ summary: 'Lift a sign-in lockout' })
  @ApiZodOk(userView)
  @ApiProblems(404)
  unlock(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<UserView> {
    return this.accounts.unlock(principal, id);
  }

  @Post(':id/revoke-sessions')
  @HttpCode(200)
  @Allow(SESSION_KEEPERS, 'branch')
  @ApiOperation({
    summary:
      'End every session of the account: refresh tokens revoked, access tokens refused from the next request',
  })
  @ApiZodOk(
    z.object({
      id: z.string(),
      revokedSessions: z.number().int().describe('refresh tokens revoked'),
    }),
  )
  @ApiProblems(404)
  revokeSessions(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.accounts.revokeSessions(principal, id);
  }
}
