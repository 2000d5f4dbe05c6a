import { Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useClient } from '../../auth/auth';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { CustomerPicker, instantOfChinaLocal, tomorrowWindow } from './parts';
import { type Address, type Inquiry, type Order, PAYMENT_TERMS, type Quote } from './types';

interface OrderValues {
  customerId?: string;
  consignee?: { name?: string; contact?: string; phone?: string; address?: Address };
  pickupWindow?: { from?: string; to?: string };
  paymentTerms?: string;
  requirements?: string;
  cautions?: string;
  customerReference?: string;
}

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

/**
 * R4: the work order from the accepted quote (POST /api/v1/orders with `quoteId`: its cargo,
 * services and price are locked) — consignee, pickup window (China time), payment terms.
 */
export function OrderForm({
  inquiry,
  quote,
  onPlaced,
}: {
  inquiry: Inquiry;
  quote: Quote;
  onPlaced(order: Order): void;
}) {
  const client = useClient();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<OrderValues>();
  const [window] = useState(() => tomorrowWindow(9, 12));
  const d = inquiry.destination;
  return (
    <Card size="small" title={t('order.place.title')} style={{ marginTop: 12 }}>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        data-form="order"
        initialValues={{
          customerId: inquiry.customerId ?? quote.customerId,
          consignee: {
            address: {
              province: d.province,
              city: d.city,
              district: d.district,
              street: d.street,
            },
          },
          pickupWindow: window,
        }}
        onFinish={submit(async (v) => {
          const a = v.consignee?.address;
          const order = await client.request<Order>('POST', 'orders', {
            body: {
              customerId: v.customerId ?? '',
              quoteId: quote.quoteId,
              consignee: {
                name: v.consignee?.name ?? '',
                contact: blank(v.consignee?.contact),
                phone: v.consignee?.phone ?? '',
                address: {
                  province: a?.province ?? '',
                  city: a?.city ?? '',
                  district: blank(a?.district),
                  street: blank(a?.street),
                },
              },
              pickupWindow: {
                from: instantOfChinaLocal(v.pickupWindow?.from) ?? '',
                to: instantOfChinaLocal(v.pickupWindow?.to) ?? '',
              },
              paymentTerms: v.paymentTerms || undefined,
              requirements: blank(v.requirements),
              cautions: blank(v.cautions),
              customerReference: blank(v.customerReference),
            },
          });
          onPlaced(order);
        })}
      >
        <Form.Item name="customerId" label={t('order.customer')}>
          <CustomerPicker />
        </Form.Item>
        <Typography.Title level={5}>{t('order.consignee')}</Typography.Title>
        <Row gutter={8}>
          <Col xs={24} md={10}>
            <Form.Item name={['consignee', 'name']} label={t('order.consignee.name')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name={['consignee', 'contact']} label={t('order.consignee.contact')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name={['consignee', 'phone']} label={t('order.contact.phone')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={8}>
          <Col span={6}>
            <Form.Item
              name={['consignee', 'address', 'province']}
              label={t('order.address.province')}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['consignee', 'address', 'city']} label={t('order.address.city')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item
              name={['consignee', 'address', 'district']}
              label={t('order.address.district')}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['consignee', 'address', 'street']} label={t('order.address.street')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={8}>
          <Col xs={12} md={6}>
            <Form.Item name={['pickupWindow', 'from']} label={t('order.pickup.from')}>
              <Input type="datetime-local" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['pickupWindow', 'to']} label={t('order.pickup.to')}>
              <Input type="datetime-local" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="paymentTerms"
              label={t('order.paymentTerms')}
              extra={t('order.paymentTerms.hint')}
            >
              <Select
                allowClear
                options={PAYMENT_TERMS.map((p) => ({ value: p, label: t(`order.payment.${p}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="customerReference" label={t('order.customerReference')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={8}>
          <Col xs={24} md={12}>
            <Form.Item name="requirements" label={t('order.requirements')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="cautions" label={t('order.cautions')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('order.place')}
        </Button>
      </Form>
    </Card>
  );
}
