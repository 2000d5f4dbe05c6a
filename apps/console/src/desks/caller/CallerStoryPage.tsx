import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  List,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ApiProblem } from '../../api/problem';
import type { Page } from '../../api/types';
import { formatInstant } from '../../format/time';
import { roleName, useI18n } from '../../i18n/i18n';
import { callHref, complaintHref } from '../complaint/links';
import { SubjectDeadlines } from '../complaint/SubjectDeadlines';
import type { CallView, ComplaintSummary } from '../complaint/types';
import { useResource } from '../complaint/use-resource';
import type {
  Account,
  Charge,
  Customer,
  Inquiry,
  OrderSummary,
  StatementSummary,
  WaybillView,
} from './types';

/** What the search box was given: a waybill number, a customer id, a phone, or a name. */
export function classify(q: string): {
  kind: 'waybill' | 'customerId' | 'phone' | 'name';
  value: string;
} {
  const value = q.trim();
  if (/^[A-Za-z]{2}\d{10}$/.test(value)) return { kind: 'waybill', value: value.toUpperCase() };
  if (/^CUST-/i.test(value)) return { kind: 'customerId', value: value.toUpperCase() };
  if (/^\+?[0-9][0-9 ()-]{4,}$/.test(value)) return { kind: 'phone', value };
  return { kind: 'name', value };
}

const money = (m?: { amountMinor: number; currency: string }) =>
  m ? `${(m.amountMinor / 100).toFixed(2)} ${m.currency}` : '—';

/** A section of the story: its own loading, and a refusal or a service down said in place. */
function Section({
  title,
  error,
  loading,
  children,
  name,
}: {
  title: string;
  error?: ApiProblem;
  loading?: boolean;
  children: ReactNode;
  name: string;
}) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={title}
      data-section={name}
      data-section-state={error ? 'failed' : 'ok'}
    >
      {error ? (
        <Alert
          type="warning"
          showIcon
          title={t(error.status === 403 ? 'caller.section.refused' : 'caller.section.unavailable', {
            status: error.status,
          })}
          description={error.detail ?? error.title}
        />
      ) : loading ? (
        <Spin size="small" />
      ) : (
        children
      )}
    </Card>
  );
}

/**
 * The caller's story (issue 26): search by phone, waybill number or customer id/name (the search
 * box and `?q=` open it) → the customer file, open inquiries and quotes, orders, complaints,
 * calls, charges, statements and the account, each item with its deadline; a waybill opens the
 * composed view (order, timeline, exceptions, POD, complaints, charges). Each section stands
 * alone: a service that is down says so there and the rest still shows.
 */
export function CallerStoryPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const customerParam = search.get('customer');
  const query = q ? classify(q) : null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-page="caller-story">
      <Card size="small" title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('caller.title')}</h1>}>
        <Input.Search
          key={q}
          defaultValue={q}
          enterButton={t('caller.search')}
          aria-label={t('caller.search.label')}
          placeholder={t('caller.search.placeholder')}
          style={{ maxWidth: 520 }}
          onSearch={(value) => value.trim() && setSearch({ q: value.trim() })}
        />
      </Card>
      {query?.kind === 'waybill' && <WaybillStory waybillNo={query.value} />}
      {customerParam ? (
        <CustomerStory customerId={customerParam} />
      ) : (
        query && query.kind !== 'waybill' && <CustomerMatches query={query} />
      )}
    </Space>
  );
}

/** Who the query names: one customer opens at once, several are listed to choose from. */
function CustomerMatches({ query }: { query: ReturnType<typeof classify> }) {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const byId = query.kind === 'customerId';
  const one = useResource<Customer>(byId ? `customers/${encodeURIComponent(query.value)}` : null);
  const many = useResource<Page<Customer>>(
    byId ? null : 'customers',
    query.kind === 'phone' ? { phone: query.value, limit: 20 } : { q: query.value, limit: 20 },
  );
  const error = byId ? one.error : many.error;
  const customers = byId ? (one.data ? [one.data] : []) : (many.data?.items ?? []);
  const loading = byId ? one.loading : many.loading;
  if (error || loading)
    return (
      <Section name="customer" title={t('caller.customer')} error={error} loading={loading}>
        {null}
      </Section>
    );
  if (customers.length === 1)
    return (
      <CustomerStory
        customerId={customers[0].customerId}
        customer={customers[0]}
        phone={query.kind === 'phone' ? query.value : undefined}
      />
    );
  return (
    <Section name="customer" title={t('caller.customer')}>
      {customers.length === 0 ? (
        <Space direction="vertical">
          <Empty description={t('caller.noCustomer')} />
          {query.kind === 'phone' && <CallsOf query={{ phone: query.value }} />}
          <NewCallButton phone={query.kind === 'phone' ? query.value : undefined} />
        </Space>
      ) : (
        <List
          size="small"
          dataSource={customers}
          renderItem={(c) => (
            <List.Item>
              <Button
                type="link"
                onClick={() => setSearch({ q: search.get('q') ?? '', customer: c.customerId })}
              >
                {c.company} ({c.customerId}, {c.branch})
              </Button>
              {c.contacts.map((x) => `${x.name} ${x.phone}`).join(' · ')}
            </List.Item>
          )}
        />
      )}
    </Section>
  );
}

