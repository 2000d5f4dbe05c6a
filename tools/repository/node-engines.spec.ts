// The project promises Node >= 20.19 (package.json `engines`). A locked package that declares a
// range excluding that Node makes `npm ci` print EBADENGINE on a newcomer's first command, and
// may really break there. Three did (content-disposition 3, file-type 22, cookie 2): they are
// pinned back by `overrides` in package.json to the last versions that declare Node 20, and the
// second test proves the features that use them still work.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const repoRoot = join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(repoRoot, file), 'utf8'));

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

describe('Node version promised by package.json', () => {
  const promised = semver.minVersion(readJson('package.json').engines.node)!.version;

  it('is accepted by every package in package-lock.json', () => {
    const locked: Record<string, LockedPackage> = readJson('package-lock.json').packages;
    const refusing = Object.entries(locked)
      .filter(
        ([, pkg]) =>
          pkg.engines && !Array.isArray(pkg.engines) && typeof pkg.engines.node === 'string',
      )
      .filter(([, pkg]) => !semver.satisfies(promised, (pkg.engines as { node: string }).node))
      .map(
        ([where, pkg]) =>
          `${where}@${pkg.version} wants node ${(pkg.engines as { node: string }).node}`,
      );
    expect({ promised, refusing }).toEqual({ promised, refusing: [] });
  });

  it('runs what the pinned-back packages serve: downloads, injected cookies, file-type detection', () => {
    // In a plain Node process, as the services load them (file-type is ESM: Jest's module
    // system cannot import it, Node's require(esm) and import() can).
    const script = `
      const fastify = require('fastify')();
      fastify.register(require('@fastify/static'), { root: process.cwd(), serve: false });
      fastify.get('/download', (_req, reply) => reply.download('package.json', 'frachtbrief ü.json'));
      fastify.get('/cookie', (req) => req.headers.cookie);
      (async () => {
        const download = await fastify.inject('/download');
        const cookie = await fastify.inject({ url: '/cookie', cookies: { session: 'a b' } });
        const { FileTypeValidator } = require('@nestjs/common');
        const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
        const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex');
        const validator = new FileTypeValidator({ fileType: 'image/png' });
        console.log(JSON.stringify({
          disposition: download.headers['content-disposition'],
          cookie: cookie.body,
          png: await validator.isValid({ mimetype: 'image/png', buffer: png }),
          jpegClaimingPng: await validator.isValid({ mimetype: 'image/png', buffer: jpeg }),
        }));
      })().catch((error) => { console.error(error); process.exit(1); });`;
    const output = execFileSync(process.execPath, ['-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({
      disposition: `attachment; filename="frachtbrief ?.json"; filename*=UTF-8''frachtbrief%20%C3%BC.json`,
      cookie: 'session=a%20b',
      png: true,
      jpegClaimingPng: false,
    });
  });
});
