import { randomBytes } from 'node:crypto';
import type { DemoDataContext } from '@freight/platform';
import type { GatewayConfig } from '../config';
import { hashPassword } from './password-hash';
import { HEADQUARTERS_ROLES, Role, ROLES } from './roles';

/**
 * One demo user per role, username = role, so a tester signs in as `dispatcher` to see what a
 * dispatcher sees. Branch staff work in SH01; hq-service, general-manager and admin in HQ.
 */
export function demoUsers(): {
  username: Role;
  displayName: string;
  role: Role;
  branchCode: string;
}[] {
  return ROLES.map((role) => ({
    username: role,
    displayName: `Demo ${role.replace(/-/g, ' ')}`,
    role,
    branchCode: HEADQUARTERS_ROLES.includes(role) ? 'HQ' : 'SH01',
  }));
}

export async function seedDemoUsers({
  dataSource,
  config,
  logger,
}: DemoDataContext<GatewayConfig>): Promise<void> {
  const wanted = demoUsers();
  const rows: { username: string }[] = await dataSource.query(
    'SELECT username FROM app_user WHERE username = ANY($1)',
    [wanted.map((u) => u.username)],
  );
  const existing = new Set(rows.map((r) => r.username));
  const missing = wanted.filter((u) => !existing.has(u.username));
  if (missing.length === 0) return;

  const password = config.DEMO_PASSWORD ?? randomBytes(12).toString('base64url');
  for (const user of missing) {
    await dataSource.query(
      `INSERT INTO app_user (username, display_name, role, branch_code, password_hash)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (username) DO NOTHING`,
      [user.username, user.displayName, user.role, user.branchCode, await hashPassword(password)],
    );
  }
  const created = missing.map((u) => u.username);
  if (config.DEMO_PASSWORD) {
    logger.log({ msg: 'demo users created; password from DEMO_PASSWORD', users: created });
  } else {
    // Demo accounts only, on a demo database: the one place a password is ever logged.
    logger.warn({
      msg: `demo users created with generated password ${password} (set DEMO_PASSWORD to choose one)`,
      users: created,
    });
  }
}
