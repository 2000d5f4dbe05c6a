// The complaint desk's answers (libs/contracts/src/http/complaint/*), written by hand: the console
// bundle does not pull zod and the contracts in.

export const CALL_KINDS = ['inquiry', 'complaint', 'cargo-lookup', 'internal', 'other'] as const;
export type CallKind = (typeof CALL_KINDS)[number];
export const REPLY_CHANNELS = ['phone', 'sms', 'email', 'visit'] as const;
export const OPINION_VERDICTS = ['satisfied', 'accepted', 'dissatisfied'] as const;
export const COMPLAINT_STATES = ['open', 'replied', 'closed'] as const;

export interface Actor {
  userId: string;
  username: string;
  role: string;
}

export interface Assignee {
  role: string;
  username: string | null;
  level: number;
}

export interface CargoLookup {
  shipDate: string;
  waybillNo?: string;
  origin: string;
  destination: string;
  packaging?: string;
  cargoFeatures?: string;
  shortage?: string;
}

/** GET /calls/{id} (R15, R16, R12) */
export interface CallView {
  id: string;
  branch: string;
  kind: CallKind;
  caller: { name: string | null; phone: string | null };
  customer: { customerId: string; company: string | null } | null;
  agent: Actor;
  summary: string;
  outcome: string | null;
  startedAt: string;
  endedAt: string | null;
  important: boolean;
  passedToManager: boolean;
  answer: {
    state: 'answered-on-call' | 'awaiting' | 'answered';
    dueAt: string | null;
    answeredAt: string | null;
    answeredBy: Actor | null;
    text: string | null;
    withinDeadline: boolean | null;
  };
  assignee: Assignee;
  cargo:
    | (CargoLookup & {
        order: {
          orderId: string;
          waybillNo: string;
          customerId: string;
          origin: string;
          destination: string;
          placedAt: string;
          cancelled: boolean;
        } | null;
      })
    | null;
  complaintId: string | null;
}

export interface ComplaintStep {
  at: string;
  kind: string;
  by: Actor | null;
  text: string;
}

/** GET /complaints (the register's lines) */
export interface ComplaintSummary {
  id: string;
  branch: string;
  state: (typeof COMPLAINT_STATES)[number];
  round: number;
  caller: { name: string | null; phone: string | null };
  customerId: string | null;
  waybillNo: string | null;
  cause: string;
  important: boolean;
  solvedOnCall: boolean;
  registeredAt: string;
  replyDueAt: string | null;
  firstRepliedAt: string | null;
  closedAt: string | null;
  assignee: Assignee;
}

/** GET /complaints/{id}: the register (R18) */
export interface ComplaintView extends ComplaintSummary {
  callId: string | null;
  customer: { customerId: string; company: string | null } | null;
  orderId: string | null;
  description: string;
  customerRequest: string;
  registeredBy: Actor;
  repliedWithinDeadline: boolean | null;
  result: string | null;
  customerOpinion: { verdict: (typeof OPINION_VERDICTS)[number]; comment?: string } | null;
  ladder: { level: number; role: string; after: string }[];
  escalations: {
    round: number;
    level: number;
    role: string;
    assignee: string | null;
    raisedAt: string;
  }[];
  steps: ComplaintStep[];
  staffAtFault: { username: string; name: string | null }[];
  managerNeglect: { manager: string | null; coordinator: string | null; at: string } | null;
  hqAnnotations?: ComplaintStep[];
  /** R23: present in the answer that closed it */
  survey?: { surveyId: string; link: string; expiresAt: string };
}

/** GET /complaint-causes (R18) */
export interface Cause {
  code: string;
  label: string;
  active: boolean;
}