function NewCallButton({
  name,
  phone,
  customerId,
}: {
  name?: string;
  phone?: string;
  customerId?: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const query = new URLSearchParams();
  if (name) query.set('name', name);
  if (phone) query.set('phone', phone);
  if (customerId) query.set('customerId', customerId);
  return (
    <Button
      type="primary"
      data-action="new-call-from-caller"
      onClick={() => navigate(`/desk/new-call?${query}`)}
    >
      {t('caller.newCall')}
    </Button>
  );
}

/** Calls from a phone (no customer file) or of a customer. */
function CallsOf({ query }: { query: { customerId?: string; phone?: string } }) {
  const { t, language } = useI18n();
  // the call log filters by customer; for an unknown phone it is searched on this page's first 100
  const calls = useResource<Page<CallView>>(
    'calls',
    query.customerId ? { customerId: query.customerId, limit: 20 } : { limit: 100 },
  );
  const digits = (p?: string | null) => (p ?? '').replace(/\D/g, '');
  const items = (calls.data?.items ?? []).filter(
    (c) => !query.phone || digits(c.caller.phone) === digits(query.phone),
  );
  return (
    <Section name="calls" title={t('caller.calls')} error={calls.error} loading={calls.loading}>
      <Table<CallView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        columns={[
          { title: t('caller.when'), dataIndex: 'startedAt', render: formatInstant },
          { title: t('caller.kind'), dataIndex: 'kind' },
          {
            title: t('caller.summary'),
            dataIndex: 'summary',
            render: (s: string, c) => <Link to={callHref(c.id)}>{s}</Link>,
          },
          {
            title: t('caller.state'),
            key: 'state',
            render: (_, c) => (
              <Space size={2} wrap>
                <Tag color={c.answer.state === 'awaiting' ? 'gold' : 'green'}>{c.answer.state}</Tag>
                {c.answer.state === 'awaiting' && (
                  <SubjectDeadlines subjectType="call" subjectId={c.id} />
                )}
                {c.assignee.level > 0 && (
                  <Tag color="orange">{roleName(language, c.assignee.role)}</Tag>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Section>
  );
}

function CustomerStory({
  customerId,
  customer: known,
  phone,
}: {
  customerId: string;
  customer?: Customer;
  phone?: string;
}) {
  const { t } = useI18n();
  const id = encodeURIComponent(customerId);
  const file = useResource<Customer>(known ? null : `customers/${id}`);
  const customer = known ?? file.data;
  const inquiries = useResource<Page<Inquiry>>('inquiries', { customerId, limit: 20 });
  const orders = useResource<Page<OrderSummary>>('orders', { customerId, limit: 20 });
  const complaints = useResource<Page<ComplaintSummary>>('complaints', { customerId, limit: 20 });
  const charges = useResource<Page<Charge>>('charges', { customerId, limit: 20 });
  const statements = useResource<Page<StatementSummary>>('statements', { customerId, limit: 12 });
  const account = useResource<Account>(`customers/${id}/account`);
  const contact =
    customer?.contacts.find(
      (c) => !phone || c.phone.replace(/\D/g, '') === phone.replace(/\D/g, ''),
    ) ?? customer?.contacts[0];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-customer={customerId}>
      <Section
        name="customer"
        title={t('caller.customer')}
        error={file.error}
        loading={!customer && file.loading}
      >
        {customer && (
          <>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('caller.company')}>
                <Typography.Text strong>{customer.company}</Typography.Text> ({customer.customerId},{' '}
                {customer.branch})
              </Descriptions.Item>
              <Descriptions.Item label={t('caller.contacts')}>
                {customer.contacts.map((c) => `${c.name} ${c.phone}`).join(' · ')}
              </Descriptions.Item>
              <Descriptions.Item label={t('caller.terms')}>
                {customer.billingTerms.kind === 'monthly'
                  ? t('caller.terms.monthly', { days: customer.billingTerms.creditDays })
                  : t('caller.terms.cash')}
              </Descriptions.Item>
            </Descriptions>
            <NewCallButton
              name={contact?.name}
              phone={contact?.phone}
              customerId={customer.customerId}
            />
          </>
        )}
      </Section>
      <Section
        name="inquiries"
        title={t('caller.inquiries')}
        error={inquiries.error}
        loading={inquiries.loading}
      >
        <Table<Inquiry>
          size="small"
          rowKey="inquiryId"
          pagination={false}
          dataSource={inquiries.data?.items ?? []}
          columns={[
            { title: t('caller.inquiry'), dataIndex: 'inquiryId' },
            {
              title: t('caller.state'),
              dataIndex: 'status',
              render: (s: string) => <Tag>{s}</Tag>,
            },
            { title: t('caller.when'), dataIndex: 'receivedAt', render: formatInstant },
            {
              title: t('caller.quote'),
              key: 'quote',
              render: (_, i) =>
                i.quote ? `${i.quote.status ?? ''} ${money(i.quote.price?.total)}` : '—',
            },
            {
              title: t('caller.deadline'),
              key: 'deadline',
              render: (_, i) => (i.answerDueAt ? formatInstant(i.answerDueAt) : '—'),
            },
          ]}
        />
      </Section>
      <Section
        name="orders"
        title={t('caller.orders')}
        error={orders.error}
        loading={orders.loading}
      >
        <Table<OrderSummary>
          size="small"
          rowKey="orderId"
          pagination={false}
          dataSource={orders.data?.items ?? []}
          columns={[
            {
              title: t('caller.waybill'),
              dataIndex: 'waybillNo',
              render: (w: string) => (
                <Link to={`/desk/caller-story?q=${encodeURIComponent(w)}`}>{w}</Link>
              ),
            },
            {
              title: t('caller.state'),
              dataIndex: 'status',
              render: (s: string) => <Tag>{s}</Tag>,
            },
            {
              title: t('caller.lane'),
              key: 'lane',
              render: (_, o) => `${o.lane.origin} → ${o.lane.destination}`,
            },
            { title: t('caller.consignee'), dataIndex: 'consignee' },
            { title: t('caller.when'), dataIndex: 'placedAt', render: formatInstant },
            { title: t('caller.promised'), dataIndex: 'promisedDeliveryAt', render: formatInstant },
            { title: t('caller.total'), dataIndex: 'total', render: money },
          ]}
        />
      </Section>
      <Section
        name="complaints"
        title={t('caller.complaints')}
        error={complaints.error}
        loading={complaints.loading}
      >
        <ComplaintsTable items={complaints.data?.items ?? []} />
      </Section>
      <CallsOf query={{ customerId }} />
      <Section
        name="charges"
        title={t('caller.charges')}
        error={charges.error}
        loading={charges.loading}
      >
        <Table<Charge>
          size="small"
          rowKey="waybillNo"
          pagination={false}
          dataSource={charges.data?.items ?? []}
          columns={[
            { title: t('caller.waybill'), dataIndex: 'waybillNo' },
            { title: t('caller.when'), dataIndex: 'placedAt', render: formatInstant },
            { title: t('caller.terms'), dataIndex: 'paymentTerms' },
            { title: t('caller.period'), dataIndex: 'billingPeriod' },
            { title: t('caller.total'), dataIndex: 'total', render: money },
          ]}
        />
      </Section>
      <Section
        name="statements"
        title={t('caller.statements')}
        error={statements.error ?? account.error}
        loading={statements.loading}
      >
        {account.data && (
          <Descriptions size="small" column={3}>
            <Descriptions.Item label={t('caller.open')}>
              {money(account.data.open)}
            </Descriptions.Item>
            <Descriptions.Item label={t('caller.overdue')}>
              {money(account.data.overdue)}
            </Descriptions.Item>
            <Descriptions.Item label={t('caller.credit')}>
              {money(account.data.credit)}
            </Descriptions.Item>
          </Descriptions>
        )}
        <Table<StatementSummary>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={statements.data?.items ?? []}
          columns={[
            { title: t('caller.period'), dataIndex: 'period' },
            {
              title: t('caller.state'),
              dataIndex: 'status',
              render: (s: string) => <Tag>{s}</Tag>,
            },
            { title: t('caller.total'), dataIndex: 'total', render: money },
            { title: t('caller.disputed'), dataIndex: 'disputedLines' },
          ]}
        />
      </Section>
    </Space>
  );
}

function ComplaintsTable({ items }: { items: ComplaintSummary[] }) {
  const { t, language } = useI18n();
  return (
    <Table<ComplaintSummary>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      columns={[
        {
          title: t('caller.complaint'),
          dataIndex: 'id',
          render: (id: string) => <Link to={complaintHref(id)}>{id}</Link>,
        },
        { title: t('caller.state'), dataIndex: 'state', render: (s: string) => <Tag>{s}</Tag> },
        { title: t('caller.cause'), dataIndex: 'cause' },
        { title: t('caller.when'), dataIndex: 'registeredAt', render: formatInstant },
        {
          title: t('caller.deadline'),
          key: 'deadline',
          render: (_, c) =>
            c.state === 'open' ? (
              <SubjectDeadlines subjectType="complaint" subjectId={c.id} />
            ) : (
              `${roleName(language, c.assignee.role)} · ${formatInstant(c.firstRepliedAt ?? c.closedAt)}`
            ),
        },
      ]}
    />
  );
}

/** GET /waybills/{no}: the composed view; each part says whether its service answered. */
function WaybillStory({ waybillNo }: { waybillNo: string }) {
  const { t, language } = useI18n();
  const view = useResource<WaybillView>(`waybills/${encodeURIComponent(waybillNo)}`);
  const [search, setSearch] = useSearchParams();
  if (view.error || view.loading || !view.data)
    return (
      <Section
        name="waybill"
        title={t('caller.waybillTitle', { no: waybillNo })}
        error={view.error}
        loading={view.loading}
      >
        {null}
      </Section>
    );
  const { order, tracking, complaints, charges } = view.data.parts;
  const missing = (reason: string) => (
    <Alert type="warning" showIcon title={t('caller.part.missing')} description={reason} />
  );
  return (
    <Card size="small" title={t('caller.waybillTitle', { no: waybillNo })} data-section="waybill">
      <Space direction="vertical" style={{ width: '100%' }}>
        <div data-part="order">
          <Typography.Title level={5}>{t('caller.order')}</Typography.Title>
          {!order.available ? (
            missing(order.reason)
          ) : order.data ? (
            <Space wrap>
              <Tag>{order.data.status}</Tag>
              {order.data.orderId} · {order.data.lane.origin} → {order.data.lane.destination} ·{' '}
              {order.data.customer.company}
              {!search.get('customer') && (
                <Button
                  size="small"
                  onClick={() =>
                    setSearch({ q: waybillNo, customer: order.data!.customer.customerId })
                  }
                >
                  {t('caller.openCustomer')}
                </Button>
              )}
            </Space>
          ) : (
            t('caller.none')
          )}
        </div>
        <div data-part="tracking">
          <Typography.Title level={5}>{t('caller.timeline')}</Typography.Title>
          {!tracking.available ? (
            missing(tracking.reason)
          ) : tracking.data ? (
            <>
              <List
                size="small"
                dataSource={tracking.data.timeline}
                renderItem={(s) => (
                  <List.Item>
                    {formatInstant(s.occurredAt)} · <Tag>{s.status}</Tag> {s.place.name}
                    {s.exception && <Tag color="red">{s.exception.kind}</Tag>}
                  </List.Item>
                )}
              />
              {tracking.data.exceptions.map((e) => (
                <div key={e.id} data-exception={e.id}>
                  <Tag color={e.state === 'open' ? 'red' : 'green'}>{e.kind}</Tag> {e.note} ·{' '}
                  {roleName(language, e.assignedRole)} ·{' '}
                  {t('caller.level', { level: e.escalationLevel })}
                  {e.state === 'open' && (
                    <SubjectDeadlines subjectType="exception" subjectId={e.id} />
                  )}
                </div>
              ))}
              {tracking.data.pod && (
                <div>
                  {t('caller.pod')}: <Tag>{tracking.data.pod.state}</Tag>{' '}
                  {t('caller.podChase', { at: formatInstant(tracking.data.pod.chaseDueAt) })}
                </div>
              )}
            </>
          ) : (
            t('caller.none')
          )}
        </div>
        <div data-part="complaints">
          <Typography.Title level={5}>{t('caller.complaints')}</Typography.Title>
          {!complaints.available ? (
            missing(complaints.reason)
          ) : (
            <ComplaintsTable
              items={(complaints.data?.items ?? []) as unknown as ComplaintSummary[]}
            />
          )}
        </div>
        <div data-part="charges">
          <Typography.Title level={5}>{t('caller.charges')}</Typography.Title>
          {!charges.available
            ? missing(charges.reason)
            : (charges.data?.items ?? []).map((c, i) => (
                <div key={i}>
                  {String(c.waybillNo ?? '')} · {money(c.total as Charge['total'])}
                </div>
              ))}
          {charges.available && !charges.data?.items.length && t('caller.none')}
        </div>
      </Space>
    </Card>
  );
}
