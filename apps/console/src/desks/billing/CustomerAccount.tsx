import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { useAuth } from '../../auth/auth';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { fenOf, formatMoney } from './money';
import type { CustomerAccount, InvoiceSummary, PaymentView } from './types';

const METHODS = ['bank-transfer', 'cash', 'cheque', 'other'] as const;
/** the API's `overpayment` is the form's checkbox */
const ALIASES = { overpayment: 'keepAsCredit' };

export interface PaymentValues {
  receivedAt?: Dayjs;
  amount?: { amountMinor?: number };
  method?: (typeof METHODS)[number];
  reference?: string;
  allocations?: { invoiceNo?: string; amount?: { amountMinor?: number } }[];
  keepAsCredit?: boolean;
}

/** A customer's receivables (R25): open, overdue, credit, ageing, open invoices; finance's payment. */
export function CustomerAccountView({ customerId }: { customerId: string }) {
  const { client, principal } = useAuth();
  const { t } = useI18n();
  const [account, setAccount] = useState<CustomerAccount>();
  const [error, setError] = useState<ApiProblem>();
  const load = useCallback(async () => {
    try {
      setAccount(
        await client.request<CustomerAccount>(
          'GET',
          `customers/${encodeURIComponent(customerId)}/account`,
        ),
      );
    } catch (e) {
      setError(e as ApiProblem);
    }
  }, [client, customerId]);
  useEffect(() => void load(), [load]);

  if (error) return <Alert type="error" showIcon title={error.detail ?? error.title} />;
  if (!account) return <Spin />;
  return (
    <div data-account={account.customer.customerId}>
      <Descriptions size="small" bordered column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('billing.customer')}>
          {account.customer.name} ({account.customer.customerId})
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.terms')}>
          {t(`billing.terms.${account.billingTerms.kind}`)} · {account.billingTerms.creditDays}d
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.email')}>{account.email ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('billing.open')}>
          <span data-open={account.open.amountMinor}>{formatMoney(account.open)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.overdue')}>
          {formatMoney(account.overdue)}
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.credit')}>
          {formatMoney(account.credit)}
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.ageing')} span={3}>
          {(['days0to30', 'days31to60', 'days61to90', 'over90'] as const)
            .map((b) => `${t(`billing.ageing.${b}`)} ${formatMoney(account.ageing[b])}`)
            .join(' · ')}
        </Descriptions.Item>
      </Descriptions>
      <Table<InvoiceSummary>
        size="small"
        rowKey="invoiceNo"
        pagination={false}
        dataSource={account.openInvoices}
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('billing.invoice'), dataIndex: 'invoiceNo' },
          { title: t('billing.period'), dataIndex: 'period' },
          { title: t('billing.dueDate'), dataIndex: 'dueDate' },
          { title: t('billing.total'), key: 't', render: (_, i) => formatMoney(i.total) },
          { title: t('billing.open'), key: 'o', render: (_, i) => formatMoney(i.open) },
          {
            title: t('billing.status'),
            key: 's',
            render: (_, i) => (
              <Space size={4}>
                <Tag>{t(`billing.invoiceStatus.${i.status}`)}</Tag>
                {i.overdue && <Tag color="red">{t('billing.overdue')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {principal?.role === 'finance' && <PaymentForm account={account} onDone={load} />}
    </div>
  );
}

/** Finance records a payment (R25): left without allocations it pays the oldest invoices first. */
export function PaymentForm({ account, onDone }: { account: CustomerAccount; onDone: () => void }) {
  const { client } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<PaymentValues>(ALIASES);
  const invoices = account.openInvoices.map((i) => ({
    value: i.invoiceNo,
    label: `${i.invoiceNo} · ${t('billing.open')} ${formatMoney(i.open)}`,
  }));
  return (
    <section aria-label={t('billing.payment.title')}>
      <Typography.Title level={5}>{t('billing.payment.title')}</Typography.Title>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ method: 'bank-transfer', allocations: [] }}
        onFinish={submit(async (v) => {
          const payment = await client.request<PaymentView>(
            'POST',
            `customers/${encodeURIComponent(account.customer.customerId)}/payments`,
            {
              body: {
                receivedAt: v.receivedAt?.toISOString(),
                amount: fenOf(v.amount?.amountMinor),
                method: v.method,
                reference: v.reference,
                allocations: v.allocations?.length
                  ? v.allocations.map((a) => ({
                      invoiceNo: a.invoiceNo,
                      amount: fenOf(a.amount?.amountMinor),
                    }))
                  : undefined,
                overpayment: v.keepAsCredit ? 'keep-as-credit' : undefined,
              },
            },
          );
          message.success(
            t('billing.payment.recorded', {
              amount: formatMoney(payment.amount),
              credit: formatMoney(payment.unapplied),
            }),
          );
          form.resetFields();
          onDone();
        })}
      >
        <Space wrap align="start">
          <Form.Item name="receivedAt" label={t('billing.receivedAt')}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item name={['amount', 'amountMinor']} label={t('billing.amount')}>
            <InputNumber min={0} step={0.01} precision={2} prefix="¥" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="method" label={t('billing.payment.method')}>
            <Select
              style={{ width: 160 }}
              options={METHODS.map((m) => ({ value: m, label: t(`billing.method.${m}`) }))}
            />
          </Form.Item>
          <Form.Item name="reference" label={t('billing.payment.reference')}>
            <Input style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Form.List name="allocations">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start">
                  <Form.Item name={[f.name, 'invoiceNo']} label={t('billing.invoice')}>
                    <Select style={{ width: 320 }} options={invoices} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amount', 'amountMinor']} label={t('billing.amount')}>
                    <InputNumber min={0} step={0.01} precision={2} prefix="¥" />
                  </Form.Item>
                  <Button size="small" style={{ marginTop: 30 }} onClick={() => remove(f.name)}>
                    {t('billing.remove')}
                  </Button>
                </Space>
              ))}
              <Form.Item extra={t('billing.payment.oldestFirst')}>
                <Button size="small" onClick={() => add({})}>
                  {t('billing.payment.allocate')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item name="keepAsCredit" valuePropName="checked">
          <Checkbox>{t('billing.payment.keepAsCredit')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('billing.payment.record')}
        </Button>
      </Form>
    </section>
  );
}
