import { randomBytes } from 'node:crypto';
import type { EventContract } from '@freight/contracts';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import {
  EventPublisher,
  FakeClock,
  httpClient,
  HttpAnswer,
  HttpCall,
  ServiceUnderTest,
  startServiceForTest,
  testNamespace,
} from '@freight/testing';
import { AppModule as ComplaintModule } from '../services/complaint/src/app.module';
import { complaintConfigSchema } from '../services/complaint/src/config';
import { AppModule as GatewayModule } from '../services/gateway/src/app.module';
import { gatewayConfigSchema } from '../services/gateway/src/config';
import { configureGateway } from '../services/gateway/src/gateway.setup';
import { SseStream } from '../services/gateway/test/sse-client';
import { AppModule as SchedulerModule } from '../services/scheduler/src/app.module';
import { schedulerConfigSchema } from '../services/scheduler/src/config';

// The complaint desk as its users reach it, for the acceptance tests of R10, R12, R15–R23: the
// real complaint service behind the real gateway (and the real scheduler when deadlines matter),
// one Kafka namespace, one fake clock. Events of services not running (order, tracking) are
// published as those services would, from their contracts' examples.

export const DEMO_PASSWORD = `desk-${randomBytes(6).toString('hex')}`;

export interface Api {
  token: string;
  get(path: string): Promise<HttpAnswer>;
  post(path: string, body?: unknown, call?: HttpCall): Promise<HttpAnswer>;
  put(path: string, body: unknown): Promise<HttpAnswer>;
  /** the live stream (SSE) of this user */
  live(): Promise<SseStream>;
}

export interface ComplaintDesk {
  clock: FakeClock;
  gateway: ServiceUnderTest<ReturnType<typeof gatewayConfigSchema.parse>>;
  complaint: ServiceUnderTest<ReturnType<typeof complaintConfigSchema.parse>>;
  scheduler?: ServiceUnderTest<ReturnType<typeof schedulerConfigSchema.parse>>;
  /** a signed-in user: the demo users are named after their role (SH01, or HQ) */
  as(username: string, password?: string): Promise<Api>;
  /** an unsigned caller (the public, tokenised routes) */
  anonymous: ReturnType<typeof httpClient>;
  /** another service's event, on its topic in this namespace: the contract's example overridden */
  publish<C extends EventContract>(contract: C, data: Partial<C['example']>): Promise<void>;
  stop(): Promise<void>;
}

export async function startComplaintDesk(
  options: { scheduler?: boolean; start?: string; env?: Record<string, string> } = {},
): Promise<ComplaintDesk> {
  const namespace = testNamespace();
  const clock = new FakeClock(options.start ?? new Date());
  const streams: SseStream[] = [];
  const scheduler = options.scheduler
    ? await startServiceForTest({
        service: 'scheduler',
        configSchema: schedulerConfigSchema,
        appModule: (c) => SchedulerModule.register(c),
        namespace,
        clock,
        env: { DEADLINE_POLL_MS: '100' },
        logLevel: 'warn',
      })
    : undefined;
  const complaint = await startServiceForTest({
    service: 'complaint',
    configSchema: complaintConfigSchema,
    appModule: (c) => ComplaintModule.register(c),
    namespace,
    clock,
    env: { MAIL_POLL_MS: '100', ...options.env },
    logLevel: 'warn',
  });
  const gateway = await startServiceForTest({
    service: 'gateway',
    configSchema: gatewayConfigSchema,
    appModule: (c) => GatewayModule.register(c),
    configure: (c) => configureGateway(c),
    namespace,
    clock,
    logLevel: 'warn',
    env: {
      COMPLAINT_URL: complaint.url,
      ...(scheduler ? { SCHEDULER_URL: scheduler.url } : {}),
      DEMO_DATA: 'true',
      DEMO_PASSWORD,
      JWT_SECRET: `desk-secret-${randomBytes(16).toString('hex')}`,
      RATE_LIMIT_PER_USER: '100000',
      RATE_LIMIT_PER_IP: '100000',
    },
  });
  const http = httpClient(gateway.url);
  const tokens = new Map<string, string>();
  const publisher = new EventPublisher(complaint.app.get(KafkaClient));

  const as = async (username: string, password = DEMO_PASSWORD): Promise<Api> => {
    let token = tokens.get(username);
    if (!token) {
      const signedIn = await http('POST', '/api/v1/auth/login', { body: { username, password } });
      if (signedIn.status !== 200) throw new Error(`sign-in of ${username}: ${signedIn.status}`);
      token = signedIn.body.accessToken as string;
      tokens.set(username, token);
    }
    const bearer = token;
    return {
      token: bearer,
      get: (path) => http('GET', path, { token: bearer }),
      post: (path, body, call) => http('POST', path, { token: bearer, body: body ?? {}, ...call }),
      put: (path, body) => http('PUT', path, { token: bearer, body }),
      live: async () => {
        const stream = await SseStream.open(`${gateway.url}/api/v1/live`, {
          authorization: `Bearer ${bearer}`,
        });
        streams.push(stream);
        return stream;
      },
    };
  };

  return {
    clock,
    gateway,
    complaint,
    scheduler,
    as,
    anonymous: http,
    publish: async (contract, data) => {
      const full = { ...(contract.example as object), ...(data as object) };
      const envelope = createEnvelope({
        source: `/freight/${contract.type.split('.')[0]}`,
        type: contract.type,
        subject: contract.key(contract.schema.parse(full)),
        data: full,
        time: clock.now(),
      });
      await publisher.publish(namespaced(namespace, contract.topic), [envelope]);
    },
    stop: async () => {
      for (const stream of streams) await stream.close();
      await publisher.close();
      await gateway.stop();
      await complaint.stop();
      await scheduler?.stop();
    },
  };
}

/** A user the admin creates in another branch (the demo's branch staff are SH01's). */
export async function createUser(
  desk: ComplaintDesk,
  user: { username: string; role: string; branchCode: string },
): Promise<Api> {
  const admin = await desk.as('admin');
  const password = 'a-long-password-1';
  const created = await admin.post('/api/v1/admin/users', {
    ...user,
    displayName: user.username,
    password,
  });
  if (created.status !== 201)
    throw new Error(`user ${user.username}: ${created.status} ${created.text}`);
  return desk.as(user.username, password);
}
