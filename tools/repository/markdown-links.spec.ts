// Every relative link of the project's documentation resolves to a file or folder inside the
// repository: a clone has nothing beside it, so a link out of the repository is dead there.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const repoRoot = join(__dirname, '..', '..');

/** Every Markdown file of the repository (README.md, docs/**, the libs' READMEs), tracked or new. */
function documentationFiles(): string[] {
  const tracked = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  return tracked
    .split('\n')
    .filter((file) => file.endsWith('.md') && existsSync(join(repoRoot, file)));
}

/** The targets of inline links `[text](target)` and reference definitions `[id]: target`, outside code. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '') // fenced code blocks
    .replace(/`[^`\n]*`/g, ''); // inline code spans
  const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const references = [
    ...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm),
  ].map((m) => m[1]);
  return [...inline, ...references];
}

const isExternal = (target: string) =>
  /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

describe('documentation links', () => {
  it('finds the links of a page, but none inside code', () => {
    const page = [
      'See [the rules](docs/domain.md#r3) and [home](https://example.com).',
      '`[not](a-link.md)` and',
      '```',
      '[not](either.md)',
      '```',
      '[ref]: ./decisions/ "title"',
    ].join('\n');
    expect(linkTargets(page)).toEqual(['docs/domain.md#r3', 'https://example.com', './decisions/']);
  });

  const files = documentationFiles();
  it('checks README.md and docs/', () => {
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'docs/domain.md', 'docs/architecture.md']),
    );
  });

  it.each(files)(
    '%s: every relative link points to an existing file inside the repository',
    (file) => {
      const broken = linkTargets(readFileSync(join(repoRoot, file), 'utf8'))
        .filter((target) => !isExternal(target) && !target.startsWith('#'))
        .filter((target) => {
          const path = decodeURIComponent(target.split('#')[0].split('?')[0]);
          const resolved = resolve(dirname(join(repoRoot, file)), path);
          const inside = relative(repoRoot, resolved);
          const outside = inside.startsWith('..') || inside.split(sep).includes('node_modules');
          return outside || !existsSync(resolved);
        });
      expect({ file, broken }).toEqual({ file, broken: [] });
    },
  );
});
