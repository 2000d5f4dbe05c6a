import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { deadline } from '../../test/deadlines';
import { ComplaintRegisterPage } from './ComplaintRegisterPage';
import { CAUSES, json, refusal, renderDeskPage, validation } from './test-support';
import type { ComplaintView } from './types';

vi.setConfig({ testTimeout: 90_000 });

const complaint: ComplaintView = {
  id: 'CMP-SH01-000031',
  branch: 'SH01',
  state: 'open',
  round: 1,
  caller: { name: '张敏', phone: '13800001002' },
  customerId: null,
  waybillNo: 'SH0000000422',
  cause: 'late-delivery',
  important: false,
  solvedOnCall: false,
  registeredAt: '2025-03-14T01:00:00.000Z',
  replyDueAt: '2025-03-14T02:00:00.000Z',
  firstRepliedAt: null,
  closedAt: null,
  assignee: { role: 'branch-manager', username: 'branch-manager', level: 2 },
  callId: null,
  customer: null,
  orderId: null,
  description: 'Promised Tuesday, still nothing',
  customerRequest: 'Deliver tomorrow, waive the fee',
  registeredBy: { userId: 'u-1', username: 'agent', role: 'agent' },
  repliedWithinDeadline: null,
  result: null,
  customerOpinion: null,
  ladder: [
    { level: 1, role: 'agent', after: 'PT0S' },
    { level: 2, role: 'branch-manager', after: 'PT1H' },
    { level: 3, role: 'hq-service', after: 'PT4H' },
  ],
  escalations: [
    { round: 1, level: 1, role: 'agent', assignee: 'agent', raisedAt: '2025-03-14T02:00:00.000Z' },
    {
      round: 1,
      level: 2,
      role: 'branch-manager',
      assignee: 'branch-manager',
      raisedAt: '2025-03-14T03:00:00.000Z',
    },
  ],
  steps: [
    {
      at: '2025-03-14T01:00:00.000Z',
      kind: 'registered',
      by: { userId: 'u-1', username: 'agent', role: 'agent' },
      text: 'Promised Tuesday, still nothing',
    },
    {
      at: '2025-03-14T03:00:00.000Z',
      kind: 'escalated',
      by: null,
      text: 'level 2: branch-manager',
    },
  ],
  staffAtFault: [],
  managerNeglect: null,
};

const escalated = deadline({
  id: 'complaint:CMP-SH01-000031:reply',
  state: 'escalated',
  ladder: [
    {
      level: 1,
      role: 'agent',
      after: 'PT0S',
      fireAt: '2025-03-14T02:00:00.000Z',
      firedAt: '2025-03-14T02:00:00.000Z',
    },
    {
      level: 2,
      role: 'branch-manager',
      after: 'PT1H',
      fireAt: '2025-03-14T03:00:00.000Z',
      firedAt: '2025-03-14T03:00:00.000Z',
    },
    { level: 3, role: 'hq-service', after: 'PT4H', fireAt: '2025-03-14T06:00:00.000Z' },
  ],
});

describe("a complaint's register (R17, R18)", () => {
  it('R18: shows the cause from the managed list, the steps, the deadline and the ladder level; R17: a reply closes the deadline', async () => {
    let deadlineNow = escalated;
    const gateway = renderDeskPage(<ComplaintRegisterPage />, {
      url: `/desk/complaint-register?complaint=${complaint.id}`,
      role: 'branch-manager',
      routes: {
        [`GET /api/v1/complaints/${complaint.id}`]: () => json(200, complaint),
        'GET /api/v1/complaint-causes': () => json(200, CAUSES),
        'GET /api/v1/deadlines': () => json(200, { items: [deadlineNow] }),
        [`POST /api/v1/complaints/${complaint.id}/reply`]: () => {
          deadlineNow = { ...escalated, state: 'completed' };
          return json(200, {
            ...complaint,
            state: 'replied',
            firstRepliedAt: '2025-03-14T03:10:00.000Z',
            repliedWithinDeadline: false,
            steps: [
              ...complaint.steps,
              {
                at: '2025-03-14T03:10:00.000Z',
                kind: 'reply',
                by: { userId: 'u-2', username: 'branch-manager', role: 'branch-manager' },
                text: 'Delivery tomorrow 10:00',
              },
            ],
          });
        },
      },
    });
    await screen.findByText('延误 late delivery');
    await waitFor(() =>
      expect(document.querySelector('[data-ladder-level="2"]')?.textContent).toBe(
        'level 2/3 · Branch manager',
      ),
    );
    expect(document.querySelector('[data-step="escalated"]')?.textContent).toContain(
      'level 2: branch-manager',
    );

    fireEvent.change(screen.getByLabelText('What the customer was told'), {
      target: { value: 'Delivery tomorrow 10:00' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record the reply' }));

    await waitFor(() =>
      expect(document.querySelector('[data-deadline-state="completed"]')).not.toBeNull(),
    );
    expect(document.querySelector('[data-complaint]')?.getAttribute('data-state')).toBe('replied');
    expect(gateway.calls.find((c) => c.method === 'POST')?.body).toEqual({
      text: 'Delivery tomorrow 10:00',
      channel: 'phone',
    });
  });

  it("R18: resolving shows the API's field error and a 409 detail; reopening a closed one asks why", async () => {
    let answer = () =>
      validation([{ field: 'result', message: 'Too small: expected 1 character' }]);
    renderDeskPage(<ComplaintRegisterPage />, {
      url: `/desk/complaint-register?complaint=${complaint.id}`,
      routes: {
        [`GET /api/v1/complaints/${complaint.id}`]: () =>
          json(200, { ...complaint, state: 'replied' }),
        'GET /api/v1/complaint-causes': () => json(200, CAUSES),
        'GET /api/v1/deadlines': () => json(200, { items: [] }),
        [`POST /api/v1/complaints/${complaint.id}/resolve`]: () => answer(),
      },
    });
    const button = await screen.findByRole('button', { name: 'Close with this result' });
    fireEvent.click(button);
    const error = await screen.findByText('Too small: expected 1 character');
    expect(error.closest('[data-action="resolve"]')).not.toBeNull();

    answer = () => refusal(409, 'the complaint is already closed');
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('the complaint is already closed'),
    );

    answer = () =>
      json(200, {
        ...complaint,
        state: 'closed',
        result: 'Delivered',
        closedAt: '2025-03-15T00:00:00Z',
      });
    fireEvent.click(button);
    await screen.findByRole('button', { name: 'Reopen (a new hour starts)' });
    expect(screen.getByText('Why the customer is not satisfied')).toBeTruthy();
  });

  it('R18: the register lists complaints with their state and level, filtered by state', async () => {
    const gateway = renderDeskPage(<ComplaintRegisterPage />, {
      url: '/desk/complaint-register',
      role: 'branch-manager',
      routes: {
        'GET /api/v1/complaints': () => json(200, { items: [complaint], nextCursor: null }),
        'GET /api/v1/complaint-causes': () => json(200, CAUSES),
      },
    });
    const link = await screen.findByRole('link', { name: complaint.id });
    expect(link.getAttribute('href')).toBe(`/desk/complaint-register?complaint=${complaint.id}`);
    expect(document.querySelector('[data-assignee-level="2"]')).not.toBeNull();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'State' }));
    fireEvent.click(await screen.findByTitle('Open'));
    await waitFor(() =>
      expect(gateway.calls.some((c) => c.path.includes('state=open'))).toBe(true),
    );
  });
});
