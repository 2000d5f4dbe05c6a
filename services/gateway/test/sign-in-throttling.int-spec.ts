import { bootGateway, closeGateways, DEMO_PASSWORD, Gateway, loginFrom } from './gateway.fixture';

// Decision 0023: a wrong-password flood must not lock the owner out. Each scenario has its own
// gateway (own database), since the address and global counters are shared by every account.
afterAll(closeGateways);

const WRONG = 'not-the-password';

describe('sign-in throttling by account and address', () => {
  describe('a wrong-password flood against one account', () => {
    let gateway: Gateway;
    beforeAll(async () => {
      gateway = await bootGateway({ LOGIN_MAX_FAILURES: '5', LOGIN_LOCKOUT_SECONDS: '900' });
    });

    it('locks the attacker’s address out of the account; the owner on another address still signs in', async () => {
      const attacker = '127.0.0.2';
      const answers: number[] = [];
      for (let i = 0; i < 12; i++)
        answers.push((await loginFrom(gateway, attacker, 'agent', WRONG)).status);
      expect(answers).toEqual(Array(12).fill(401));
      // the attacker now has the right password: still refused from that address, alike
      const guessed = await loginFrom(gateway, attacker, 'agent', DEMO_PASSWORD);
      expect(guessed.status).toBe(401);
      expect(guessed.body).toMatchObject({ type: 'urn:freight:problem:sign-in-refused' });

      const owner = await loginFrom(gateway, '127.0.0.3', 'agent', DEMO_PASSWORD);
      expect(owner.status).toBe(200);
      expect(owner.body).toHaveProperty('accessToken');
      // and again: the owner's success forgets nothing of the attacker's lock
      expect((await loginFrom(gateway, attacker, 'agent', DEMO_PASSWORD)).status).toBe(401);
    });
  });

  describe('one address failing across many accounts', () => {
    let gateway: Gateway;
    beforeAll(async () => {
      gateway = await bootGateway({
        LOGIN_MAX_FAILURES_PER_ADDRESS: '8',
        LOGIN_FAILURE_WINDOW_SECONDS: '600',
      });
    });

    it('is answered 429 with Retry-After for every account, while other addresses sign in', async () => {
      const attacker = '127.0.0.4';
      const accounts = [
        'agent',
        'finance',
        'dispatcher',
        'admin',
        'nobody',
        'hq-service',
        'qc-inspector',
        'general-manager',
      ];
      for (const username of accounts)
        expect((await loginFrom(gateway, attacker, username, WRONG)).status).toBe(401);

      const slowed = await loginFrom(gateway, attacker, 'warehouse-keeper', DEMO_PASSWORD);
      expect(slowed.status).toBe(429);
      expect(slowed.body).toMatchObject({
        type: 'urn:freight:problem:too-many-requests',
        status: 429,
      });
      const retryAfter = Number(slowed.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(500);
      expect(retryAfter).toBeLessThanOrEqual(600);

      expect(
        (await loginFrom(gateway, '127.0.0.5', 'warehouse-keeper', DEMO_PASSWORD)).status,
      ).toBe(200);
    });
  });

  describe('password spraying from many addresses', () => {
    let gateway: Gateway;
    beforeAll(async () => {
      gateway = await bootGateway({ LOGIN_MAX_FAILURES_GLOBAL: '10' });
    });

    it('refuses addresses that signed nobody in lately, while known addresses still sign in', async () => {
      const office = '127.0.0.6';
      expect((await loginFrom(gateway, office, 'branch-manager', DEMO_PASSWORD)).status).toBe(200);

      // one guess per account, each from another address: no account or address limit is reached
      const accounts = [
        'agent',
        'finance',
        'dispatcher',
        'admin',
        'hq-service',
        'qc-inspector',
        'general-manager',
        'documents-clerk',
        'warehouse-keeper',
        'branch-manager',
      ];
      for (const [i, username] of accounts.entries())
        expect((await loginFrom(gateway, `127.0.1.${i + 1}`, username, WRONG)).status).toBe(401);

      const stranger = await loginFrom(gateway, '127.0.2.1', 'agent', DEMO_PASSWORD);
      expect(stranger.status).toBe(429);
      expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(0);
      expect((await loginFrom(gateway, office, 'agent', DEMO_PASSWORD)).status).toBe(200);
    });
  });
});
