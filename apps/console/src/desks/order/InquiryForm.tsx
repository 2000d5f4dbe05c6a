import { Button, Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useClient } from '../../auth/auth';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { fenOf } from './money';
import { CustomerPicker } from './parts';
import type { Address, Customer, Inquiry } from './types';

interface InquiryValues {
  customerId?: string;
  company?: string;
  contact?: { name?: string; phone?: string; email?: string };
  cargo?: {
    description?: string;
    pieces?: number;
    weightKg?: number;
    volumeM3?: number;
    dangerousGoodsClass?: string;
    msdsReference?: string;
    packaging?: string;
  };
  origin?: Address;
  destination?: Address;
  serviceOptions?: {
    pickup?: boolean;
    deliveryMode?: 'self-pickup' | 'door';
    /** typed in yuan, sent in fen */
    declaredValue?: number;
    codAmount?: number;
    podRequired?: boolean;
  };
  specialRequirements?: string;
  important?: boolean;
}

const DG_CLASSES = ['none', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

/** The body of POST /inquiries: empty strings left out, yuan → fen. */
export function inquiryBody(v: InquiryValues) {
  const address = (a: Address | undefined) =>
    a && {
      province: a.province ?? '',
      city: a.city ?? '',
      district: blank(a.district),
      street: blank(a.street),
    };
  return {
    customerId: v.customerId || undefined,
    company: v.company ?? '',
    contact: {
      name: v.contact?.name ?? '',
      phone: blank(v.contact?.phone),
      email: blank(v.contact?.email),
    },
    cargo: {
      ...v.cargo,
      msdsReference: blank(v.cargo?.msdsReference),
      packaging: blank(v.cargo?.packaging),
    },
    origin: address(v.origin),
    destination: address(v.destination),
    serviceOptions: {
      ...v.serviceOptions,
      declaredValue: fenOf(v.serviceOptions?.declaredValue),
      codAmount: fenOf(v.serviceOptions?.codAmount),
    },
    specialRequirements: blank(v.specialRequirements),
    important: v.important ?? false,
  };
}

function AddressFields({ name, legend }: { name: 'origin' | 'destination'; legend: string }) {
  const { t } = useI18n();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <legend>{legend}</legend>
      </Typography.Title>
      <Row gutter={8}>
        <Col span={8}>
          <Form.Item name={[name, 'province']} label={t('order.address.province')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={[name, 'city']} label={t('order.address.city')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={[name, 'district']} label={t('order.address.district')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={[name, 'street']} label={t('order.address.street')}>
        <Input />
      </Form.Item>
    </fieldset>
  );
}

/**
 * R2: a caller's quote inquiry, POST /api/v1/inquiries. A known customer picked by phone, name
 * or id fills company, contact and origin; the answer is the instant assessment (R3).
 */
export function InquiryForm({ onRecorded }: { onRecorded(inquiry: Inquiry): void }) {
  const client = useClient();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<InquiryValues>();

  const pick = (c: Customer | undefined) => {
    if (!c) return;
    const contact = c.contacts[0];
    const address = c.addresses[0];
    form.setFieldsValue({
      company: c.company,
      contact: { name: contact?.name, phone: contact?.phone, email: contact?.email },
      origin: address && {
        province: address.province,
        city: address.city,
        district: address.district,
        street: address.street,
      },
    });
  };

  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        data-form="inquiry"
        initialValues={{
          cargo: { dangerousGoodsClass: 'none', pieces: 1 },
          serviceOptions: { pickup: false, deliveryMode: 'self-pickup', podRequired: false },
          important: false,
        }}
        onFinish={submit(async (values) => {
          const inquiry = await client.request<Inquiry>('POST', 'inquiries', {
            body: inquiryBody(values),
          });
          onRecorded(inquiry);
        })}
      >
        <Form.Item name="customerId" label={t('order.customer')} extra={t('order.customer.hint')}>
          <CustomerPicker onPick={pick} />
        </Form.Item>
        <Row gutter={8}>
          <Col xs={24} md={12}>
            <Form.Item name="company" label={t('order.company')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['contact', 'name']} label={t('order.contact.name')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['contact', 'phone']} label={t('order.contact.phone')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['contact', 'email']} label={t('order.contact.email')}>
          <Input />
        </Form.Item>
        <Typography.Title level={5}>{t('order.cargo')}</Typography.Title>
        <Row gutter={8}>
          <Col xs={24} md={12}>
            <Form.Item name={['cargo', 'description']} label={t('order.cargo.description')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['cargo', 'packaging']} label={t('order.cargo.packaging')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['cargo', 'dangerousGoodsClass']} label={t('order.cargo.dg')}>
              <Select
                options={DG_CLASSES.map((c) => ({
                  value: c,
                  label: c === 'none' ? t('order.cargo.dgNone') : `UN ${c}`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={8}>
          <Col span={6}>
            <Form.Item name={['cargo', 'pieces']} label={t('order.cargo.pieces')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['cargo', 'weightKg']} label={t('order.cargo.weightKg')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['cargo', 'volumeM3']} label={t('order.cargo.volumeM3')}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['cargo', 'msdsReference']} label={t('order.cargo.msds')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <AddressFields name="origin" legend={t('order.origin')} />
          </Col>
          <Col xs={24} md={12}>
            <AddressFields name="destination" legend={t('order.destination')} />
          </Col>
        </Row>
        <Typography.Title level={5}>{t('order.services')}</Typography.Title>
        <Row gutter={8}>
          <Col xs={12} md={4}>
            <Form.Item
              name={['serviceOptions', 'pickup']}
              label={t('order.services.pickup')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              name={['serviceOptions', 'deliveryMode']}
              label={t('order.services.deliveryMode')}
            >
              <Select
                options={[
                  { value: 'self-pickup', label: t('order.services.selfPickup') },
                  { value: 'door', label: t('order.services.door') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              name={['serviceOptions', 'declaredValue']}
              label={t('order.services.declaredValue')}
            >
              <InputNumber style={{ width: '100%' }} min={0} precision={2} prefix="¥" />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name={['serviceOptions', 'codAmount']} label={t('order.services.cod')}>
              <InputNumber style={{ width: '100%' }} min={0} precision={2} prefix="¥" />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item
              name={['serviceOptions', 'podRequired']}
              label={t('order.services.pod')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="specialRequirements" label={t('order.specialRequirements')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="important"
          label={t('order.important')}
          valuePropName="checked"
          extra={t('order.important.hint')}
        >
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('order.inquiry.record')}
        </Button>
      </Form>
    </>
  );
}
