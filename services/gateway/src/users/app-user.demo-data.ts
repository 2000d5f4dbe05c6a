import { randomBytes } from 'node:crypto';
import type { DemoDataContext } from '@freight/platform';
import type { GatewayConfig } from '../config';
import { hashPassword, verifyPassword } from './password-hash';
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

/**
 * Creates the demo users that are missing. An explicit DEMO_PASSWORD is also made the password
 * of those that exist, so the password a start announces always signs in, even on a database an
 * earlier start seeded with another one. A generated password never replaces an existing one:
 * several gateways starting together would each generate their own.
 */
export async function seedDemoUsers(context: DemoDataContext<GatewayConfig>): Promise<void> {
  const { dataSource, config, logger } = context;
  const wanted = demoUsers();
  const rows: { username: string; password_hash: string }[] = await dataSource.query(
    'SELECT username, password_hash FROM app_user WHERE username = ANY($1)',
    [wanted.map((u) => u.username)],
  );
  if (config.DEMO_PASSWORD) await keepDemoPassword(context, rows, config.DEMO_PASSWORD);
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

async function keepDemoPassword(
  { dataSource, logger }: DemoDataContext<GatewayConfig>,
  users: { username: string; password_hash: string }[],
  password: string,
): Promise<void> {
  const verified = await Promise.all(users.map((u) => verifyPassword(password, u.password_hash)));
  const stale = users.filter((_, i) => !verified[i]).map((u) => u.username);
  for (const username of stale) {
    await dataSource.query('UPDATE app_user SET password_hash = $2 WHERE username = $1', [
      username,
      await hashPassword(password),
    ]);
  }
  if (stale.length > 0)
    logger.log({ msg: 'demo users now have the password from DEMO_PASSWORD', users: stale });
}
