// The warehouse service's views as the gateway answers them (libs/contracts/src/http/warehouse/*),
// the part the console reads. Money is in fen (CNY minor units), times are UTC instants.

export interface Staff {
  userId: string;
  username: string;
  role: string;
}

export interface TrailEntry {
  step: string;
  by: Staff;
  at: string;
  note?: string;
}

/** What every form's view starts with (formHeader). */
export interface FormRecord {
  id: string;
  branch: string;
  status: string;
  createdAt?: string;
  createdBy?: Staff;
  trail?: TrailEntry[];
}

export interface Inspection {
  result: string;
  reportNo: string;
  findings: string | null;
  by: Staff;
  at: string;
}

export interface InboundSlip extends FormRecord {
  receivingUnit: string | null;
  slipDate: string | null;
  lines: {
    drawingNo: string | null;
    name: string | null;
    specification: string | null;
    quantity: number | null;
    unitPriceMinor: number | null;
    amountMinor: number | null;
    labourHours: number | null;
  }[];
  approvalId: string;
  directorSignature: { by: Staff; at: string } | null;
  inspection: Inspection | null;
  receipt: { by: Staff; at: string; movementSeqs: number[] } | null;
}

export interface QcClearance extends FormRecord {
  itemCode: string;
  quantity: number;
  remainingQuantity: number;
  result: string;
  reportNo: string;
  findings: string | null;
  inspectedBy: Staff;
  inspectedAt: string;
}

export interface Sale extends FormRecord {
  kind: 'contract' | 'retail';
  buyer: { name: string; customerId: string | null; contact: string | null; phone: string | null };
  lines: {
    itemCode: string;
    name: string;
    unit: string;
    quantity: number;
    unitPriceMinor: number;
    amountMinor: number;
    qcClearanceId: string;
    belowMinimum: boolean;
  }[];
  totalMinor: number;
  note: string | null;
  priceApprovalId: string | null;
  gatePassId: string | null;
  issueList: {
    no: string;
    signedBy: { name: string; title: string | null } | null;
    signedOn: string | null;
    returnedAt: string | null;
    handedToFinanceAt: string | null;
  };
  issuedAt: string | null;
  leftAt: string | null;
  settlement: { invoiceNo: string; amountMinor: number; settledAt: string; late: boolean } | null;
  overdue: string[];
}

export interface GatePass extends FormRecord {
  document: { type: string; id: string };
  basis: string;
  payment: {
    kind: 'paid' | 'arranged';
    receiptNo: string | null;
    amountMinor: number | null;
    reference: string | null;
  } | null;
  lines: { itemCode: string; quantity: number }[];
  issuedBy: Staff;
  issuedAt: string;
  goodsIssuedAt: string | null;
  leftAt: string | null;
  exitId: string | null;
}

export interface GateExit extends FormRecord {
  gatePassId: string | null;
  withoutGatePass: boolean;
  vehicle: string | null;
  carrier: string | null;
  description: string | null;
  guard: Staff;
  recordedBy: Staff;
  at: string;
  fineId: string | null;
}

export interface Return extends FormRecord {
  saleId: string | null;
  buyer: { name: string; customerId: string | null };
  returnedOn: string;
  lines: { itemCode: string; quantity: number; reason: string }[];
  inspection: Inspection | null;
  handlingReport: { proposal: string; disposition: string; by: Staff; at: string } | null;
  approvalId: string | null;
  bookedAt: string | null;
  bookedLate: boolean;
  accounting: { reference: string; by: Staff; at: string } | null;
}

export interface PurchaseReceipt extends FormRecord {
  noticeNo: string;
  supplier: string;
  purchaser: string;
  lines: { itemCode: string; quantity: number }[];
  inspection: Inspection | null;
}

export interface Requisition extends FormRecord {
  purpose: 'production' | 'outside-sale' | 'after-sales';
  workshop: string | null;
  planRef: string | null;
  use: string;
  custody: boolean;
  buyer: { name: string; customerId: string | null } | null;
  lines: {
    itemCode: string;
    name: string;
    unit: string;
    quantity: number;
    bookValueMinor: number | null;
  }[];
  approvalId: string;
  approver: Staff | null;
  gatePassId: string | null;
  issuedAt: string | null;
  issuer: Staff | null;
}

export interface EntrustedRequisition extends FormRecord {
  processor: string;
  purpose: string;
  lines: { itemCode: string; name: string; quantity: number; amountMinor: number }[];
  approvalId: string;
  gatePassId: string | null;
}

export interface Approval extends FormRecord {
  kind: string;
  rule: string;
  subject: { type: string; id: string };
  summary: string;
  amountMinor: number | null;
  requestedBy: Staff;
  requestedAt: string;
  decidedBy: Staff | null;
  decidedAt: string | null;
  note: string | null;
  approvers: { role: string; upToMinor: number | null }[];
}

export interface StockCard {
  branch: string;
  itemCode: string;
  name: string;
  category: string;
  unit: string;
  quantity: number;
  valueMinor: number;
  averageUnitCostMinor: number | null;
  lastMovedAt: string | null;
}

export interface Movement {
  seq: number;
  itemCode: string;
  kind: string;
  entry: 'normal' | 'provisional' | 'red-reversal' | 'virtual';
  quantity: number;
  valueMinor: number;
  balanceQuantity: number;
  balanceValueMinor: number;
  document: { type: string; id: string; line: number };
  reversesSeq: number | null;
  memo: string;
  documentDate: string;
  bookedAt: string;
  bookedBy: Staff;
}

export const ITEM_CATEGORIES = ['finished-goods', 'raw-material', 'spare-part', 'packaging'];

/** ¥1,234.50 from fen; a dash for nothing. */
export function yuan(minor: number | null | undefined): string {
  if (minor === null || minor === undefined) return '—';
  const sign = minor < 0 ? '-' : '';
  return `${sign}¥${(Math.abs(minor) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
