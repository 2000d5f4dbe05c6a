import { DEMO_BRANCHES, DEMO_CUSTOMERS, type DemoCustomer } from '@freight/contracts';
import type { ActorRef } from '../shared/actor';

// Who works the complaint desks in the demo (the shared demo cast's branches and customers).
// SH01's people are the gateway's demo users (agent, branch-manager, hq-service); the other
// branches' staff have no sign-in, they appear on records, rosters and fines.

export interface DemoDesk {
  branch: string;
  /** who takes the calls: the first registers the complaints */
  agents: ActorRef[];
  manager: ActorRef;
  /** whom the branch manager finds at fault (R21) */
  atFault: [string, string];
  customers: DemoCustomer[];
}

const agent = (username: string): ActorRef => ({
  userId: `demo-${username}`,
  username,
  role: 'agent',
});
const manager = (username: string): ActorRef => ({
  userId: `demo-${username}`,
  username,
  role: 'branch-manager',
});

export const DEMO_HQ_SERVICE: ActorRef = {
  userId: 'demo-hq-service',
  username: 'hq-service',
  role: 'hq-service',
};

const STAFF: Record<string, Omit<DemoDesk, 'branch' | 'customers'>> = {
  SH01: {
    agents: [agent('agent'), agent('li.ming')],
    manager: manager('branch-manager'),
    atFault: ['li.ming', 'zhao.lei'],
  },
  GZ01: {
    agents: [agent('chen.hui'), agent('wu.jie')],
    manager: manager('gz.manager'),
    atFault: ['wu.jie', 'huang.bo'],
  },
  WH01: {
    agents: [agent('liu.fang'), agent('song.tao')],
    manager: manager('wh.manager'),
    atFault: ['song.tao', 'xu.lan'],
  },
};

export const DEMO_DESKS: DemoDesk[] = DEMO_BRANCHES.map((b) => ({
  branch: b.code,
  ...STAFF[b.code],
  customers: DEMO_CUSTOMERS.filter((c) => c.branch === b.code),
}));
