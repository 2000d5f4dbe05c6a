// What the caller's story reads (order, tracking, complaint, billing through the gateway),
// written by hand and only the fields shown.

export interface Money {
  amountMinor: number;
  currency: string;
}

export interface Customer {
  customerId: string;
  branch: string;
  company: string;
  contacts: { name: string; phone: string; email?: string }[];
  addresses: { city?: string; district?: string; street?: string }[];
  billingTerms: { kind: 'monthly' | 'cash'; creditDays: number };
  email?: string;
}

export interface Inquiry {
  inquiryId: string;
  status: string;
  company: string;
  contact: { name: string; phone?: string };
  receivedAt: string;
  answerDueAt: string | null;
  deadlineId: string;
  quote?: { quoteId?: string; status?: string; validUntil?: string; price?: { total?: Money } };
}

export interface OrderSummary {
  orderId: string;
  waybillNo: string;
  status: string;
  lane: { origin: string; destination: string };
  placedAt: string;
  promisedDeliveryAt: string;
  consignee: string;
  total: Money;
}

export interface Charge {
  waybillNo: string;
  placedAt: string | null;
  paymentTerms: string | null;
  billingPeriod: string | null;
  total: Money;
}

export interface StatementSummary {
  id: string;
  period: string;
  status: string;
  total: Money;
  disputedLines: number;
}

export interface Account {
  open: Money;
  overdue: Money;
  credit: Money;
}

type Part<T> = { available: true; data: T | null } | { available: false; reason: string };

/** GET /waybills/{no}: order, timeline, exceptions, POD, complaints, charges */
export interface WaybillView {
  waybillNo: string;
  branch: string | null;
  parts: {
    order: Part<{
      orderId: string;
      status: string;
      customer: { customerId: string; company: string };
      lane: { origin: string; destination: string };
    }>;
    tracking: Part<{
      timeline: {
        status: string;
        occurredAt: string;
        place: { name: string };
        exception: { kind: string; note: string } | null;
      }[];
      exceptions: {
        id: string;
        kind: string;
        note: string;
        state: string;
        assignedRole: string;
        escalationLevel: number;
        raisedAt: string;
      }[];
      pod: { state: string; deliveredAt: string; chaseDueAt: string } | null;
    }>;
    complaints: Part<{ items: Record<string, unknown>[] }>;
    charges: Part<{ items: Record<string, unknown>[] }>;
  };
}
