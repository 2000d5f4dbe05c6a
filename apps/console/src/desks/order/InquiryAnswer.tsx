import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import { useClient } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { fenOf, laneText } from './money';
import { addressText, DueIn, Facts, PriceTable } from './parts';
import type { Inquiry, Quote } from './types';

interface QuoteValues {
  validDays?: number;
  note?: string;
  manualLines?: { code?: string; description?: string; amountMinor?: number; taxRate?: number }[];
}

/**
 * R3: the inquiry's instant assessment — the table's price line by line, or "needs analysis"
 * with its reasons and the 8-hour answer clock — and the quote sent (POST /inquiries/{id}/quote:
 * from the table, or the lines the agent analysed).
 */
export function InquiryAnswer({
  inquiry,
  onChanged,
}: {
  inquiry: Inquiry;
  onChanged(inquiry: Inquiry): void;
}) {
  const client = useClient();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<QuoteValues>();
  const a = inquiry.assessment;
  const needsAnalysis = a.kind === 'needs-analysis';
  const answered = !!inquiry.answer || !!inquiry.quote;

  return (
    <Card
      size="small"
      title={t('order.inquiry.title', { id: inquiry.inquiryId })}
      extra={
        <Tag data-inquiry-status={inquiry.status}>
          {t(`order.inquiry.status.${inquiry.status}`)}
        </Tag>
      }
      data-inquiry={inquiry.inquiryId}
    >
      <Facts
        items={[
          [
            t('order.company'),
            `${inquiry.company}${inquiry.customerId ? ` (${inquiry.customerId})` : ''}`,
          ],
          [
            t('order.contact.name'),
            `${inquiry.contact.name} ${inquiry.contact.phone ?? inquiry.contact.email ?? ''}`,
          ],
          [
            t('order.cargo'),
            `${inquiry.cargo.description} · ${inquiry.cargo.pieces} · ${inquiry.cargo.weightKg} kg · ${inquiry.cargo.volumeM3} m³`,
          ],
          [
            t('order.route'),
            `${addressText(inquiry.origin)} → ${addressText(inquiry.destination)}`,
          ],
          [t('order.inquiry.receivedAt'), formatInstant(inquiry.receivedAt)],
          [
            t('order.inquiry.answerDue'),
            answered ? (
              <Tag color="green">{t('order.inquiry.answered')}</Tag>
            ) : (
              <DueIn dueAt={inquiry.answerDueAt} />
            ),
          ],
        ]}
      />
      {inquiry.escalations.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('order.inquiry.escalated', {
            levels: inquiry.escalations.map((e) => `${e.level} (${e.role})`).join(', '),
          })}
        />
      )}
      {a.kind === 'quotable' ? (
        <div data-assessment="quotable">
          <p>
            {t('order.assessment.quotable', {
              lane: laneText(a.lane),
              kg: a.chargeableWeightKg,
            })}
          </p>
          <PriceTable price={a.price} />
        </div>
      ) : (
        <Alert
          data-assessment="needs-analysis"
          type="info"
          showIcon
          title={t('order.assessment.needsAnalysis')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {a.reasons.map((r) => (
                <li key={r.code}>
                  <code>{r.code}</code> {r.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {inquiry.quoteBlockedReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('order.inquiry.blocked')}
          description={inquiry.quoteBlockedReason}
        />
      )}
      {!answered && (
        <div style={{ marginTop: 16 }}>
          <FormProblem problem={problem} elsewhere={elsewhere} />
          <Form
            form={form}
            layout="vertical"
            data-form="quote"
            initialValues={{ manualLines: needsAnalysis ? [{ taxRate: 0.09 }] : [] }}
            onFinish={submit(async (v) => {
              const body = {
                validDays: v.validDays ?? undefined,
                note: v.note || undefined,
                manualLines: v.manualLines?.length
                  ? v.manualLines.map((l) => ({ ...l, amountMinor: fenOf(l.amountMinor) }))
                  : undefined,
              };
              onChanged(
                await client.request<Inquiry>('POST', `inquiries/${inquiry.inquiryId}/quote`, {
                  body,
                }),
              );
            })}
          >
            {needsAnalysis && (
              <Form.List name="manualLines">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <Space key={f.key} align="start" wrap>
                        <Form.Item name={[f.name, 'code']} label={t('order.quote.code')}>
                          <Input placeholder="freight" style={{ width: 120 }} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'description']} label={t('order.price.line')}>
                          <Input style={{ width: 200 }} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'amountMinor']} label={t('order.price.net')}>
                          <InputNumber min={0} precision={2} prefix="¥" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'taxRate']} label={t('order.price.vat')}>
                          <Select
                            style={{ width: 110 }}
                            options={[
                              { value: 0.09, label: '9%' },
                              { value: 0.06, label: '6%' },
                            ]}
                          />
                        </Form.Item>
                        <Button
                          type="text"
                          aria-label={t('order.quote.removeLine')}
                          icon={<MinusCircleOutlined />}
                          onClick={() => remove(f.name)}
                          style={{ marginTop: 30 }}
                        />
                      </Space>
                    ))}
                    <Form.Item>
                      <Button icon={<PlusOutlined />} onClick={() => add({ taxRate: 0.09 })}>
                        {t('order.quote.addLine')}
                      </Button>
                    </Form.Item>
                  </>
                )}
              </Form.List>
            )}
            <Space align="start" wrap>
              <Form.Item name="validDays" label={t('order.quote.validDays')}>
                <InputNumber min={1} placeholder="7" />
              </Form.Item>
              <Form.Item name="note" label={t('order.quote.note')}>
                <Input style={{ width: 320 }} />
              </Form.Item>
            </Space>
            <div>
              <Button type="primary" htmlType="submit" loading={submitting}>
                {t('order.quote.send')}
              </Button>
            </div>
          </Form>
        </div>
      )}
    </Card>
  );
}

/** R3 → R4: the quote sent, and the customer's acceptance (POST /quotes/{id}/accept). */
export function QuoteCard({ quote, onChanged }: { quote: Quote; onChanged(quote: Quote): void }) {
  const client = useClient();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<{ note?: string }>();
  return (
    <Card
      size="small"
      title={t('order.quote.title', { id: quote.quoteId })}
      extra={<Tag data-quote-status={quote.status}>{t(`order.quote.status.${quote.status}`)}</Tag>}
      data-quote={quote.quoteId}
      style={{ marginTop: 12 }}
    >
      <Facts
        items={[
          [t('order.lane'), laneText(quote.lane)],
          [t('order.quote.validUntil'), formatInstant(quote.validUntil)],
          [
            t('order.quote.offeredBy'),
            `${quote.offeredBy.username} · ${formatInstant(quote.offeredAt)}`,
          ],
          ...(quote.acceptedAt
            ? ([[t('order.quote.acceptedAt'), formatInstant(quote.acceptedAt)]] as [
                string,
                string,
              ][])
            : []),
        ]}
      />
      <PriceTable price={quote.price} />
      {quote.status === 'offered' && (
        <div style={{ marginTop: 12 }}>
          <FormProblem problem={problem} elsewhere={elsewhere} />
          <Form
            form={form}
            layout="inline"
            data-form="accept"
            onFinish={submit(async (v) =>
              onChanged(
                await client.request<Quote>('POST', `quotes/${quote.quoteId}/accept`, {
                  body: { note: v.note || undefined },
                }),
              ),
            )}
          >
            <Form.Item name="note" label={t('order.quote.acceptNote')}>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('order.quote.accept')}
            </Button>
          </Form>
        </div>
      )}
    </Card>
  );
}
