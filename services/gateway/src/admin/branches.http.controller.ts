import { DomainError, ZodValidation } from '@freight/platform';
import { Body, Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Allow, ANY_ROLE } from '../access/access.decorator';
import { Post } from '../http/change-routes';
import { ApiProblems, ApiZodBody, ApiZodOk, ApiZodResponse } from '../http/openapi-schema';
import { ROLES } from '../users/roles';
import { BranchView, branchView, newBranchBody } from './admin.schemas';

// Lists that are never paged still answer the list shape, with nextCursor always null.
const wholeList = (item: z.ZodType) => z.object({ items: z.array(item), nextCursor: z.null() });

/** Branches and the role list (R41). Branches are few: listed whole, not paged. */
@ApiTags('admin')
@Controller('api/v1/admin')
export class BranchesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('branches')
  @Allow(ANY_ROLE, 'company')
  @ApiOperation({
    summary: 'Every branch (names and time zones are not secret within the company)',
  })
  @ApiZodOk(wholeList(branchView))
  async list(): Promise<{ items: BranchView[]; nextCursor: null }> {
    const items: BranchView[] = await this.dataSource.query(
      'SELECT code, name, time_zone AS "timeZone" FROM branch ORDER BY code',
    );
    return { items, nextCursor: null };
  }

  @Post('branches')
  @Allow(['admin'], 'company')
  @ApiOperation({ summary: 'Open a branch' })
  @ApiZodBody(newBranchBody)
  @ApiZodResponse(201, branchView.extend({ id: z.string().describe('the branch code') }), 'opened')
  @ApiProblems(409)
  async create(
    @Body(new ZodValidation(newBranchBody)) body: z.output<typeof newBranchBody>,
  ): Promise<BranchView & { id: string }> {
    const inserted: unknown[] = await this.dataSource.query(
      'INSERT INTO branch (code, name, time_zone) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING code',
      [body.code, body.name, body.timeZone],
    );
    if (inserted.length === 0) {
      throw new DomainError(HttpStatus.CONFLICT, 'conflict', `branch ${body.code} exists`, {
        title: 'Conflict',
      });
    }
    return { id: body.code, ...body };
  }

  @Get('roles')
  @Allow(['admin', 'branch-manager', 'general-manager'], 'company')
  @ApiOperation({ summary: 'The roles a staff account can have' })
  @ApiZodOk(wholeList(z.enum(ROLES)))
  roles(): { items: string[]; nextCursor: null } {
    return { items: [...ROLES], nextCursor: null };
  }
}
