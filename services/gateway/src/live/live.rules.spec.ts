import type { Principal } from '../access/principal';
import type { Role } from '../users/roles';
import { audienceOf, isStale, lastEventIdOf, reaches, sseEvent } from './live.rules';

const as = (role: Role, branch: string): Principal => ({
  userId: 'u',
  username: role,
  role,
  branch,
  issuer: 'gateway',
});

describe('live stream audience (decision 0021)', () => {
  it('a branch user gets their role in their branch only', () => {
    expect(reaches(as('branch-manager', 'SH01'), { role: 'branch-manager', branch: 'SH01' })).toBe(
      true,
    );
    expect(reaches(as('branch-manager', 'GZ01'), { role: 'branch-manager', branch: 'SH01' })).toBe(
      false,
    );
    expect(reaches(as('agent', 'SH01'), { role: 'branch-manager', branch: 'SH01' })).toBe(false);
    expect(audienceOf(as('agent', 'SH01'))).toEqual({ role: 'agent', branch: 'SH01' });
  });

  it('HQ roles get their role in every branch, never another role', () => {
    expect(reaches(as('hq-service', 'HQ'), { role: 'hq-service', branch: 'GZ01' })).toBe(true);
    expect(reaches(as('general-manager', 'HQ'), { role: 'general-manager', branch: 'SH01' })).toBe(
      true,
    );
    expect(reaches(as('general-manager', 'HQ'), { role: 'branch-manager', branch: 'SH01' })).toBe(
      false,
    );
    expect(audienceOf(as('hq-service', 'HQ'))).toEqual({ role: 'hq-service', branch: null });
  });
});

describe('SSE framing', () => {
  it('writes id, event and one data line', () => {
    const text = sseEvent({
      id: '7',
      kind: 'escalation',
      eventType: 't',
      eventId: 'e',
      branch: 'SH01',
      role: 'agent',
      occurredAt: 'x',
      data: { note: 'a\nb' },
    });
    expect(text.startsWith('id: 7\nevent: escalation\ndata: {')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(5);
  });

  it('reads Last-Event-ID from the header, else the query', () => {
    expect(lastEventIdOf('42', '7')).toBe(42n);
    expect(lastEventIdOf(undefined, '7')).toBe(7n);
    expect(lastEventIdOf(undefined, undefined)).toBeUndefined();
    expect(lastEventIdOf('x1', undefined)).toBe('invalid');
  });
});

describe('retention', () => {
  it('skips events older than the retention window', () => {
    const now = new Date('2026-03-02T12:00:00Z');
    expect(isStale('2026-03-01T11:59:59Z', now, 24)).toBe(true);
    expect(isStale('2026-03-01T12:00:01Z', now, 24)).toBe(false);
  });
});
