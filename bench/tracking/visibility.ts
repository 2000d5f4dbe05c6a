import { performance } from 'node:perf_hooks';
import type { KafkaClient } from '@freight/messaging';
import type { Message } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { percentile, progress } from '../lib';
import { seedShipments, stepMessage, waybills } from './workload';

// The tracking benchmark's second half: publish → visible through the gateway's timeline route.

/**
 * A steady `rate` of steps for `seconds`: load on waybills of their own, and 20 samples a second,
 * each a first step of a fresh waybill, polled through the gateway every 20 ms until its
 * timeline shows it. The first 3 s warm up and are not counted.
 */
export async function visibility(
  dataSource: DataSource,
  kafka: KafkaClient,
  topic: string,
  gatewayUrl: string,
  password: string,
  rate: number,
  seconds: number,
) {
  const load = waybills(300_000_000, 20_000);
  const samples = waybills(400_000_000, 25 * seconds);
  await seedShipments(dataSource, [...load, ...samples], 10);
  const signedIn = await fetch(`${gatewayUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'hq-service', password }),
  }).then((r) => r.json() as Promise<{ accessToken: string }>);
  const authorization = `Bearer ${signedIn.accessToken}`;
  const producer = kafka.producer();
  await producer.connect();
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const tickMs = 50;
  const perTick = Math.round((rate * tickMs) / 1000);
  const started = performance.now();
  let sent = 0;
  let sampleIndex = 0;
  progress(`publishing ${rate}/s for ${seconds} s, polling the gateway for samples`);
  try {
    for (let tick = 0; performance.now() - started < seconds * 1000; tick++) {
      const due = started + tick * tickMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const sample = samples[sampleIndex++];
      const batch: Message[] = [stepMessage(sample, 0, new Date())];
      for (let i = 0; i < perTick - 1; i++, sent++)
        batch.push(
          stepMessage(load[sent % load.length], Math.floor(sent / load.length), new Date()),
        );
      const publishedAt = performance.now();
      await producer.send({ topic, acks: -1, messages: batch });
      sent++;
      const counted = publishedAt - started > 3000;
      pending.push(
        seen(gatewayUrl, sample, authorization).then((at) => {
          if (counted) latencies.push(Math.round(at - publishedAt));
        }),
      );
    }
    const elapsed = (performance.now() - started) / 1000;
    await Promise.all(pending);
    return {
      offered: rate,
      achieved: Math.round(sent / elapsed),
      samples: latencies.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: Math.max(...latencies),
    };
  } finally {
    await producer.disconnect();
  }
}

/** When the sample's timeline first shows its step through the gateway. */
async function seen(gatewayUrl: string, waybillNo: string, authorization: string): Promise<number> {
  const until = performance.now() + 60_000;
  for (;;) {
    const response = await fetch(`${gatewayUrl}/api/v1/shipments/${waybillNo}/timeline`, {
      headers: { authorization },
    });
    if (response.ok && ((await response.json()) as { items: unknown[] }).items.length > 0)
      return performance.now();
    if (performance.now() > until) throw new Error(`${waybillNo} not visible after 60 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
