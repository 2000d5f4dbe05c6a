import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NewCallPage } from './NewCallPage';
import { CAUSES, json, refusal, renderDeskPage, validation } from './test-support';
import type { CallView } from './types';

const call: CallView = {
  id: '6f1c2a9e-0000-4000-8000-000000000001',
  branch: 'SH01',
  kind: 'complaint',
  caller: { name: '张敏', phone: '13800001002' },
  customer: { customerId: 'CUST-SH-0001', company: '上海华东化工' },
  agent: { userId: 'u-1', username: 'agent', role: 'agent' },
  summary: 'Still nothing delivered',
  outcome: null,
  startedAt: '2025-03-14T02:00:00.000Z',
  endedAt: null,
  important: false,
  passedToManager: false,
  answer: {
    state: 'awaiting',
    dueAt: '2025-03-14T02:05:00.000Z',
    answeredAt: null,
    answeredBy: null,
    text: null,
    withinDeadline: null,
  },
  assignee: { role: 'agent', username: 'agent', level: 0 },
  cargo: null,
  complaintId: null,
};

// antd forms in jsdom are slow on a busy machine
vi.setConfig({ testTimeout: 90_000 });

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('new call (R15, R16, R12)', () => {
  it('R15: logs a call not answered on the line and opens its page with the 5-minute clock', async () => {
    const gateway = renderDeskPage(<NewCallPage />, {
      url: '/desk/new-call?phone=13800001002&customerId=CUST-SH-0001',
      routes: {
        'POST /api/v1/calls': () => json(201, call),
        [`GET /api/v1/calls/${call.id}`]: () => json(200, call),
        'GET /api/v1/deadlines': () => json(200, { items: [] }),
      },
    });
    fireEvent.click(screen.getByText('Complaint'));
    fill("Caller's name", '张敏');
    fill('What the caller wants', 'Still nothing delivered');
    fireEvent.click(screen.getByRole('button', { name: 'Log the call' }));

    await screen.findByText('Awaiting an answer');
    const post = gateway.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({
      kind: 'complaint',
      caller: { name: '张敏', phone: '13800001002' },
      customerId: 'CUST-SH-0001',
      summary: 'Still nothing delivered',
      answeredOnCall: false,
      important: false,
    });
    expect(post.body).not.toHaveProperty('cargo');
    expect(screen.getByTestId('location').textContent).toBe(`/desk/new-call?call=${call.id}`);
    expect(screen.getByText('Turn it into a complaint').getAttribute('href')).toContain(
      `complaint=new&call=${call.id}`,
    );
  });

  it("R12: a cargo lookup's facts go in `cargo`, and the API's refusal lands at the field", async () => {
    const gateway = renderDeskPage(<NewCallPage />, {
      url: '/desk/new-call',
      routes: {
        'POST /api/v1/calls': () =>
          validation([
            { field: 'cargo.shipDate', message: 'expected a date YYYY-MM-DD' },
            { field: 'caller.phone', message: 'needed to call the caller back' },
          ]),
      },
    });
    fireEvent.click(screen.getByText('Cargo lookup'));
    await screen.findByLabelText('Ship date');
    fill('Ship date', '1 March');
    fill('From', 'SH');
    fill('To', 'WH');
    fireEvent.click(screen.getByRole('button', { name: 'Log the call' }));

    const error = await screen.findByText('expected a date YYYY-MM-DD');
    expect(error.closest('.ant-form-item')?.querySelector('label')?.textContent).toBe('Ship date');
    const phone = screen.getByText('needed to call the caller back').closest('.ant-form-item');
    expect(phone?.querySelector('label')?.textContent).toBe("Caller's phone");
    expect(gateway.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      kind: 'cargo-lookup',
      cargo: { shipDate: '1 March', origin: 'SH', destination: 'WH' },
    });
  });

  it('R15: answers an awaiting call on its page; a refusal (409) is shown above the form', async () => {
    let answer = () => refusal(409, 'the call is already answered');
    renderDeskPage(<NewCallPage />, {
      url: `/desk/new-call?call=${call.id}`,
      routes: {
        [`GET /api/v1/calls/${call.id}`]: () => json(200, call),
        'GET /api/v1/deadlines': () => json(200, { items: [] }),
        [`POST /api/v1/calls/${call.id}/answer`]: () => answer(),
      },
    });
    await screen.findByText('Answer the caller');
    fill('What the caller was told', 'On the truck, arriving Thursday');
    fireEvent.click(screen.getByRole('button', { name: 'Record the answer' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'the call is already answered',
    );

    answer = () =>
      json(200, {
        ...call,
        answer: { ...call.answer, state: 'answered', text: 'On the truck', withinDeadline: true },
      });
    fireEvent.click(screen.getByRole('button', { name: 'Record the answer' }));
    await screen.findByText('Answered');
    expect(screen.queryByText('Answer the caller')).toBeNull();
  });
});

describe('record a complaint (R17, R18)', () => {
  it('R17: not solved on the call — registered from the call with its cause; the reply is due within the hour', async () => {
    const gateway = renderDeskPage(<NewCallPage />, {
      url: `/desk/new-call?complaint=new&call=${call.id}&name=%E5%BC%A0%E6%95%8F&phone=13800001002`,
      routes: {
        'GET /api/v1/complaint-causes': () => json(200, CAUSES),
        'POST /api/v1/complaints': () => json(201, { id: 'CMP-SH01-000001', state: 'open' }),
      },
    });
    expect(screen.getByText(/A reply is due within 1 hour/)).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Cause' }));
    fireEvent.click(await screen.findByText('延误 late delivery'));
    expect(screen.queryByText('no longer used')).toBeNull();
    fill('What the customer complains about', 'Promised Tuesday');
    fill('What the customer asks for', 'Deliver tomorrow');
    fireEvent.click(screen.getByRole('button', { name: 'Register the complaint' }));

    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        '/desk/complaint-register?complaint=CMP-SH01-000001',
      ),
    );
    expect(gateway.calls.find((c) => c.method === 'POST')?.body).toEqual({
      callId: call.id,
      caller: { name: '张敏', phone: '13800001002' },
      cause: 'late-delivery',
      description: 'Promised Tuesday',
      customerRequest: 'Deliver tomorrow',
      important: false,
      solvedOnCall: false,
    });
  });

  it('R17: solved on the call — the result is asked for; the API’s field errors and a 422 detail are shown', async () => {
    let answer = () =>
      validation([{ field: 'result', message: 'what solved it on the call (R18)' }]);
    renderDeskPage(<NewCallPage />, {
      url: '/desk/new-call?complaint=new',
      routes: {
        'GET /api/v1/complaint-causes': () => json(200, CAUSES),
        'POST /api/v1/complaints': () => answer(),
      },
    });
    fireEvent.click(screen.getByText('Yes, solved now'));
    const result = await screen.findByLabelText('Result');
    fireEvent.click(screen.getByRole('button', { name: 'Register the complaint' }));
    const error = await screen.findByText('what solved it on the call (R18)');
    expect(error.closest('.ant-form-item')?.contains(result)).toBe(true);

    answer = () => refusal(422, 'the cause damage is no longer in use');
    fireEvent.click(screen.getByRole('button', { name: 'Register the complaint' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('alert')).getByText('the cause damage is no longer in use'),
      ).toBeTruthy(),
    );
  });
});
