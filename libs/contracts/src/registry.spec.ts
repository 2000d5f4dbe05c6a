import { parse } from 'yaml';
import { renderAsyncApiYaml } from './asyncapi/asyncapi.yaml';
import {
  trackingRecordedV1Schema,
  trackingStatus,
} from './events/dispatch-tracking/dispatch.tracking.recorded.v1';
import { contractRegistry } from './registry';

describe('the contract registry', () => {
  it.each(contractRegistry.contracts.map((c) => [`${c.type} v${c.version}`, c] as const))(
    '%s: its example is valid and yields a key',
    (_, contract) => {
      const data = contract.schema.parse(contract.example);
      expect(contract.key(data)).toEqual(expect.any(String));
      expect(contract.key(data).length).toBeGreaterThan(0);
    },
  );

  it('names every type <service>.<aggregate>.<verb> (`order.placed`: the aggregate named like its service)', () => {
    for (const { type } of contractRegistry.contracts)
      expect(type).toMatch(/^[a-z]+(\.[a-z-]+)?\.[a-z-]+$/);
  });

  it('finds a contract by type and version, and the newest version without one', () => {
    expect(contractRegistry.get('billing.invoice.issued', 1).topic).toBe('billing.events');
    expect(contractRegistry.find('billing.invoice.issued')?.version).toBe(1);
    expect(contractRegistry.find('billing.invoice.issued', 2)).toBeUndefined();
    expect(() => contractRegistry.get('order.quote.teleported')).toThrow(
      'no contract for event type "order.quote.teleported"',
    );
  });
});

describe('dispatch.tracking.recorded v1 (R11, R13)', () => {
  const recorded = contractRegistry.get('dispatch.tracking.recorded', 1).example as Record<
    string,
    unknown
  >;

  it('requires an exception exactly when the status is exception', () => {
    expect(trackingRecordedV1Schema.safeParse({ ...recorded, status: 'exception' }).success).toBe(
      false,
    );
    const damaged = {
      ...recorded,
      status: 'exception',
      exception: { kind: 'damage', note: 'carton crushed' },
    };
    expect(trackingRecordedV1Schema.safeParse(damaged).success).toBe(true);
    expect(trackingRecordedV1Schema.safeParse({ ...damaged, status: 'delivered' }).success).toBe(
      false,
    );
  });

  it('names the exception field and the rule when R13 is broken', () => {
    const issues = (data: unknown) =>
      trackingRecordedV1Schema
        .safeParse(data)
        .error?.issues.map((i) => ({ path: i.path, message: i.message }));
    expect(issues({ ...recorded, status: 'exception' })).toEqual([
      { path: ['exception'], message: 'exception is required when status is "exception" (R13)' },
    ]);
    expect(
      issues({ ...recorded, status: 'delivered', exception: { kind: 'damage', note: 'x' } }),
    ).toEqual([
      {
        path: ['exception'],
        message: 'exception is allowed only when status is "exception" (R13)',
      },
    ]);
  });

  it('enforces R13 in the JSON Schema partners validate with, not only in code', () => {
    const document = parse(renderAsyncApiYaml(contractRegistry));
    const data = document.components.messages['dispatch.tracking.recorded.v1'].payload.properties
      .data as {
      oneOf: {
        properties: { status: { const?: string; enum?: string[] }; exception: object };
        required: string[];
      }[];
    };
    const statuses = data.oneOf.flatMap((branch) => {
      const { status, exception } = branch.properties;
      const values = status.enum ?? [status.const!];
      const required = branch.required.includes('exception');
      // each branch either is the exception status with the field required, or forbids the field
      if (required) expect(values).toEqual(['exception']);
      else expect(exception).toMatchObject({ not: {} });
      return values;
    });
    expect(statuses.sort()).toEqual([...trackingStatus.options].sort());
  });

  it('tolerates fields added later by dispatch (additive changes keep the version)', () => {
    expect(
      trackingRecordedV1Schema.safeParse({ ...recorded, driverPhone: '+86 139 0000 0000' }).success,
    ).toBe(true);
  });
});
