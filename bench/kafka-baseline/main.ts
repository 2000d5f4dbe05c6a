// npm run bench -- kafka-baseline [--quick] [--messages N] [--batch N] [--no-record]
import {
  emitResult,
  intFlag,
  parseBenchArgs,
  progress,
  recordRow,
  withInfrastructure,
} from '../lib';
import { runKafkaBaseline } from './baseline';

const BENCH = 'kafka-baseline';
const INTRO =
  'Raw kafkajs 2.2.4 on one local broker, 1 KB messages, a 6-partition topic: produce with an idempotent ' +
  'producer (acks=-1) in `sendBatch` calls of 1000, then consume everything in a fresh group with ' +
  '`eachMessage`, and again in another fresh group with `eachBatch` (kafkajs defaults otherwise). ' +
  'Figures are messages per second; consume times include joining the group.';

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const messages = intFlag(args, 'messages', args.quick ? 50_000 : 200_000);
  const batchSize = intFlag(args, 'batch', 1000);

  const result = await withInfrastructure(async (infrastructure) => {
    const figures = await runKafkaBaseline(infrastructure.kafkaBrokers, {
      messages,
      batchSize,
      messageBytes: 1024,
    });
    return { figures, source: infrastructure.source };
  });
  const { figures, source } = result;

  process.stderr.write(
    `${BENCH}: produce ${figures.produce_per_s.toLocaleString('en-US')}/s · eachMessage ` +
      `${figures.consume_each_message_per_s.toLocaleString('en-US')}/s · eachBatch ` +
      `${figures.consume_each_batch_per_s.toLocaleString('en-US')}/s (${messages.toLocaleString('en-US')} × 1 KB, ${source})\n`,
  );
  if (args.record) {
    const file = await recordRow(
      BENCH,
      {
        messages,
        'produce/s': figures.produce_per_s,
        'consume eachMessage/s': figures.consume_each_message_per_s,
        'consume eachBatch/s': figures.consume_each_batch_per_s,
        infrastructure: source,
      },
      INTRO,
    );
    progress(`recorded in ${file}`);
  }
  emitResult(BENCH, { ...figures });
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${BENCH} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
