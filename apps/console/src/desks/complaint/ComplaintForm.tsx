import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import { useSearchParams } from 'react-router';
import { useClient } from '../../auth/auth';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { type Cause, type ComplaintView, OPINION_VERDICTS } from './types';
import { useResource } from './use-resource';

export interface ComplaintValues {
  caller: { name?: string; phone?: string };
  customerId?: string;
  waybillNo?: string;
  cause?: string;
  description?: string;
  customerRequest?: string;
  important?: boolean;
  solvedOnCall: boolean;
  result?: string;
  customerOpinion?: { verdict?: string; comment?: string };
}

const trimmed = (v?: string) => (v && v.trim() ? v : undefined);

/** The body of POST /complaints: empty fields left out; result and opinion only when solved. */
export function complaintBody(values: ComplaintValues, callId?: string) {
  const opinion = values.customerOpinion;
  return {
    ...(callId ? { callId } : {}),
    caller: { name: trimmed(values.caller?.name), phone: trimmed(values.caller?.phone) },
    customerId: trimmed(values.customerId),
    waybillNo: trimmed(values.waybillNo),
    cause: values.cause,
    description: values.description ?? '',
    customerRequest: values.customerRequest ?? '',
    important: !!values.important,
    solvedOnCall: values.solvedOnCall,
    ...(values.solvedOnCall
      ? {
          result: trimmed(values.result),
          customerOpinion: opinion?.verdict
            ? { verdict: opinion.verdict, comment: trimmed(opinion.comment) }
            : undefined,
        }
      : {}),
  };
}

/** The managed list of causes (R18), active ones, as choices. */
export function useCauses() {
  const { data } = useResource<{ items: Cause[] }>('complaint-causes');
  return data?.items ?? [];
}

/**
 * POST /complaints (R17, R18): solved on the call (closed at once, with the result and the
 * customer's opinion), or the caller's name and phone and a reply due within the hour up the
 * branch's ladder. Opened from a call (`?call=`), registering it answers that call.
 */
export function ComplaintForm({ onRegistered }: { onRegistered(c: ComplaintView): void }) {
  const client = useClient();
  const { t } = useI18n();
  const [search] = useSearchParams();
  const callId = search.get('call') ?? undefined;
  const causes = useCauses();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<ComplaintValues>();
  const solved = Form.useWatch('solvedOnCall', form);
  return (
    <Card
      size="small"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('complaint.new')}</h1>}
      data-form="new-complaint"
    >
      {callId && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('complaint.fromCall', { id: callId })}
        />
      )}
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form<ComplaintValues>
        form={form}
        layout="vertical"
        initialValues={{
          caller: {
            name: search.get('name') ?? undefined,
            phone: search.get('phone') ?? undefined,
          },
          customerId: search.get('customerId') ?? undefined,
          waybillNo: search.get('waybillNo') ?? undefined,
          solvedOnCall: false,
          important: false,
        }}
        onFinish={submit(async (values) => {
          onRegistered(
            await client.request<ComplaintView>('POST', 'complaints', {
              body: complaintBody(values, callId),
            }),
          );
        })}
      >
        <Space wrap align="start">
          <Form.Item name={['caller', 'name']} label={t('complaint.caller.name')}>
            <Input style={{ width: 200 }} autoComplete="off" />
          </Form.Item>
          <Form.Item name={['caller', 'phone']} label={t('complaint.caller.phone')}>
            <Input style={{ width: 200 }} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="customerId"
            label={t('complaint.customerId')}
            extra={t('complaint.customerId.hint')}
          >
            <Input style={{ width: 200 }} autoComplete="off" />
          </Form.Item>
          <Form.Item name="waybillNo" label={t('complaint.cargo.waybillNo')}>
            <Input style={{ width: 180 }} autoComplete="off" />
          </Form.Item>
        </Space>
        <Form.Item name="cause" label={t('complaint.cause')}>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ maxWidth: 360 }}
            aria-label={t('complaint.cause')}
            options={causes.filter((c) => c.active).map((c) => ({ value: c.code, label: c.label }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('complaint.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="customerRequest" label={t('complaint.customerRequest')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space wrap size="large" align="start">
          <Form.Item name="solvedOnCall" label={t('complaint.solvedOnCall')}>
            <Radio.Group
              options={[
                { value: true, label: t('complaint.solvedOnCall.yes') },
                { value: false, label: t('complaint.solvedOnCall.no') },
              ]}
            />
          </Form.Item>
          <Form.Item name="important" label={t('complaint.important')} valuePropName="checked">
            <Checkbox>{t('complaint.important.hint')}</Checkbox>
          </Form.Item>
        </Space>
        {solved ? (
          <>
            <Form.Item name="result" label={t('complaint.result')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Space wrap align="start">
              <Form.Item name={['customerOpinion', 'verdict']} label={t('complaint.opinion')}>
                <Select
                  allowClear
                  style={{ width: 200 }}
                  aria-label={t('complaint.opinion')}
                  options={OPINION_VERDICTS.map((v) => ({
                    value: v,
                    label: t(`complaint.verdict.${v}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name={['customerOpinion', 'comment']}
                label={t('complaint.opinion.comment')}
              >
                <Input style={{ width: 320 }} />
              </Form.Item>
            </Space>
          </>
        ) : (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('complaint.replyWithinHour')}
          />
        )}
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('complaint.register')}
        </Button>
      </Form>
    </Card>
  );
}
