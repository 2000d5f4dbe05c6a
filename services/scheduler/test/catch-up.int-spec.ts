import { armDeadline } from '../src/deadlines/deadline.rules';
import { DeadlineRecord } from '../src/deadlines/deadline.entity';
import { toRecord } from '../src/deadlines/deadline.mapper';
import type { EscalationSink } from '../src/deadlines/escalation.sink';
import { WALL_CLOCK_UTC } from '../src/calendars/business-calendar.rules';
import { complaintReply, HOUR, SchedulerWorld } from './support/scheduler-world';

/** Arms `count` two-level deadlines due one second apart (set-up: one INSERT per 1000 rows). */
async function armMany(world: SchedulerWorld, prefix: string, count: number): Promise<void> {
  const start = world.clock.now().getTime();
  const ladder = [
    { level: 1, role: 'agent', after: 'PT0S' },
    { level: 2, role: 'branch-manager', after: 'PT1H' },
  ];
  const records = Array.from({ length: count }, (_, i) => {
    const command = complaintReply(new Date(start + i * 1000), { ladder });
    command.deadlineId = `${prefix}:${String(i).padStart(5, '0')}`;
    return toRecord(armDeadline(command, WALL_CLOCK_UTC, world.clock.now()).deadline);
  });
  const repository = world.dataSource.getRepository(DeadlineRecord);
  // TypeORM's insert type cannot see through the jsonb payload's `unknown` values
  type InsertRows = Parameters<typeof repository.insert>[0];
  for (let i = 0; i < records.length; i += 1000)
    await repository.insert(records.slice(i, i + 1000) as InsertRows);
}

describe('R39 nothing fires twice, nothing is missed across restarts', () => {
  let world: SchedulerWorld;

  beforeAll(async () => {
    world = await SchedulerWorld.start('scheduler_catch_up');
  });
  afterAll(() => world?.stop());

  it('R39: 10k lapsed deadlines, a crash mid-batch, a restart: each level fires once, in due order', async () => {
    await armMany(world, 'crash', 10_000);
    world.clock.advance(10 * HOUR); // the scheduler was down while all 20k levels lapsed

    const crashing: EscalationSink = {
      raise: async (manager, escalations) => {
        await world.sink.raise(manager, escalations);
        throw new Error('process killed mid-transaction');
      },
    };
    await expect((await world.firer({ sink: crashing })).drain()).rejects.toThrow('killed');
    expect(await world.raised()).toEqual([]);

    const restarted = await world.firer({ batchSize: 1000 });
    expect(await restarted.drain()).toBe(20_000);
    const raised = await world.raised();
    expect(raised).toHaveLength(20_000);
    expect(new Set(raised.map((e) => `${e.deadlineId}#${e.level}`)).size).toBe(20_000);
    const times = raised.map((e) => e.raisedAt);
    expect(times).toEqual([...times].sort());
    expect(raised[0]).toMatchObject({ deadlineId: 'crash:00000', level: 1 });
    expect(raised.at(-1)).toMatchObject({ deadlineId: 'crash:09999', level: 2, finalLevel: true });
  });

  it('R39: two firer replicas drain the same backlog without a duplicate', async () => {
    await armMany(world, 'replicas', 2_000);
    world.clock.advance(10 * HOUR);
    const [a, b] = [
      await world.firer({ ownPool: true, batchSize: 50 }),
      await world.firer({ ownPool: true, batchSize: 50 }),
    ];
    const [firedByA, firedByB] = await Promise.all([a.drain(), b.drain()]);
    expect(firedByA + firedByB).toBe(4_000);
    const raised = (await world.raised()).filter((e) => e.deadlineId.startsWith('replicas:'));
    expect(raised).toHaveLength(4_000);
    expect(new Set(raised.map((e) => e.eventId)).size).toBe(4_000);
  });

  it('R39: one replica with three firing transactions in flight fires each level once', async () => {
    await armMany(world, 'overlapping', 1_500);
    world.clock.advance(10 * HOUR);
    const firer = await world.firer({ batchSize: 100 });
    expect(await firer.drain(3)).toBe(3_000);
    const raised = (await world.raised()).filter((e) => e.deadlineId.startsWith('overlapping:'));
    expect(raised).toHaveLength(3_000);
    expect(new Set(raised.map((e) => `${e.deadlineId}#${e.level}`)).size).toBe(3_000);
    expect(await firer.drain(3)).toBe(0);
  });
});
