import { KafkaClient } from '@freight/messaging';
import { simulateDispatch } from './dispatch-simulator';

const usage = `usage: npm run simulate -- dispatch [--rate N] [--bad] [--seed N]
  plays the dispatch system for the open orders (learnt from order.events and tracking.events)
  --rate N   events per second (default 5)
  --bad      also send a malformed message and an impossible waybill number (they go to dispatch.tracking.dlq)
  --seed N   the same seed plays the same show (default: random)
  brokers from KAFKA_BROKERS (default 127.0.0.1:9092), topics in KAFKA_NAMESPACE when set`;

/** `npm run simulate -- dispatch …` (scripts/simulate.js): returns the exit code. */
export async function runSimulatorCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  out: (line: string) => void,
): Promise<number> {
  const [what, ...flags] = args;
  const rate = Number(valueOf(flags, '--rate') ?? 5);
  const seed = Number(valueOf(flags, '--seed') ?? Math.floor(Math.random() * 2 ** 31));
  if (what !== 'dispatch' || !(rate > 0 && rate <= 10_000) || !Number.isInteger(seed)) {
    out(usage);
    return 2;
  }
  const brokers = (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const kafka = new KafkaClient({ brokers, clientId: 'dispatch-simulator' });
  try {
    out(`dispatch simulator: brokers ${brokers.join(',')}, seed ${seed}`);
    await simulateDispatch({
      kafka,
      namespace: env.KAFKA_NAMESPACE || undefined,
      rate,
      bad: flags.includes('--bad'),
      seed,
      log: out,
    });
    return 0;
  } finally {
    await kafka.disconnect();
  }
}

function valueOf(flags: string[], name: string): string | undefined {
  const i = flags.indexOf(name);
  return i >= 0 ? flags[i + 1] : undefined;
}
