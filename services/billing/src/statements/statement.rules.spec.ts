import {
  checkDisputedLines,
  checkMarks,
  completeCheck,
  LineToCheck,
  mayAnswer,
  mayCheck,
  maySend,
  recipientOf,
} from './statement.rules';

const line = (lineId: string, podReceivedAt: string | null, podRequired = true): LineToCheck => ({
  lineId,
  waybillNo: `WB-${lineId}`,
  podRequired,
  podReceivedAt,
});

describe('R24 statement rules', () => {
  const lines = new Map([
    ['a', line('a', '2025-03-20T00:00:00Z')],
    ['b', line('b', null)],
    ['c', line('c', null, false)],
  ]);

  it('R24: the documents desk matches a line against its POD — not before the POD is back', () => {
    expect(() => checkMarks(lines, [{ lineId: 'a', mark: 'matched' }])).not.toThrow();
    expect(() => checkMarks(lines, [{ lineId: 'b', mark: 'matched' }])).toThrow(
      expect.objectContaining({ status: 409, slug: 'pod-missing' }),
    );
    expect(() => checkMarks(lines, [{ lineId: 'b', mark: 'excluded' }])).not.toThrow();
    // a shipment that needs no POD back is matched on the waybill alone
    expect(() => checkMarks(lines, [{ lineId: 'c', mark: 'matched' }])).not.toThrow();
  });

  it('R24: a line not on the draft is named (422)', () => {
    expect(() =>
      checkMarks(lines, [
        { lineId: 'a', mark: 'matched' },
        { lineId: 'x', mark: 'matched' },
      ]),
    ).toThrow(
      expect.objectContaining({
        status: 422,
        errors: [{ field: 'marks.1.lineId', message: expect.any(String) }],
      }),
    );
  });

  it('R24: the check is complete only when every line is marked', () => {
    expect(() => completeCheck(['matched', 'excluded'])).not.toThrow();
    expect(() => completeCheck(['matched', null, null])).toThrow(
      expect.objectContaining({
        slug: 'lines-unchecked',
        detail: expect.stringContaining('2 line'),
      }),
    );
  });

  it('R24: the steps go in order: check a draft, send a checked statement, answer a sent one', () => {
    expect(() => mayCheck({ status: 'draft', invoiceNo: null })).not.toThrow();
    expect(() => mayCheck({ status: 'checked', invoiceNo: null })).toThrow(
      expect.objectContaining({ slug: 'statement-not-draft' }),
    );
    expect(() => maySend({ status: 'draft', invoiceNo: null, lineCount: 1 })).toThrow(
      expect.objectContaining({ slug: 'statement-not-checked' }),
    );
    expect(() => maySend({ status: 'sent', invoiceNo: null, lineCount: 1 })).not.toThrow();
    expect(() => maySend({ status: 'checked', invoiceNo: null, lineCount: 0 })).toThrow(
      expect.objectContaining({ slug: 'statement-empty' }),
    );
    expect(() => mayAnswer({ status: 'checked', invoiceNo: null })).toThrow(
      expect.objectContaining({ slug: 'statement-not-sent' }),
    );
  });

  it('R24: a confirmation of an already-invoiced statement is refused with the invoice named (409)', () => {
    expect(() => mayAnswer({ status: 'invoiced', invoiceNo: 'INV-SH01-2025-000007' })).toThrow(
      expect.objectContaining({
        status: 409,
        slug: 'statement-already-invoiced',
        detail: expect.stringContaining('INV-SH01-2025-000007'),
      }),
    );
  });

  it('R24: disputed lines must be lines of the statement', () => {
    expect(() => checkDisputedLines([1, 2], new Set([1, 2, 3]))).not.toThrow();
    expect(() => checkDisputedLines([2, 7], new Set([1, 2, 3]))).toThrow(
      expect.objectContaining({
        status: 422,
        errors: [{ field: 'lines.1.lineNo', message: expect.any(String) }],
      }),
    );
  });

  it('R24: the statement goes to the address given, else the customer file’s, else it is refused', () => {
    expect(recipientOf('a@example.cn', 'b@example.cn', 'C-1')).toBe('a@example.cn');
    expect(recipientOf(undefined, 'b@example.cn', 'C-1')).toBe('b@example.cn');
    expect(() => recipientOf(undefined, null, 'C-1')).toThrow(
      expect.objectContaining({ slug: 'email-missing' }),
    );
  });
});
