import { Button, Card, Checkbox, Form, Input, Radio, Space, Switch } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient } from '../../auth/auth';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { CALL_KINDS, type CallKind, type CallView, type CargoLookup } from './types';

export interface CallValues {
  kind: CallKind;
  caller: { name?: string; phone?: string };
  customerId?: string;
  summary?: string;
  outcome?: string;
  answeredOnCall: boolean;
  important?: boolean;
  passedToManager?: boolean;
  cargo?: Partial<CargoLookup>;
}

const blankToUndefined = (value: unknown): unknown => {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, blankToUndefined(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
};

/** The body of POST /calls from the form: empty fields left out, cargo only for a cargo lookup. */
export function callBody(values: CallValues, startedAt: string): Record<string, unknown> {
  const { cargo, passedToManager, ...rest } = values;
  return {
    ...(blankToUndefined(rest) as object),
    caller: blankToUndefined(values.caller) ?? {},
    startedAt,
    ...(values.kind === 'cargo-lookup' ? { cargo: blankToUndefined(cargo) ?? {} } : {}),
    ...(values.kind === 'internal' && !values.answeredOnCall
      ? { passedToManager: !!passedToManager }
      : {}),
  };
}

/**
 * POST /calls (R15, R16, R12): who called, what they wanted, answered on the line or not (then
 * the 5-minute clock, 30 for an internal call), the shipment asked after for a cargo lookup.
 * The call starts when the form opens; prefilled from `?name=&phone=&customerId=`.
 */
export function CallForm({ onLogged }: { onLogged(call: CallView): void }) {
  const client = useClient();
  const { t } = useI18n();
  const [search] = useSearchParams();
  const [startedAt] = useState(() => new Date().toISOString());
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<CallValues>();
  const kind = Form.useWatch('kind', form);
  const answeredOnCall = Form.useWatch('answeredOnCall', form);
  const initial: CallValues = {
    kind: (CALL_KINDS as readonly string[]).includes(search.get('kind') ?? '')
      ? (search.get('kind') as CallKind)
      : 'inquiry',
    caller: { name: search.get('name') ?? undefined, phone: search.get('phone') ?? undefined },
    customerId: search.get('customerId') ?? undefined,
    answeredOnCall: false,
    important: false,
    cargo: { waybillNo: search.get('waybillNo') ?? undefined },
  };
  return (
    <Card
      size="small"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('complaint.call.new')}</h1>}
      data-form="new-call"
    >
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form<CallValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit(async (values) => {
          const call = await client.request<CallView>('POST', 'calls', {
            body: callBody(values, startedAt),
          });
          onLogged(call);
        })}
      >
        <Form.Item name="kind" label={t('complaint.call.kind')}>
          <Radio.Group
            optionType="button"
            options={CALL_KINDS.map((k) => ({ value: k, label: t(`complaint.kind.${k}`) }))}
          />
        </Form.Item>
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
        </Space>
        <Form.Item name="summary" label={t('complaint.call.summary')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {kind === 'cargo-lookup' && (
          <Card
            size="small"
            type="inner"
            title={t('complaint.cargo.title')}
            style={{ marginBottom: 16 }}
          >
            <Space wrap align="start">
              <Form.Item name={['cargo', 'shipDate']} label={t('complaint.cargo.shipDate')}>
                <Input placeholder="YYYY-MM-DD" style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={['cargo', 'waybillNo']} label={t('complaint.cargo.waybillNo')}>
                <Input style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name={['cargo', 'origin']} label={t('complaint.cargo.origin')}>
                <Input style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={['cargo', 'destination']} label={t('complaint.cargo.destination')}>
                <Input style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={['cargo', 'packaging']} label={t('complaint.cargo.packaging')}>
                <Input style={{ width: 140 }} />
              </Form.Item>
            </Space>
            <Form.Item name={['cargo', 'cargoFeatures']} label={t('complaint.cargo.features')}>
              <Input />
            </Form.Item>
            <Form.Item name={['cargo', 'shortage']} label={t('complaint.cargo.shortage')}>
              <Input />
            </Form.Item>
          </Card>
        )}
        <Space wrap align="start" size="large">
          <Form.Item
            name="answeredOnCall"
            label={t('complaint.call.answeredOnCall')}
            valuePropName="checked"
            extra={answeredOnCall ? undefined : t('complaint.call.clock')}
          >
            <Switch />
          </Form.Item>
          {(kind === 'inquiry' || kind === 'complaint') && (
            <Form.Item name="important" label={t('complaint.important')} valuePropName="checked">
              <Checkbox>{t('complaint.important.hint')}</Checkbox>
            </Form.Item>
          )}
          {kind === 'internal' && !answeredOnCall && (
            <Form.Item
              name="passedToManager"
              label={t('complaint.call.passedToManager')}
              valuePropName="checked"
            >
              <Checkbox>{t('complaint.call.passedToManager.hint')}</Checkbox>
            </Form.Item>
          )}
        </Space>
        <Form.Item name="outcome" label={t('complaint.call.outcome')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('complaint.call.log')}
        </Button>
      </Form>
    </Card>
  );
}
