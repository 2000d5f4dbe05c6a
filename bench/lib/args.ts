export interface BenchArgs {
  /** a smaller run for a quick check; not recorded unless --record */
  quick: boolean;
  /** whether to append the result to docs/benchmarks.md */
  record: boolean;
  /** `--name value` and `--name=value` flags, by name */
  values: Map<string, string>;
}

/** Parses `--quick`, `--record`, `--no-record` and `--name value` / `--name=value`. */
export function parseBenchArgs(argv: string[] = process.argv.slice(2)): BenchArgs {
  const values = new Map<string, string>();
  let quick = false;
  let record: boolean | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--record') record = true;
    else if (arg === '--no-record') record = false;
    else if (arg.startsWith('--') && arg.includes('='))
      values.set(arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1));
    else if (arg.startsWith('--') && i + 1 < argv.length) values.set(arg.slice(2), argv[++i]);
    else throw new Error(`unknown argument "${arg}"`);
  }
  return { quick, record: record ?? !quick, values };
}

/** A positive integer flag, or the fallback when absent. */
export function intFlag(args: BenchArgs, name: string, fallback: number): number {
  const raw = args.values.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}
