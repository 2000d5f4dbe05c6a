import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/fake-gateway';
import { StatementDetail } from './StatementDetail';
import { problem, renderAs } from './test-support';
import type { StatementLine, StatementView } from './types';

// antd's tables are slow to render in jsdom on a busy machine
configure({ asyncUtilTimeout: 10_000 });

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const line = (n: number, podBack: boolean): StatementLine => ({
  lineId: `00000000-0000-4000-8000-00000000000${n}`,
  lineNo: null,
  waybillNo: `SH90000010${n}`,
  serviceDate: '2025-03-0' + n,
  code: 'freight',
  description: 'Freight SH→WH',
  amount: cny(100_00 * n),
  taxRate: 0.09,
  tax: cny(9_00 * n),
  pod: { required: true, receivedAt: podBack ? '2025-03-10T02:00:00Z' : null },
  deliveredAt: '2025-03-09T02:00:00Z',
  check: null,
  dispute: null,
  invoiceLineNo: null,
});

const draft: StatementView = {
  id: '11111111-1111-4111-8111-111111111111',
  branch: 'SH01',
  customer: { customerId: 'CUST-SH-0001', name: '华阳化工' },
  period: '2025-03',
  status: 'draft',
  lineCount: 2,
  net: cny(300_00),
  tax: cny(27_00),
  total: cny(327_00),
  disputedLines: 0,
  draftedAt: '2025-04-01T00:00:00Z',
  checkedAt: null,
  sentAt: null,
  answeredAt: null,
  invoice: null,
  email: 'li.wei@example.com',
  creditDays: 30,
  cod: { shipments: 0, amount: cny(0) },
  mail: null,
  answer: null,
  linkExpiresAt: null,
  escalation: null,
  lines: [line(1, true), line(2, false)],
};
const path = `/api/v1/statements/${draft.id}`;

const markLine = (waybill: string, mark: 'Matched' | 'Excluded') =>
  fireEvent.click(
    within(screen.getByRole('radiogroup', { name: `Check of ${waybill}` })).getByText(mark),
  );

describe(
  'the documents desk checks a statement against the PODs (R24)',
  { timeout: 60_000 },
  () => {
    it('sends the marked lines, with their notes', async () => {
      const gateway = renderAs(
        'documents-clerk',
        {
          [`GET ${path}`]: () => json(200, draft),
          [`POST ${path}/check-marks`]: () => json(200, draft),
        },
        <StatementDetail id={draft.id} />,
      );
      await screen.findByText('SH900000101');
      expect(screen.getByText('not back')).toBeTruthy();
      markLine('SH900000101', 'Matched');
      markLine('SH900000102', 'Excluded');
      fireEvent.change(screen.getByLabelText('Note on SH900000102'), {
        target: { value: 'POD not back' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Save the marks' }));
      await waitFor(() =>
        expect(gateway.calls.find((c) => c.method === 'POST')?.body).toEqual({
          marks: [
            { lineId: draft.lines[0].lineId, mark: 'matched' },
            { lineId: draft.lines[1].lineId, mark: 'excluded', note: 'POD not back' },
          ],
        }),
      );
    });

    it("shows a 400's field error at the line it is about", async () => {
      renderAs(
        'documents-clerk',
        {
          [`GET ${path}`]: () => json(200, draft),
          [`POST ${path}/check-marks`]: () =>
            problem(400, 'validation', '1 problem(s) in the request body', [
              { field: 'marks.0.note', message: 'at most 500 characters' },
            ]),
        },
        <StatementDetail id={draft.id} />,
      );
      await screen.findByText('SH900000102');
      markLine('SH900000102', 'Excluded'); // the only line sent: marks.0 is the second line
      fireEvent.click(screen.getByRole('button', { name: 'Save the marks' }));
      const error = await screen.findByText('at most 500 characters');
      expect(
        error.closest('.ant-form-item')?.querySelector('input')?.getAttribute('aria-label'),
      ).toBe('Note on SH900000102');
    });

    it('shows the 409 refusals above the form: a POD not back, lines not checked', async () => {
      renderAs(
        'documents-clerk',
        {
          [`GET ${path}`]: () => json(200, draft),
          [`POST ${path}/check-marks`]: () =>
            problem(409, 'pod-missing', 'SH900000102: the POD has not come back; exclude the line'),
          [`POST ${path}/check-complete`]: () =>
            problem(409, 'lines-unchecked', '2 line(s) not marked yet'),
        },
        <StatementDetail id={draft.id} />,
      );
      await screen.findByText('SH900000102');
      markLine('SH900000102', 'Matched');
      fireEvent.click(screen.getByRole('button', { name: 'Save the marks' }));
      expect((await screen.findByRole('alert')).textContent).toContain(
        'SH900000102: the POD has not come back',
      );
      fireEvent.click(screen.getByRole('button', { name: 'Complete the check' }));
      await waitFor(() =>
        expect(
          screen
            .getAllByRole('alert')
            .map((a) => a.textContent)
            .join(),
        ).toContain('2 line(s) not marked yet'),
      );
    });

    it('lets an agent send a checked statement, and shows the mail once queued', async () => {
      const checked: StatementView = { ...draft, status: 'checked' };
      const sent: StatementView = {
        ...checked,
        status: 'sent',
        mail: {
          status: 'queued',
          to: 'ap@example.com',
          attempts: 0,
          sentAt: null,
          lastError: null,
        },
      };
      const gateway = renderAs(
        'agent',
        {
          [`GET ${path}`]: () => json(200, checked),
          [`POST ${path}/send`]: () => json(200, sent),
        },
        <StatementDetail id={draft.id} />,
      );
      fireEvent.change(await screen.findByLabelText(/Send to/), {
        target: { value: 'ap@example.com' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Send to the customer' }));
      await screen.findByText(/queued → ap@example.com/);
      expect(gateway.calls.at(-1)?.body).toEqual({ email: 'ap@example.com' });
    });
  },
);
