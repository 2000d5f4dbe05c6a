import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as prettier from 'prettier';
import { repoRoot } from './repo-root';

export type Row = Record<string, string | number>;

/** Writes the benchmark's one stdout line: its result as JSON, `bench` first. */
export function emitResult(bench: string, figures: Record<string, number | string>): void {
  process.stdout.write(`${JSON.stringify({ bench, ...figures })}\n`);
}

/** CPU model, cores, memory, OS and Node version: what a figure depends on. */
export function machineInfo(): string {
  const cpus = os.cpus();
  const model = (cpus[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
  const memoryGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${model}, ${cpus.length} cores, ${memoryGiB} GiB, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
}

const cell = (value: string | number) =>
  String(typeof value === 'number' ? value.toLocaleString('en-US') : value).replace(/\|/g, '\\|');

const tableRow = (values: (string | number)[]) => `| ${values.map(cell).join(' | ')} |`;

/**
 * Appends a row dated today, with the machine, to the table under `## <bench>` in
 * docs/benchmarks.md; creates the section (heading, intro, table header) when it is missing.
 * The row's keys are the table's columns, in order. The file is then formatted with the
 * repository's Prettier settings, so `format:check` stays green after a run.
 */
export async function recordRow(bench: string, row: Row, intro: string): Promise<string> {
  const file = path.join(repoRoot(), 'docs', 'benchmarks.md');
  const full: Row = { date: new Date().toISOString().slice(0, 10), machine: machineInfo(), ...row };
  const line = tableRow(Object.values(full));
  const lines = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8').replace(/\n+$/, '').split('\n')
    : ['# Benchmarks'];

  const heading = lines.indexOf(`## ${bench}`);
  if (heading === -1) {
    const columns = Object.keys(full);
    const align = columns.map((c) => (typeof full[c] === 'number' ? '---:' : '---'));
    lines.push(
      '',
      `## ${bench}`,
      '',
      intro,
      '',
      tableRow(columns),
      `| ${align.join(' | ')} |`,
      line,
    );
  } else {
    const end = lines.findIndex((l, i) => i > heading && l.startsWith('## '));
    const sectionEnd = end === -1 ? lines.length : end;
    let lastTableLine = -1;
    for (let i = heading + 1; i < sectionEnd; i++) if (lines[i].startsWith('|')) lastTableLine = i;
    if (lastTableLine === -1)
      throw new Error(`docs/benchmarks.md: section "## ${bench}" has no table to append to`);
    lines.splice(lastTableLine + 1, 0, line);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = `${lines.join('\n')}\n`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  return file;
}
