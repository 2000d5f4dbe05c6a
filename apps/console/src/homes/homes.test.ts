import { describe, expect, it } from 'vitest';
import { PHASE2 } from '../desks/phase2';
import { en } from '../i18n/en';
import { FALLBACK_HOME, HOMES, homeOf } from './homes';

// The roles the gateway signs in today (services/gateway/src/users/roles.ts, R41).
const GATEWAY_ROLES = [
  'agent',
  'branch-manager',
  'hq-service',
  'documents-clerk',
  'dispatcher',
  'warehouse-keeper',
  'qc-inspector',
  'finance',
  'general-manager',
  'admin',
];

describe('each role’s home', () => {
  it.each(GATEWAY_ROLES)(
    '%s has its own home, with its queue and its live notifications',
    (role) => {
      const home = HOMES[role];
      expect(home).toBeDefined();
      expect(home).toContainEqual(expect.objectContaining({ kind: 'queue' }));
      expect(home).toContainEqual({ kind: 'live' });
      expect(`role.${role}` in en).toBe(true);
    },
  );

  it('gives the branch manager the branch queue, what escalated to them and the agents’ queue', () => {
    expect(HOMES['branch-manager'].filter((p) => p.kind === 'queue')).toEqual([
      { kind: 'queue', title: 'queue.escalatedToMe' },
      { kind: 'queue', role: 'agent', title: 'queue.agents' },
    ]);
  });

  it('names only phase-2 panels that are described, and never the same twice on one home', () => {
    for (const panels of Object.values(HOMES)) {
      const ids = panels.flatMap((p) => (p.kind === 'phase2' ? [p.id] : []));
      for (const id of ids) expect(PHASE2).toHaveProperty(id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('gives a role it does not know yet its queue and live notifications', () => {
    expect(homeOf('night-watch')).toBe(FALLBACK_HOME);
  });
});
