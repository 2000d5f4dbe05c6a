import { KafkaClient } from '../kafka-client';
import { listDeadLetters, replayDeadLetters } from './dead-letter-inspector';

const usage =
  'usage: npm run dlq -- list|replay <topic>   (brokers from KAFKA_BROKERS, default 127.0.0.1:9092)';

/**
 * `npm run dlq -- list <topic>` prints the dead letters of `<topic>.dlq` with their headers;
 * `npm run dlq -- replay <topic>` re-publishes those not yet replayed to their original topic.
 * Returns the process exit code.
 */
export async function runDeadLetterCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  out: (line: string) => void,
): Promise<number> {
  const [command, topic] = args;
  if (!topic || (command !== 'list' && command !== 'replay')) {
    out(usage);
    return 2;
  }
  const brokers = (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const kafka = new KafkaClient({ brokers, clientId: 'ops.dlq-cli' });
  try {
    if (command === 'replay') {
      out(`replayed ${await replayDeadLetters(kafka, topic)} dead letters of ${topic}`);
      return 0;
    }
    const letters = await listDeadLetters(kafka, topic);
    for (const letter of letters) out(JSON.stringify(letter));
    out(
      `${letters.length} dead letters, ${letters.filter((l) => !l.replayed).length} not replayed`,
    );
    return 0;
  } finally {
    await kafka.disconnect();
  }
}
