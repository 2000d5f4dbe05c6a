import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../api/client';
import { memorySessionStore } from '../../api/session-store';
import { AuthProvider } from '../../auth/auth';
import { type Call, fakeGateway, json, principal } from '../../test/fake-gateway';
import { renderInConsole } from '../../test/render';
import { ReassignPage } from './ReassignPage';
import type { Inquiry } from './types';

configure({ asyncUtilTimeout: 15_000 });

const inquiry = {
  inquiryId: 'INQ-SH-000031',
  branch: 'SH01',
  status: 'open',
  company: '浦东精密零件有限公司',
  contact: { name: '张敏', phone: '13800001002' },
  important: false,
  assignedTo: { userId: 'u-agent', username: 'agent' },
  receivedAt: '2026-12-04T01:00:00.000Z',
  deadlineId: 'inquiry:INQ-SH-000031:answer',
  answerDueAt: '2026-12-04T09:00:00.000Z',
  escalations: [{ level: 1, role: 'agent', raisedAt: '2026-12-04T09:00:00.000Z', deadlineId: 'x' }],
} as unknown as Inquiry;

const staff = (id: string, username: string) => ({
  id,
  username,
  displayName: username === 'agent' ? '李客服' : '王客服',
  role: 'agent',
  branchCode: 'SH01',
  disabled: false,
  lockedUntil: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('reassign escalated work (R3)', () => {
  it("lists the branch's escalated inquiries and gives one to another agent, a refusal shown above the form", async () => {
    const answers = [
      json(409, {
        type: 'urn:freight:problem:inquiry-answered',
        title: 'Refused',
        status: 409,
        detail: 'the inquiry was answered already',
      }),
      json(200, { ...inquiry, assignedTo: { userId: 'u-wang', username: 'wang' } }),
    ];
    const gateway = fakeGateway({
      'GET /api/v1/auth/me': () => json(200, { ...principal, role: 'branch-manager' }),
      'GET /api/v1/inquiries': () => json(200, { items: [inquiry], nextCursor: null }),
      'GET /api/v1/admin/users': () =>
        json(200, {
          items: [staff('u-agent', 'agent'), staff('u-wang', 'wang')],
          nextCursor: null,
        }),
      'POST /api/v1/inquiries/INQ-SH-000031/reassign': () => answers.shift()!,
    });
    const client = new ApiClient({
      store: memorySessionStore({
        accessToken: 'a',
        refreshToken: 'r',
        expiresAt: Date.now() + 900_000,
        lifetimeMs: 900_000,
        principal: { ...principal, role: 'branch-manager' },
      }),
      fetch: gateway.fetch,
    });
    renderInConsole(
      <AuthProvider client={client}>
        <ReassignPage />
      </AuthProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Reassign' }));
    const listed = gateway.calls.find(
      (c: Call) => c.method === 'GET' && c.path.includes('inquiries'),
    )!;
    expect(listed.path).toContain('escalated=true');
    expect(listed.path).toContain('status=open');

    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    // the agent who has it now is not offered
    fireEvent.click(await screen.findByText('王客服 (wang)'));
    expect(screen.queryByText('李客服 (agent)')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reassign' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toContain(
        'the inquiry was answered already',
      ),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reassign' }));
    await waitFor(() =>
      expect(
        gateway.calls.filter((c: Call) => c.method === 'POST').map((c: Call) => c.body),
      ).toEqual([
        { agent: { userId: 'u-wang', username: 'wang' } },
        { agent: { userId: 'u-wang', username: 'wang' } },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  }, 120_000);
});
