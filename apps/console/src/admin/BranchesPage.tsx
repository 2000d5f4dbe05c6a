import { Button, Card, Drawer, Form, Input, Table } from 'antd';
import { useState } from 'react';
import type { Branch } from '../api/types';
import { useAuth } from '../auth/auth';
import { can } from '../auth/permissions';
import { FormProblem, useProblemForm } from '../forms/problem-form';
import { useI18n } from '../i18n/i18n';
import { usePagedList } from './use-paged-list';

/** GET/POST /api/v1/admin/branches: every branch; admins open new ones. */
export function BranchesPage() {
  const { client, principal } = useAuth();
  const { t } = useI18n();
  const list = usePagedList<Branch>('admin/branches', {});
  const [opening, setOpening] = useState(false);
  const { form, submit, submitting, problem, elsewhere, clear } = useProblemForm<Branch>();

  return (
    <Card
      size="small"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('nav.branches')}</h1>}
      extra={
        can(principal?.role, 'manageBranches') && (
          <Button type="primary" size="small" onClick={() => setOpening(true)}>
            {t('branches.open')}
          </Button>
        )
      }
    >
      <Table<Branch>
        size="small"
        rowKey="code"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          { title: t('branches.code'), dataIndex: 'code' },
          { title: t('branches.name'), dataIndex: 'name' },
          { title: t('branches.timeZone'), dataIndex: 'timeZone' },
        ]}
      />
      <Drawer
        open={opening}
        title={t('branches.open')}
        onClose={() => (setOpening(false), clear())}
        destroyOnHidden
        size={420}
      >
        <FormProblem problem={problem} elsewhere={elsewhere} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ timeZone: 'Asia/Shanghai' }}
          onFinish={submit(async (values) => {
            await client.request('POST', 'admin/branches', { body: values });
            setOpening(false);
            form.resetFields();
            list.reload();
          })}
        >
          <Form.Item name="code" label={t('branches.code')} extra="SH01">
            <Input />
          </Form.Item>
          <Form.Item name="name" label={t('branches.name')}>
            <Input />
          </Form.Item>
          <Form.Item name="timeZone" label={t('branches.timeZone')}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('form.save')}
          </Button>
        </Form>
      </Drawer>
    </Card>
  );
}
