import {
  applySteps,
  deliveredOnTime,
  foldStep,
  NOTHING_YET,
  StepFacts,
  TrackingStatus,
} from './shipment-status.rules';

const step = (status: TrackingStatus, at: string, place = 'HUB-SH'): StepFacts => ({
  status,
  occurredAt: new Date(`2025-03-12T${at}:00Z`),
  place: { code: place, name: place },
  vehiclePlate: '沪A·12345',
  exception: status === 'exception' ? { kind: 'damage', note: 'crushed' } : null,
});

const statusesOf = (steps: StepFacts[]) =>
  applySteps(NOTHING_YET, steps).transitions.map((t) => t.status);

describe('R11 shipment status from dispatch steps', () => {
  it('R11: moves forward through the milestones, one change per step', () => {
    expect(
      statusesOf([
        step('picked-up', '01:00'),
        step('departed', '02:00'),
        step('arrived-at-hub', '08:00'),
        step('out-for-delivery', '09:00'),
        step('delivered', '10:00'),
      ]),
    ).toEqual(['picked-up', 'departed', 'arrived-at-hub', 'out-for-delivery', 'delivered']);
  });

  it('R11: steps that arrive out of order are applied in the order they happened', () => {
    const applied = applySteps(NOTHING_YET, [
      step('arrived-at-hub', '08:00'),
      step('picked-up', '01:00'),
      step('departed', '02:00'),
    ]);
    expect(applied.transitions.map((t) => t.status)).toEqual([
      'picked-up',
      'departed',
      'arrived-at-hub',
    ]);
    expect(applied.summary.status).toBe('arrived-at-hub');
  });

  it('R11: the status never goes backwards when an earlier step arrives late', () => {
    const atHub = applySteps(NOTHING_YET, [step('arrived-at-hub', '08:00')]).summary;
    const late = applySteps(atHub, [step('departed', '02:00'), step('picked-up', '01:00')]);
    expect(late.transitions).toEqual([]);
    expect(late.summary.status).toBe('arrived-at-hub');
    expect(late.summary.pickedUpAt).toEqual(new Date('2025-03-12T01:00:00Z'));
  });

  it('R11: a second departure after a hub keeps the status at the hub (no going back)', () => {
    const summary = applySteps(NOTHING_YET, [
      step('departed', '02:00'),
      step('arrived-at-hub', '08:00', 'HUB-HF'),
      step('departed', '09:00', 'HUB-HF'),
    ]).summary;
    expect(summary.status).toBe('arrived-at-hub');
  });

  it('R11: the same step twice changes nothing the second time', () => {
    const once = applySteps(NOTHING_YET, [step('departed', '02:00')]).summary;
    const twice = applySteps(once, [step('departed', '02:00')]);
    expect(twice.transitions).toEqual([]);
    expect(twice.summary).toEqual(once);
  });

  it('R11: any arrival order of the same steps ends in the same summary', () => {
    const steps = [
      step('picked-up', '01:00'),
      step('exception', '03:00'),
      step('departed', '04:00'),
      step('arrived-at-hub', '08:00'),
    ];
    const forward = steps.reduce(foldStep, NOTHING_YET);
    const backward = [...steps].reverse().reduce(foldStep, NOTHING_YET);
    expect(backward).toEqual(forward);
  });

  it('R13: an exception holds the status until a newer step shows the shipment moving', () => {
    const applied = applySteps(NOTHING_YET, [
      step('departed', '02:00'),
      step('exception', '03:00', 'STOP-7'),
      step('arrived-at-hub', '08:00'),
    ]);
    expect(applied.transitions.map((t) => [t.previousStatus, t.status])).toEqual([
      [null, 'departed'],
      ['departed', 'exception'],
      ['exception', 'arrived-at-hub'],
    ]);
    expect(applied.exceptions).toHaveLength(1);
  });

  it('R13: an exception older than the current status is recorded but does not change it', () => {
    const atHub = applySteps(NOTHING_YET, [step('arrived-at-hub', '08:00')]).summary;
    const old = applySteps(atHub, [step('exception', '03:00')]);
    expect(old.summary.status).toBe('arrived-at-hub');
    expect(old.transitions).toEqual([]);
    expect(old.exceptions).toHaveLength(1);
  });

  it('R11: delivered is final: later steps and exceptions do not move it', () => {
    const delivered = applySteps(NOTHING_YET, [step('delivered', '10:00')]);
    expect(delivered.delivered).toBe(true);
    const after = applySteps(delivered.summary, [
      step('exception', '11:00'),
      step('out-for-delivery', '12:00'),
    ]);
    expect(after.summary.status).toBe('delivered');
    expect(after.transitions).toEqual([]);
    expect(after.delivered).toBe(false);
    expect(after.exceptions).toHaveLength(1);
  });

  it('R11: the last place is where the step that set the status happened', () => {
    const summary = applySteps(NOTHING_YET, [
      step('arrived-at-hub', '08:00', 'HUB-WH'),
      step('departed', '02:00', 'HUB-SH'),
    ]).summary;
    expect(summary.lastPlace).toEqual({ code: 'HUB-WH', name: 'HUB-WH' });
    expect(summary.statusAt).toEqual(new Date('2025-03-12T08:00:00Z'));
  });

  it('R26: on time means delivered by the promised time', () => {
    const promised = new Date('2025-03-15T10:00:00Z');
    expect(deliveredOnTime(new Date('2025-03-15T10:00:00Z'), promised)).toBe(true);
    expect(deliveredOnTime(new Date('2025-03-15T10:00:01Z'), promised)).toBe(false);
  });
});
