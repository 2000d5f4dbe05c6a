import { Button, Card, Space, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ApiProblem } from '../../api/problem';
import { useClient } from '../../auth/auth';
import { FormProblem } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { InquiryAnswer, QuoteCard } from './InquiryAnswer';
import { InquiryForm } from './InquiryForm';
import { OrderDetail } from './OrderDetail';
import { OrderForm } from './OrderForm';
import type { Inquiry, Quote } from './types';

/**
 * /desk/new-inquiry — the agent's flow, R2 → R5: record the caller's inquiry, see the instant
 * assessment (or why it needs analysis, with the 8-hour clock), send the quote, record the
 * customer's acceptance, place the work order from it, and print its labels. Where the flow is
 * stays in the address (`?inquiry=`, `?order=`): a reload or a link comes back to it.
 */
export function NewInquiryPage() {
  const client = useClient();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const inquiryId = params.get('inquiry') ?? undefined;
  const orderId = params.get('order') ?? undefined;
  const [inquiry, setInquiry] = useState<Inquiry>();
  const [quote, setQuote] = useState<Quote>();
  const [error, setError] = useState<ApiProblem>();

  useEffect(() => {
    if (!inquiryId || inquiry?.inquiryId === inquiryId) return;
    client.request<Inquiry>('GET', `inquiries/${inquiryId}`).then(
      (i) => {
        setInquiry(i);
        setQuote(i.quote);
      },
      (e: ApiProblem) => setError(e),
    );
  }, [client, inquiryId, inquiry?.inquiryId]);

  // the 8-hour clock's due comes once the scheduler has worked it out (over Kafka): ask again
  const waiting = !!inquiry && inquiry.answerDueAt === null && !inquiry.answer && !inquiry.quote;
  useEffect(() => {
    if (!waiting || !inquiry) return;
    let tries = 0;
    const timer = setInterval(() => {
      if (++tries > 10) return clearInterval(timer);
      client.request<Inquiry>('GET', `inquiries/${inquiry.inquiryId}`).then(
        (i) => {
          if (i.answerDueAt) setInquiry((current) => (current?.quote ? current : i));
        },
        () => undefined,
      );
    }, 3000);
    return () => clearInterval(timer);
  }, [client, waiting, inquiry]);

  const go = (next: Record<string, string>) => setParams(next);
  const adopt = (i: Inquiry) => {
    setInquiry(i);
    setQuote(i.quote);
    if (i.inquiryId !== inquiryId) go({ inquiry: i.inquiryId });
  };

  const step = orderId ? 3 : quote?.status === 'accepted' ? 2 : inquiryId ? 1 : 0;
  return (
    <Card
      size="small"
      data-desk-page="new-inquiry"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('order.newInquiry.title')}</h1>}
      extra={
        (inquiryId || orderId) && (
          <Button
            size="small"
            onClick={() => {
              setInquiry(undefined);
              setQuote(undefined);
              go({});
            }}
          >
            {t('order.newInquiry.another')}
          </Button>
        )
      }
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('order.step.inquiry') },
          { title: t('order.step.quote') },
          { title: t('order.step.order') },
          { title: t('order.step.labels') },
        ]}
      />
      {error && <FormProblem problem={error} elsewhere={[]} />}
      {step === 0 && <InquiryForm onRecorded={adopt} />}
      {step > 0 && step < 3 && inquiry && (
        <Space orientation="vertical" style={{ width: '100%' }} size={0}>
          <InquiryAnswer inquiry={inquiry} onChanged={adopt} />
          {quote && <QuoteCard quote={quote} onChanged={setQuote} />}
          {quote?.status === 'accepted' && (
            <OrderForm
              inquiry={inquiry}
              quote={quote}
              onPlaced={(o) => go({ inquiry: inquiry.inquiryId, order: o.orderId })}
            />
          )}
        </Space>
      )}
      {orderId && <OrderDetail orderId={orderId} />}
    </Card>
  );
}
