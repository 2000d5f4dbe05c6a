import {
  checkClose,
  checkEscalate,
  compensationLimit,
  exceptionIdOf,
  roleAfterDeadlineLevel,
  yuan,
} from './exception.rules';

const authority = { agentLimitFen: 50_000, managerLimitFen: 500_000 };
const open = (assignedRole = 'agent') => ({
  id: 'EXC-SH-2025-000001',
  state: 'open' as const,
  assignedRole,
});

describe('R13 exceptions: authority and the ladder', () => {
  it('R13: the agent settles a compensation within their authority', () => {
    expect(() => checkClose(open(), 'agent', 50_000, authority)).not.toThrow();
    expect(() => checkClose(open(), 'agent', 0, authority)).not.toThrow();
  });

  it('R13: a compensation beyond the agent’s authority is refused with the amounts', () => {
    expect(() => checkClose(open(), 'agent', 120_000, authority)).toThrow(
      "a compensation of ¥1,200.00 is beyond the agent's authority (¥500.00): escalate it",
    );
  });

  it('R13: the branch manager’s limit is configurable and HQ has none', () => {
    expect(compensationLimit('branch-manager', authority)).toBe(500_000);
    expect(compensationLimit('hq-service', authority)).toBe(Number.POSITIVE_INFINITY);
    expect(compensationLimit('dispatcher', authority)).toBe(0);
    expect(() =>
      checkClose(open('branch-manager'), 'branch-manager', 120_000, authority),
    ).not.toThrow();
  });

  it('R13: once escalated, the agent can no longer close it; the superior can', () => {
    expect(() => checkClose(open('branch-manager'), 'agent', 100, authority)).toThrow(
      'was escalated to the branch-manager',
    );
    expect(() =>
      checkClose(open('branch-manager'), 'general-manager', 9e9, authority),
    ).not.toThrow();
  });

  it('R13: escalation climbs agent → branch manager → HQ, and stops there', () => {
    expect(checkEscalate(open('agent'), 'agent')).toBe('branch-manager');
    expect(checkEscalate(open('branch-manager'), 'branch-manager')).toBe('hq-service');
    expect(() => checkEscalate(open('hq-service'), 'hq-service')).toThrow('nobody above');
    expect(() => checkEscalate({ ...open(), state: 'closed' }, 'agent')).toThrow('is closed');
  });

  it('R39: a lapsed deadline level hands it up, never down', () => {
    expect(roleAfterDeadlineLevel('agent', 'branch-manager')).toBe('branch-manager');
    expect(roleAfterDeadlineLevel('hq-service', 'branch-manager')).toBe('hq-service');
  });

  it('R13: ids read well on the phone, with the year in Shanghai', () => {
    expect(exceptionIdOf('SH01', new Date('2024-12-31T17:00:00Z'), 12)).toBe('EXC-SH-2025-000012');
    expect(yuan(1)).toBe('¥0.01');
  });
});
