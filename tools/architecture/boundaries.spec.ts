import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

// The lint step enforces the architecture's boundaries (conventions.md, Layout). This spec runs
// the real ESLint CLI on probe files placed inside the projects, importing real modules.
const root = path.resolve(__dirname, '../..');
const services = readdirSync(path.join(root, 'services')).sort();

function lint(filePath: string, source: string): string {
  const eslint = path.join(
    path.dirname(require.resolve('eslint/package.json', { paths: [root] })),
    'bin/eslint.js',
  );
  const result = spawnSync(process.execPath, [eslint, '--stdin', '--stdin-filename', filePath], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
  return result.stdout + result.stderr;
}

describe('module boundaries', () => {
  const [service, other] = services;

  it('has at least two services to check', () => {
    expect(services.length).toBeGreaterThanOrEqual(2);
  });

  it('fails the lint when a service imports another service', () => {
    const output = lint(
      `services/${service}/src/probe.ts`,
      `import * as other from '../../${other}/src/main';\nexport const probe = other;\n`,
    );
    expect(output).toContain('a service never imports another service');
  });

  it('fails the lint when a lib imports a service', () => {
    const output = lint(
      'libs/messaging/src/probe.ts',
      `import * as svc from '../../../services/${service}/src/main';\nexport const probe = svc;\n`,
    );
    expect(output).toContain('libs never import services');
  });

  it('lets a service import libs and its own modules', () => {
    const output = lint(
      `services/${service}/src/probe.ts`,
      `import { KafkaClient } from '@freight/messaging';\nimport * as own from './main';\nexport const probe = [KafkaClient, own];\n`,
    );
    expect(output).not.toContain('boundaries/dependencies');
  });
});
