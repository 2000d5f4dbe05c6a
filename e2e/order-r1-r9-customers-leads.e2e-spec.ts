import { customerBody, Desk, publishedEvents, startDesk } from './order-desk';

// R1 the customer file and R9 leads, through the gateway as the desk uses them; R41 branch
// scope on both. The order service and the gateway share a Kafka namespace and a FakeClock.

describe('the customer desk: customers (R1) and leads (R9)', () => {
  let desk: Desk;

  beforeAll(async () => {
    desk = await startDesk();
    await desk.addUser('gz-agent', 'agent', 'GZ01');
  }, 240_000);
  afterAll(() => desk?.stop());

  describe('R1 customer file', () => {
    it('R1: an agent opens a file in their branch; the other services get the whole file', async () => {
      const body = customerBody();
      const opened = await desk.api('agent', 'POST', '/customers', { body });
      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({
        customerId: expect.stringMatching(/^CUST-SH-\d{4}$/),
        branch: 'SH01',
        company: body.company,
        contacts: body.contacts,
        billingTerms: { kind: 'monthly', creditDays: 30 },
        possibleDuplicates: [],
        createdBy: { username: 'agent' },
      });
      const [registered] = (await publishedEvents(desk, 'order.customer.registered')).filter(
        (e) => e.data.customerId === opened.body.customerId,
      );
      expect(registered.data).toMatchObject({
        branch: 'SH01',
        company: body.company,
        addresses: body.addresses,
      });
    });

    it('R1: every change is kept as history — who, when, which field, old → new', async () => {
      const { body: customer } = await desk.api('agent', 'POST', '/customers', {
        body: customerBody(),
      });
      desk.clock.advance(60_000);
      const changed = await desk.api(
        'branch-manager',
        'PATCH',
        `/customers/${customer.customerId}`,
        {
          body: { billingTerms: { kind: 'cash', creditDays: 0 }, email: 'finance@example.cn' },
        },
      );
      expect(changed).toMatchObject({
        status: 200,
        body: { billingTerms: { kind: 'cash' }, email: 'finance@example.cn' },
      });
      const history = await desk.api('agent', 'GET', `/customers/${customer.customerId}/history`);
      expect(history.body.items).toEqual([
        {
          at: desk.clock.now().toISOString(),
          by: expect.objectContaining({ username: 'branch-manager' }),
          field: 'billingTerms',
          from: { kind: 'monthly', creditDays: 30 },
          to: { kind: 'cash', creditDays: 0 },
          source: 'customer',
        },
        expect.objectContaining({ field: 'email', from: null, to: 'finance@example.cn' }),
      ]);
      const [updated] = (await publishedEvents(desk, 'order.customer.updated')).filter(
        (e) => e.data.customerId === customer.customerId,
      );
      expect(updated.data.changedFields).toEqual(['billingTerms', 'email']);
    });

    it('R1: found by part of the company name, a contact’s name, or the phone as people type it', async () => {
      const body = customerBody({ contacts: [{ name: '欧阳娜娜', phone: '13912345678' }] });
      const { body: customer } = await desk.api('agent', 'POST', '/customers', { body });
      const byName = await desk.api(
        'agent',
        'GET',
        `/customers?q=${encodeURIComponent(body.company.slice(0, 8))}&limit=100`,
      );
      expect(byName.body.items.map((c: { customerId: string }) => c.customerId)).toContain(
        customer.customerId,
      );
      const byContact = await desk.api(
        'agent',
        'GET',
        `/customers?q=${encodeURIComponent('欧阳')}`,
      );
      expect(byContact.body.items.map((c: { customerId: string }) => c.customerId)).toEqual([
        customer.customerId,
      ]);
      const byPhone = await desk.api(
        'agent',
        'GET',
        `/customers?phone=${encodeURIComponent('+86 139 1234 5678')}`,
      );
      expect(byPhone.body.items.map((c: { customerId: string }) => c.customerId)).toEqual([
        customer.customerId,
      ]);
    });

    it('R1: a duplicate — the same company in the branch, or the same phone — is flagged when opened', async () => {
      const first = await desk.api('agent', 'POST', '/customers', { body: customerBody() });
      const sameName = await desk.api('agent', 'POST', '/customers', {
        body: customerBody({ company: first.body.company.replace(' ', '　') }),
      });
      expect(sameName.status).toBe(201);
      expect(sameName.body.possibleDuplicates).toEqual([
        {
          customerId: first.body.customerId,
          company: first.body.company,
          branch: 'SH01',
          reason: 'same-company',
        },
      ]);
      const samePhone = await desk.api('gz-agent', 'POST', '/customers', {
        body: customerBody({
          company: '广州别的公司',
          contacts: [{ name: '陈', phone: first.body.contacts[0].phone }],
        }),
      });
      expect(samePhone.body).toMatchObject({
        branch: 'GZ01',
        possibleDuplicates: [{ customerId: first.body.customerId, reason: 'same-phone' }],
      });
    });

    it('R41: an agent reaches only their branch’s customers (404 for another’s); HQ sees every branch', async () => {
      const { body: gz } = await desk.api('gz-agent', 'POST', '/customers', {
        body: customerBody(),
      });
      expect(gz.branch).toBe('GZ01');
      expect((await desk.api('agent', 'GET', `/customers/${gz.customerId}`)).status).toBe(404);
      expect(
        (
          await desk.api('agent', 'PATCH', `/customers/${gz.customerId}`, {
            body: { email: 'x@example.cn' },
          })
        ).status,
      ).toBe(404);
      const mine = await desk.api('agent', 'GET', '/customers?limit=100');
      expect(mine.body.items.every((c: { branch: string }) => c.branch === 'SH01')).toBe(true);
      expect((await desk.api('hq-service', 'GET', `/customers/${gz.customerId}`)).status).toBe(200);
      const all = await desk.api('general-manager', 'GET', '/customers?limit=100');
      expect(new Set(all.body.items.map((c: { branch: string }) => c.branch))).toEqual(
        new Set(['SH01', 'GZ01']),
      );
    });

    it("R41: a branch user paging the customers gets full pages of their branch's only, and every one of them", async () => {
      // other branches' files interleaved with ours: the gateway forces ?branch= into the
      // service's query, so no page comes back short for what was filtered out after the fact
      for (let i = 0; i < 3; i++) {
        await desk.api('gz-agent', 'POST', '/customers', { body: customerBody() });
        await desk.api('agent', 'POST', '/customers', { body: customerBody() });
      }
      const expected = (
        await desk.api('general-manager', 'GET', '/customers?branch=SH01&limit=100')
      ).body.items
        .map((c: { customerId: string }) => c.customerId)
        .sort();
      expect(expected.length).toBeGreaterThanOrEqual(3);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await desk.api(
          'agent',
          'GET',
          `/customers?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(page.status).toBe(200);
        const items = page.body.items as { customerId: string; branch: string }[];
        cursor = page.body.nextCursor ?? undefined;
        if (cursor) expect(items).toHaveLength(2); // a full page whenever another follows
        expect(items.every((c) => c.branch === 'SH01')).toBe(true);
        seen.push(...items.map((c) => c.customerId));
      } while (cursor);
      expect(seen.sort()).toEqual(expected);
    });

    it('R1 bad input: each field error is a 400 naming the field; nothing is written', async () => {
      const before = await desk.order.dataSource.query('SELECT count(*)::int AS n FROM customer');
      const bad = await desk.api('agent', 'POST', '/customers', {
        body: { ...customerBody(), contacts: [{ name: '王芳', phone: '12345' }], discount: 5 },
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'contacts.0.phone', message: expect.stringMatching(/mobile/) },
          { field: 'discount', message: 'unknown field' },
        ]),
      );
      const noContacts = await desk.api('agent', 'POST', '/customers', {
        body: customerBody({ contacts: [] }),
      });
      expect(noContacts.body.errors).toEqual([{ field: 'contacts', message: expect.any(String) }]);
      expect(await desk.order.dataSource.query('SELECT count(*)::int AS n FROM customer')).toEqual(
        before,
      );
    });
  });

  describe('R9 leads', () => {
    it('R9: a promising lead is reported at once to the department manager and the general manager', async () => {
      const manager = await desk.live('branch-manager');
      const gm = await desk.live('general-manager');
      const agentStream = await desk.live('agent');
      const lead = await desk.api('agent', 'POST', '/leads', {
        body: {
          company: '湖北精细化工有限公司',
          contact: { name: '王芳', phone: '13800138000' },
          source: 'exhibition',
          notes: '40 t a month',
        },
      });
      expect(lead).toMatchObject({
        status: 201,
        body: { leadId: expect.stringMatching(/^LEAD-SH-/), status: 'new', branch: 'SH01' },
      });
      const promising = await desk.api('agent', 'POST', `/leads/${lead.body.leadId}/promising`, {
        body: { reason: 'asked for a monthly contract price' },
      });
      expect(promising.body).toMatchObject({
        status: 'promising',
        promising: { by: { username: 'agent' } },
      });
      for (const stream of [manager, gm]) {
        const alert = await stream.waitForEvent(
          (p) => p.data?.subject?.id === lead.body.leadId,
          'the alert',
          60_000,
        );
        expect(alert).toMatchObject({
          kind: 'alert',
          eventType: 'order.alert.raised',
          branch: 'SH01',
          data: {
            rule: 'R9',
            kind: 'lead-promising',
            roles: ['branch-manager', 'general-manager'],
          },
        });
      }
      expect(agentStream.payloads.filter((p) => p.data?.subject?.id === lead.body.leadId)).toEqual(
        [],
      );
      const again = await desk.api('agent', 'POST', `/leads/${lead.body.leadId}/promising`, {
        body: { reason: 'again' },
      });
      expect(again).toMatchObject({
        status: 409,
        body: { type: 'urn:freight:problem:lead-already-promising' },
      });
    });

    it('R9: a lead converts into a customer that keeps its history', async () => {
      const { body: lead } = await desk.api('agent', 'POST', '/leads', {
        body: {
          company: `静安文具 ${Date.now()}`,
          contact: { name: '周洁', phone: '13600004003' },
          source: 'referral',
          notes: 'referred by a customer',
        },
      });
      await desk.api('agent', 'POST', `/leads/${lead.leadId}/promising`, {
        body: { reason: 'trial went well' },
      });
      const converted = await desk.api('branch-manager', 'POST', `/leads/${lead.leadId}/convert`, {
        body: { billingTerms: { kind: 'monthly', creditDays: 30 } },
      });
      expect(converted.status).toBe(200);
      const { customer } = converted.body;
      expect(converted.body.lead).toMatchObject({
        status: 'converted',
        customerId: customer.customerId,
      });
      expect(customer).toMatchObject({
        branch: 'SH01',
        company: lead.company,
        contacts: [{ name: '周洁', phone: '13600004003' }],
        convertedFromLeadId: lead.leadId,
      });
      const history = await desk.api('agent', 'GET', `/customers/${customer.customerId}/history`);
      expect(
        history.body.items.map((h: { field: string; source: string }) => [h.field, h.source]),
      ).toEqual([
        ['lead.recorded', 'lead'],
        ['lead.promising', 'lead'],
      ]);
      const [registered] = (await publishedEvents(desk, 'order.customer.registered')).filter(
        (e) => e.data.customerId === customer.customerId,
      );
      expect(registered.data.convertedFromLeadId).toBe(lead.leadId);
      expect(
        (
          await desk.api('agent', 'POST', `/leads/${lead.leadId}/convert`, {
            body: { billingTerms: { kind: 'cash', creditDays: 0 } },
          })
        ).status,
      ).toBe(409);
    });

    it('R41: leads are the branch’s own', async () => {
      const { body: lead } = await desk.api('gz-agent', 'POST', '/leads', {
        body: {
          company: '广州潜在客户',
          contact: { name: '陈', email: 'chen@example.cn' },
          source: 'web',
        },
      });
      expect((await desk.api('agent', 'GET', `/leads/${lead.leadId}`)).status).toBe(404);
      expect((await desk.api('general-manager', 'GET', `/leads/${lead.leadId}`)).status).toBe(200);
    });
  });
});
