import { FieldProblem } from '@freight/platform';
import {
  EmailMissing,
  LinesUnchecked,
  PodMissing,
  StatementAlreadyInvoiced,
  StatementEmpty,
  StatementStateConflict,
  StatementStatus,
} from './statement.errors';
import { FieldsRefused } from '../shared/fields-refused';

// R24's steps as rules: the documents desk checks a draft line by line against the PODs, the
// checked statement is sent, the customer confirms or disputes lines, and the confirmation
// issues the invoice. Each rule names what it refuses; the handlers only load and save.

export interface StatementState {
  status: StatementStatus;
  invoiceNo: string | null;
}

const requireStatus = (
  statement: StatementState,
  wanted: StatementStatus[],
  what: string,
): void => {
  if (wanted.includes(statement.status)) return;
  if (statement.status === 'invoiced') throw new StatementAlreadyInvoiced(statement.invoiceNo);
  throw new StatementStateConflict(
    `statement-not-${wanted[0]}`,
    `the statement is ${statement.status}: ${what} needs it ${wanted.join(' or ')}`,
  );
};

/** The documents desk marks lines only while the statement is a draft. */
export const mayCheck = (s: StatementState) => requireStatus(s, ['draft'], 'checking');

export const maySend = (s: StatementState & { lineCount: number }) => {
  requireStatus(s, ['checked', 'sent'], 'sending');
  if (s.lineCount === 0) throw new StatementEmpty();
};

/** The customer answers (or the agent records the answer) once the statement was sent. */
export const mayAnswer = (s: StatementState) => requireStatus(s, ['sent'], 'an answer');

export interface LineToCheck {
  lineId: string;
  waybillNo: string;
  podRequired: boolean;
  podReceivedAt: Date | string | null;
}

/**
 * R24: a line is `matched` against its POD — so a shipment whose POD must come back cannot be
 * matched before it did; the desk excludes it instead, and it goes on next month's statement.
 */
export function checkMarks(
  lines: ReadonlyMap<string, LineToCheck>,
  marks: readonly { lineId: string; mark: 'matched' | 'excluded' }[],
): void {
  const unknown: FieldProblem[] = marks.flatMap((m, i) =>
    lines.has(m.lineId)
      ? []
      : [{ field: `marks.${i}.lineId`, message: 'not a line of this draft statement' }],
  );
  if (unknown.length > 0) throw new FieldsRefused('line(s) not on this statement', unknown);
  const withoutPod = marks
    .filter((m) => m.mark === 'matched')
    .map((m) => lines.get(m.lineId)!)
    .filter((l) => l.podRequired && !l.podReceivedAt)
    .map((l) => l.waybillNo);
  if (withoutPod.length > 0) throw new PodMissing([...new Set(withoutPod)]);
}

/** The check is complete when every line carries a mark. */
export function completeCheck(marks: readonly (string | null)[]): void {
  const unmarked = marks.filter((m) => m === null).length;
  if (unmarked > 0) throw new LinesUnchecked(unmarked);
}

/** The address a statement goes to: the one the agent gives, else the customer file's. */
export function recipientOf(given: string | undefined, onFile: string | null, customerId: string) {
  const email = given ?? onFile;
  if (!email) throw new EmailMissing(customerId);
  return email;
}

/** Disputed line numbers must be lines of the statement (422 naming each). */
export function checkDisputedLines(lineNos: readonly number[], existing: ReadonlySet<number>) {
  const unknown = lineNos.flatMap((lineNo, i) =>
    existing.has(lineNo)
      ? []
      : [{ field: `lines.${i}.lineNo`, message: `line ${lineNo} is not on this statement` }],
  );
  if (unknown.length > 0) throw new FieldsRefused('line(s) not on this statement', unknown);
}
