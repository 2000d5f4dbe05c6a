import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasWithoutId } from '@asyncapi/specs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { contractRegistry } from '../registry';
import { renderAsyncApiYaml } from './asyncapi.yaml';

const checkedIn = join(__dirname, '../../../../docs/asyncapi.yaml');

describe('docs/asyncapi.yaml', () => {
  it('is what the registry generates today (run `npm run contracts:asyncapi` when this fails)', () => {
    expect(readFileSync(checkedIn, 'utf8')).toBe(renderAsyncApiYaml(contractRegistry));
  });

  it('describes every topic of the registry as a channel with its messages', () => {
    const document = parse(renderAsyncApiYaml(contractRegistry));
    expect(document.asyncapi).toBe('3.0.0');
    const addresses = Object.values(document.channels as Record<string, { address: string }>).map(
      (c) => c.address,
    );
    expect(addresses.sort()).toEqual(contractRegistry.topics());
    expect(Object.keys(document.components.messages).sort()).toEqual(
      contractRegistry.contracts.map((c) => `${c.type}.v${c.version}`).sort(),
    );
  });

  it("is valid by the AsyncAPI 3.0 specification's own JSON Schema, as partners' tools check it", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schemasWithoutId['3.0.0']);
    validate(parse(renderAsyncApiYaml(contractRegistry)));
    expect(validate.errors ?? []).toEqual([]);
  });
});
