import { Client } from 'pg';
import { Registry } from 'prom-client';
import { registerFiringBacklog } from '../src/deadlines/firing-backlog.metric';
import { complaintReply, HOUR, SchedulerWorld } from './support/scheduler-world';

describe('R39 durable deadlines: firing the ladder (real Postgres, fake clock)', () => {
  let world: SchedulerWorld;

  beforeAll(async () => {
    world = await SchedulerWorld.start('scheduler_firing');
  });
  afterAll(() => world?.stop());

  const minutes = (n: number) => n * 60_000;

  it('R39: a lapsed deadline escalates agent → branch manager → HQ and keeps climbing until done', async () => {
    const firer = await world.firer();
    const arm = complaintReply(new Date(world.clock.now().getTime() + HOUR));
    await world.arm.handle(arm);

    await firer.drain();
    expect(await world.raised(arm.deadlineId)).toEqual([]); // not due yet
    world.clock.advance(HOUR);
    await firer.drain();
    expect((await world.raised(arm.deadlineId)).map((e) => e.role)).toEqual(['agent']);
    world.clock.advance(HOUR);
    await firer.drain();
    world.clock.advance(3 * HOUR);
    await firer.drain();
    await firer.drain(); // nothing left to fire twice

    const raised = await world.raised(arm.deadlineId);
    expect(raised.map((e) => [e.level, e.role, e.finalLevel])).toEqual([
      [1, 'agent', false],
      [2, 'branch-manager', false],
      [3, 'hq-service', true],
    ]);
    await world.cancel.handle({ deadlineId: arm.deadlineId }, 'done');
    expect((await world.history(arm.deadlineId)).map((h) => h.kind)).toEqual([
      'armed',
      'level-fired',
      'level-fired',
      'level-fired',
      'completed',
    ]);
  });

  it('R39: after downtime, one drain fires every lapsed level of a ladder, in order', async () => {
    const firer = await world.firer();
    const arm = complaintReply(world.clock.now());
    await world.arm.handle(arm);
    world.clock.advance(10 * HOUR); // the service was down while all three levels lapsed

    await firer.drain();

    const raised = await world.raised(arm.deadlineId);
    expect(raised.map((e) => [e.level, e.role])).toEqual([
      [1, 'agent'],
      [2, 'branch-manager'],
      [3, 'hq-service'],
    ]);
  });

  it('arming the same id twice arms once', async () => {
    const arm = complaintReply(world.clock.now());
    expect((await world.arm.handle(arm)).armed).toBe(true);
    expect((await world.arm.handle(arm)).armed).toBe(false);
    expect(await world.history(arm.deadlineId)).toHaveLength(1);
  });

  it('a paused deadline does not fire; resumed, it fires after the frozen time', async () => {
    const firer = await world.firer();
    const arm = complaintReply(new Date(world.clock.now().getTime() + minutes(30)));
    await world.arm.handle(arm);
    world.clock.advance(minutes(10));
    await world.pause.handle(arm.deadlineId); // 20 min left
    world.clock.advance(5 * HOUR);
    await firer.drain();
    expect(await world.raised(arm.deadlineId)).toEqual([]);

    await world.resume.handle(arm.deadlineId);
    world.clock.advance(minutes(19));
    await firer.drain();
    expect(await world.raised(arm.deadlineId)).toEqual([]);
    world.clock.advance(minutes(1));
    await firer.drain();
    expect((await world.raised(arm.deadlineId)).map((e) => e.level)).toEqual([1]);
  });

  it('a moved deadline fires at its new time; levels already fired stay fired', async () => {
    const firer = await world.firer();
    const start = world.clock.now().getTime();
    const arm = complaintReply(new Date(start + minutes(5)));
    await world.arm.handle(arm);
    world.clock.advance(minutes(5));
    await firer.drain(); // agent told

    await world.move.handle(arm.deadlineId, {
      kind: 'at',
      dueAt: new Date(start + 2 * HOUR).toISOString(),
    });
    world.clock.set(start + 2 * HOUR + minutes(59));
    await firer.drain();
    expect((await world.raised(arm.deadlineId)).map((e) => e.level)).toEqual([1]);
    world.clock.advance(minutes(1));
    await firer.drain();
    const raised = await world.raised(arm.deadlineId);
    expect(raised.map((e) => [e.level, e.raisedAt])).toEqual([
      [1, new Date(start + minutes(5)).toISOString()],
      [2, new Date(start + 3 * HOUR).toISOString()],
    ]);
  });

  it('a deadline a command holds is skipped by the firer, not waited on; a cancel then wins', async () => {
    const firer = await world.firer();
    const arm = complaintReply(world.clock.now());
    await world.arm.handle(arm);
    const command = new Client({ connectionString: world.database.url });
    await command.connect();
    try {
      await command.query('BEGIN');
      await command.query('SELECT id FROM deadline WHERE id = $1 FOR UPDATE', [arm.deadlineId]);
      await firer.drain(); // returns although the row stays locked
      expect(await world.raised(arm.deadlineId)).toEqual([]);
      await command.query('ROLLBACK');
    } finally {
      await command.end();
    }
    await world.cancel.handle({ deadlineId: arm.deadlineId }, 'withdrawn');
    world.clock.advance(10 * HOUR);
    await firer.drain();
    expect(await world.raised(arm.deadlineId)).toEqual([]);
  });

  it('cancel racing a fire: no level ever fires after its cancel, none fires twice', async () => {
    const firer = await world.firer({ ownPool: true, batchSize: 7 });
    const arms = Array.from({ length: 60 }, () => complaintReply(world.clock.now()));
    for (const arm of arms) await world.arm.handle(arm);
    world.clock.advance(10 * HOUR);
    await Promise.all([
      firer.drain(),
      ...arms.map((arm) => world.cancel.handle({ subject: arm.subject }, 'done')),
    ]);
    await firer.drain();
    for (const arm of arms) {
      const history = (await world.history(arm.deadlineId)).map((h) => h.kind);
      expect(history.at(-1)).toBe('completed');
      const fired = history.filter((kind) => kind === 'level-fired').length;
      expect(await world.raised(arm.deadlineId)).toHaveLength(fired);
    }
  });

  it('exports the age of the oldest lapsed, unfired level, back to 0 once it fired', async () => {
    const firer = await world.firer();
    const registry = new Registry();
    registerFiringBacklog(registry, world.clock, () => firer.earliestNextFire());
    const backlog = async () =>
      (await registry.getSingleMetric('scheduler_oldest_unfired_seconds')!.get()).values[0].value;
    await firer.drain(); // what earlier tests left lapsed
    expect(await backlog()).toBe(0);

    const arm = complaintReply(world.clock.now());
    await world.arm.handle(arm);
    world.clock.advance(90_000); // the firer is down for 90 s
    expect(await backlog()).toBe(90);
    await firer.drain();
    expect(await world.raised(arm.deadlineId)).toHaveLength(1);
    expect(await backlog()).toBe(0);
  });

  it('exports the lateness of each fired level as a histogram', async () => {
    const arm = complaintReply(world.clock.now());
    await world.arm.handle(arm);
    world.clock.advance(30_000);
    await world.metricsFirer().drain();
    const metrics = await world.registry.metrics();
    expect(metrics).toMatch(/scheduler_escalation_lateness_seconds_count\{level="1"\} [1-9]/);
    expect(metrics).toMatch(
      /scheduler_escalation_lateness_seconds_bucket\{le="30",level="1"\} [1-9]/,
    );
  });
});
