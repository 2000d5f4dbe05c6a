import { defaultDesk, numbered, personFor, withoutAgentLevels } from './desk.rules';

describe('desk ladders and roster', () => {
  it('R17: by default a complaint climbs agent → branch manager (+1 h) → HQ (+4 h)', () => {
    expect(defaultDesk('SH01').ladders.complaintReply).toEqual([
      { level: 1, role: 'agent', after: 'PT0S' },
      { level: 2, role: 'branch-manager', after: 'PT1H' },
      { level: 3, role: 'hq-service', after: 'PT4H' },
    ]);
  });

  it('R16: an internal call passed to the manager starts at the manager, at due', () => {
    const levels = numbered([
      { role: 'agent', after: 'PT0S' },
      { role: 'branch-manager', after: 'PT30M' },
      { role: 'hq-service', after: 'PT2H' },
    ]);
    expect(withoutAgentLevels(levels)).toEqual([
      { level: 1, role: 'branch-manager', after: 'PT0S' },
      { level: 2, role: 'hq-service', after: 'PT5400S' },
    ]);
    expect(withoutAgentLevels(numbered([{ role: 'agent', after: 'PT0S' }]))).toEqual([
      { level: 1, role: 'branch-manager', after: 'PT0S' },
    ]);
  });

  it('R17: an escalation reassigns to the person the roster names, else to the role', () => {
    const desk = {
      ...defaultDesk('SH01'),
      people: [{ role: 'branch-manager' as const, username: 'wang.jun', name: '王军' }],
    };
    expect(personFor(desk, 'branch-manager')).toBe('wang.jun');
    expect(personFor(desk, 'hq-service')).toBeNull();
  });
});
