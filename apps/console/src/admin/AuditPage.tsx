import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { AuditRecord } from '../api/types';
import { applyProblem, FormProblem } from '../forms/problem-form';
import { formatInstant } from '../format/time';
import { useI18n } from '../i18n/i18n';
import { usePagedList } from './use-paged-list';

interface Filters {
  actor?: string;
  outcome?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
}

const OUTCOME_COLOURS = { succeeded: 'green', denied: 'orange', failed: 'red' } as const;

/** GET /api/v1/audit (admin, HQ): every change and every denied request, newest first. */
export function AuditPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const list = usePagedList<AuditRecord>('audit', { ...filters, limit: 100 });
  const [elsewhere, setElsewhere] = useState<{ field: string; message: string }[]>([]);

  // a refused filter (e.g. `from` not a timestamp) is shown at its field
  useEffect(() => {
    if (list.error) setElsewhere(applyProblem(form, list.error).elsewhere);
    else setElsewhere([]);
  }, [list.error, form]);

  return (
    <Card size="small" title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('nav.audit')}</h1>}>
      <FormProblem problem={list.error} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="inline"
        size="small"
        style={{ marginBottom: 12, rowGap: 8 }}
        onFinish={(values) =>
          setFilters(
            Object.fromEntries(
              Object.entries(values).filter(([, v]) => v !== undefined && v !== ''),
            ),
          )
        }
      >
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="outcome" label={t('audit.outcome')}>
          <Select
            allowClear
            style={{ width: 130 }}
            options={['succeeded', 'denied', 'failed'].map((o) => ({ value: o, label: o }))}
          />
        </Form.Item>
        <Form.Item name="action" label={t('audit.action')}>
          <Input style={{ width: 220 }} placeholder="POST /api/v1/admin/users" />
        </Form.Item>
        <Form.Item name="from" label={t('audit.from')}>
          <Input style={{ width: 200 }} placeholder="2025-03-01T00:00:00+08:00" />
        </Form.Item>
        <Form.Item name="to" label={t('audit.to')}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('audit.filter')}
          </Button>
        </Space>
      </Form>
      <Table<AuditRecord>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          {
            title: t('audit.at'),
            dataIndex: 'at',
            render: (at: string) => formatInstant(at),
          },
          {
            title: t('audit.actor'),
            key: 'actor',
            render: (_, r) =>
              [r.actor.username, r.actor.role, r.actor.branch].filter(Boolean).join(' · ') || '—',
          },
          { title: t('audit.action'), dataIndex: 'action' },
          { title: t('audit.target'), dataIndex: 'target', render: (v: string | null) => v ?? '—' },
          {
            title: t('audit.outcome'),
            key: 'outcome',
            render: (_, r) => (
              <Tag color={OUTCOME_COLOURS[r.outcome]}>
                {r.outcome} {r.status}
              </Tag>
            ),
          },
          { title: t('audit.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
        ]}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
    </Card>
  );
}
