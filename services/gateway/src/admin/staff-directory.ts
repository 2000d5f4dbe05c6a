import { decodeCursor, DomainError, NotFoundProblem, Page, pageOf } from '@freight/platform';
import { OutOfBranchScope } from '../http/gateway.errors';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { branchFilter, canReachBranch } from '../access/access.rules';
import type { Principal } from '../access/principal';
import type { Role } from '../users/roles';
import { userListQuery, UserView } from './admin.schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLUMNS =
  'id, username, display_name, role, branch_code, disabled_at, locked_until, created_at';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role; // app_user.role is checked against the roles
  branch_code: string;
  disabled_at: Date | null;
  locked_until: Date | null;
  created_at: Date;
}

/** Staff accounts as the admin API sees them, always through the caller's branch scope (R41). */
@Injectable()
export class StaffDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: z.output<typeof userListQuery>): Promise<Page<UserView>> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, value: unknown) => (
      args.push(value),
      where.push(sql.replace('?', `$${args.length}`))
    );
    const scope = branchFilter(principal);
    if (scope) add('branch_code = ?', scope);
    if (query.branch) add('branch_code = ?', query.branch);
    if (query.role) add('role = ?', query.role);
    const descending = query.sort.startsWith('-');
    if (query.cursor)
      add(descending ? 'username < ?' : 'username > ?', decodeCursor(query.cursor, z.string()));
    args.push(query.limit + 1);
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM app_user ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY username ${descending ? 'DESC' : 'ASC'} LIMIT $${args.length}`,
      args,
    );
    return pageOf(rows, query.limit, toView, (row) => row.username);
  }

  /** One account; another branch's is answered as missing (404), never as forbidden. */
  async get(principal: Principal, id: string): Promise<UserView> {
    if (!UUID.test(id)) throw new NotFoundProblem();
    const [row]: UserRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM app_user WHERE id = $1`,
      [id],
    );
    if (!row) throw new NotFoundProblem();
    if (!canReachBranch(principal, row.branch_code)) throw new OutOfBranchScope();
    return toView(row);
  }

  async assertBranchExists(code: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM branch WHERE code = $1', [
      code,
    ]);
    if (rows.length === 0) {
      throw new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'validation', 'no such branch', {
        title: 'The request is not valid',
        errors: [{ field: 'branchCode', message: `no branch ${code}` }],
      });
    }
  }
}

export function toView(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    branchCode: row.branch_code,
    disabled: row.disabled_at !== null,
    lockedUntil: row.locked_until?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}
