// The reports' answers as the gateway documents them (libs/contracts/src/http: order/reports.ts,
// complaint/reports.ts, complaint/fines.ts, warehouse/fines.ts, billing.ts), written by hand.
import type { Money } from '../billing/types';

/** GET /reports/agent-day (R10) */
export interface AgentDayView {
  date: string;
  items: {
    branch: string;
    agent: string;
    calls: number;
    callsByKind: Record<string, number>;
    inquiries: number;
    quotes: number;
    orders: number;
    complaints: number;
  }[];
}

export interface VolumeFigures {
  shipments: number;
  pieces: number;
  weightKg: number;
  volumeM3: number;
  revenue: Money;
}

/** GET /reports/daily-volume (R7) */
export interface DailyVolumeView {
  from: string;
  to: string;
  groupBy: 'branch' | 'customer' | 'lane';
  items: (VolumeFigures & {
    date: string;
    branch: string;
    customerId?: string;
    company?: string;
    lane?: string;
  })[];
  totals: VolumeFigures;
}

export interface BranchComplaintReport {
  branch: string;
  complaints: {
    total: number;
    solvedOnCall: number;
    important: number;
    closed: number;
    open: number;
  };
  byCause: { cause: string; label: string; count: number }[];
  firstReply: {
    medianMinutes: number | null;
    p90Minutes: number | null;
    withinDeadline: number;
    withinDeadlineShare: number | null;
  };
  resolution: { medianMinutes: number | null; p90Minutes: number | null };
  escalations: { level: number; role: string; count: number }[];
  repeatComplainants: { customerId: string | null; phone: string | null; count: number }[];
  calls: { total: number; answeredWithinDeadline: number; awaiting: number };
  fines: { amount: Money; lines: number; waived: number };
  satisfaction: { answered: number; average: number | null };
}

/** GET /reports/complaints (R20) */
export interface ComplaintReportView {
  month: string;
  items: BranchComplaintReport[];
}

/** GET /fines (R21) */
export interface ComplaintFinesView {
  month: string;
  items: {
    id: string;
    month: string;
    branch: string;
    kind: string;
    person: { username: string | null; role: string };
    complaintId: string;
    count: number;
    amount: Money;
    assessed: Money;
    explanation: string;
    companyWideNotice: boolean;
    state: 'issued' | 'waived' | 'withdrawn';
  }[];
  reviewFlags: { branch: string; username: string; reason: string; explanation: string }[];
  totals: { branch: string; amount: Money; lines: number }[];
}

/** GET /warehouse-fines (R38) */
export interface WarehouseFinesView {
  items: {
    branch: string;
    person: { userId: string; username: string; role: string };
    month: string;
    totalMinor: number;
    salaryHeld: boolean;
    lines: {
      id: string;
      reason: string;
      clause: string;
      measure: string;
      amountMinor: number;
      explanation: string;
      subject: { type: string; id: string };
      assessedAt: string;
    }[];
  }[];
}

export interface OperationsFigures {
  shipments: number;
  pieces: number;
  weightKg: number;
  revenue: Money;
  delivered: number;
  deliveredOnTime: number;
  onTimeRate: number | null;
  withException: number;
  exceptionRate: number | null;
  complaints: number;
  complaintRate: number | null;
  surveys: number;
  satisfaction: number | null;
}

/** GET /statistics/monthly (R26) */
export interface StatisticsView {
  month: string;
  items: (OperationsFigures & { branch: string })[];
  company: OperationsFigures | null;
}
