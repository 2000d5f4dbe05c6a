import { App, Button, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { useAuth } from '../../auth/auth';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { fenOf, formatMoney } from './money';
import type { InvoiceView, StatementView } from './types';

type InvoiceLine = InvoiceView['lines'][number];

interface CreditValues {
  reason?: string;
  lines: { invoiceLineNo?: number; amount?: { amountMinor?: number } }[];
}

/**
 * A disputed line of an issued invoice is settled by a credit note (红字发票) — never by editing
 * the invoice — or by a rejection: the charge stands (R24; branch manager, HQ service).
 */
export function SettleDisputes({
  statement,
  onDone,
}: {
  statement: StatementView;
  onDone: () => void;
}) {
  const { client } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const invoiceNo = statement.invoice!.invoiceNo;
  const [invoice, setInvoice] = useState<InvoiceView>();
  const [error, setError] = useState<ApiProblem>();
  const credit = useProblemForm<CreditValues>();
  const reject = useProblemForm<{ lineNo?: number; note?: string }>();

  const load = useCallback(async () => {
    try {
      setInvoice(await client.request<InvoiceView>('GET', `invoices/${invoiceNo}`));
    } catch (e) {
      setError(e as ApiProblem);
    }
  }, [client, invoiceNo]);
  useEffect(() => void load(), [load]);

  if (error) return <Typography.Text type="danger">{error.detail ?? error.title}</Typography.Text>;
  if (!invoice) return null;
  const disputed = invoice.lines.filter((l) => l.dispute === 'open');
  const settled = () => {
    message.success(t('billing.settle.done'));
    credit.form.resetFields();
    reject.form.resetFields();
    void load();
    onDone();
  };
  const lineOptions = (lines: InvoiceLine[]) =>
    lines.map((l) => ({
      value: l.lineNo,
      label: `${l.lineNo} · ${l.waybillNo} · ${l.description} · ${formatMoney(l.amount)}`,
    }));

  return (
    <section aria-label={t('billing.settle.title')} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>
        {t('billing.settle.title')} — {invoice.invoiceNo}
      </Typography.Title>
      <Table<InvoiceLine>
        size="small"
        rowKey="lineNo"
        pagination={false}
        dataSource={invoice.lines}
        style={{ marginBottom: 12 }}
        columns={[
          { title: '#', dataIndex: 'lineNo' },
          { title: t('billing.waybill'), dataIndex: 'waybillNo' },
          { title: t('billing.description'), dataIndex: 'description' },
          { title: t('billing.amount'), key: 'a', render: (_, l) => formatMoney(l.amount) },
          { title: t('billing.credited'), key: 'c', render: (_, l) => formatMoney(l.credited) },
          {
            title: t('billing.dispute'),
            key: 'd',
            render: (_, l) =>
              l.dispute ? (
                <Tag color={l.dispute === 'open' ? 'red' : 'default'}>
                  {t(`billing.dispute.${l.dispute}`)}
                </Tag>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {invoice.creditNotes.length > 0 && (
        <Typography.Paragraph>
          {t('billing.creditNotes')}:{' '}
          {invoice.creditNotes.map((c) => `${c.creditNoteNo} (${formatMoney(c.total)})`).join(', ')}
        </Typography.Paragraph>
      )}
      {disputed.length === 0 ? (
        <Typography.Text type="secondary">{t('billing.settle.none')}</Typography.Text>
      ) : (
        <>
          <Typography.Title level={5}>{t('billing.credit.title')}</Typography.Title>
          <FormProblem problem={credit.problem} elsewhere={credit.elsewhere} />
          <Form
            form={credit.form}
            layout="vertical"
            initialValues={{ lines: [{ invoiceLineNo: disputed[0].lineNo }] }}
            onFinish={credit.submit(async (v) => {
              await client.request('POST', `invoices/${invoiceNo}/credit-notes`, {
                body: {
                  reason: v.reason,
                  lines: v.lines.map((l) => ({
                    invoiceLineNo: l.invoiceLineNo,
                    amount: fenOf(l.amount?.amountMinor),
                  })),
                },
              });
              settled();
            })}
          >
            <Form.Item name="reason" label={t('billing.reason')}>
              <Input />
            </Form.Item>
            <Form.List name="lines">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="start">
                      <Form.Item name={[f.name, 'invoiceLineNo']} label={t('billing.line')}>
                        <Select style={{ width: 360 }} options={lineOptions(disputed)} />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'amount', 'amountMinor']}
                        label={t('billing.credit.amount')}
                      >
                        <InputNumber min={0} step={0.01} precision={2} prefix="¥" />
                      </Form.Item>
                      {fields.length > 1 && (
                        <Button size="small" onClick={() => remove(f.name)}>
                          {t('billing.remove')}
                        </Button>
                      )}
                    </Space>
                  ))}
                  <Space>
                    <Button size="small" onClick={() => add({})}>
                      {t('billing.addLine')}
                    </Button>
                    <Button type="primary" htmlType="submit" loading={credit.submitting}>
                      {t('billing.credit.issue')}
                    </Button>
                  </Space>
                </>
              )}
            </Form.List>
          </Form>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('billing.reject.title')}
          </Typography.Title>
          <FormProblem problem={reject.problem} elsewhere={reject.elsewhere} />
          <Form
            form={reject.form}
            layout="inline"
            initialValues={{ lineNo: disputed[0].lineNo }}
            onFinish={reject.submit(async (v) => {
              await client.request(
                'POST',
                `invoices/${invoiceNo}/lines/${v.lineNo}/dispute-rejection`,
                { body: { note: v.note } },
              );
              settled();
            })}
          >
            <Form.Item name="lineNo" label={t('billing.line')}>
              <Select style={{ width: 300 }} options={lineOptions(disputed)} />
            </Form.Item>
            <Form.Item name="note" label={t('billing.reject.note')}>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Button htmlType="submit" loading={reject.submitting}>
              {t('billing.reject')}
            </Button>
          </Form>
        </>
      )}
    </section>
  );
}
