import { Alert, Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePagedList } from '../../admin/use-paged-list';
import { useAuth } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { roleName, useI18n } from '../../i18n/i18n';
import { ComplaintPage } from './ComplaintPage';
import { useCauses } from './ComplaintForm';
import { complaintHref } from './links';
import { COMPLAINT_STATES, type ComplaintSummary } from './types';

/**
 * GET /complaints: the complaint register (R17, R18) — the branch's for a branch manager, every
 * branch's for HQ (whose copy carries the HQ centre's annotations on each complaint's page).
 * Filters: state, cause, branch (HQ), important; `?complaint=ID` opens one complaint's register.
 */
export function ComplaintRegisterPage() {
  const [search] = useSearchParams();
  const id = search.get('complaint');
  if (id) return <ComplaintPage key={id} id={id} />;
  return <ComplaintRegister />;
}

function ComplaintRegister() {
  const { principal } = useAuth();
  const { t, language } = useI18n();
  const causes = useCauses();
  const [state, setState] = useState<string>();
  const [cause, setCause] = useState<string>();
  const [branch, setBranch] = useState<string>();
  const [important, setImportant] = useState<string>();
  const hq =
    principal?.branch === 'HQ' ||
    principal?.role === 'hq-service' ||
    principal?.role === 'general-manager';
  const list = usePagedList<ComplaintSummary>('complaints', {
    state,
    cause,
    branch,
    important,
    limit: 50,
  });
  const causeLabel = (code: string) => causes.find((c) => c.code === code)?.label ?? code;
  return (
    <Card
      size="small"
      data-page="complaint-register"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('complaint.register.title')}</h1>}
      extra={
        <Space wrap>
          <Select
            allowClear
            size="small"
            style={{ width: 130 }}
            placeholder={t('complaint.state')}
            aria-label={t('complaint.state')}
            value={state}
            onChange={setState}
            options={COMPLAINT_STATES.map((s) => ({ value: s, label: t(`complaint.state.${s}`) }))}
          />
          <Select
            allowClear
            size="small"
            style={{ width: 200 }}
            placeholder={t('complaint.cause')}
            aria-label={t('complaint.cause')}
            value={cause}
            onChange={setCause}
            options={causes.map((c) => ({ value: c.code, label: c.label }))}
          />
          <Select
            allowClear
            size="small"
            style={{ width: 130 }}
            placeholder={t('complaint.important')}
            aria-label={t('complaint.important')}
            value={important}
            onChange={setImportant}
            options={[
              { value: 'true', label: t('complaint.important.only') },
              { value: 'false', label: t('complaint.important.not') },
            ]}
          />
          {hq && (
            <Select
              allowClear
              size="small"
              style={{ width: 110 }}
              placeholder={t('complaint.branch')}
              aria-label={t('complaint.branch')}
              value={branch}
              onChange={setBranch}
              options={['SH01', 'GZ01', 'WH01'].map((b) => ({ value: b, label: b }))}
            />
          )}
        </Space>
      }
    >
      {list.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${list.error.title} (${list.error.status})`}
          description={list.error.detail}
        />
      )}
      <Table<ComplaintSummary>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          {
            title: t('complaint.id'),
            dataIndex: 'id',
            render: (id: string) => <Link to={complaintHref(id)}>{id}</Link>,
          },
          { title: t('complaint.branch'), dataIndex: 'branch' },
          {
            title: t('complaint.state'),
            dataIndex: 'state',
            render: (s: ComplaintSummary['state'], r) => (
              <Space size={2}>
                <Tag color={s === 'open' ? 'gold' : s === 'replied' ? 'blue' : 'green'}>
                  {t(`complaint.state.${s}`)}
                </Tag>
                {r.important && <Tag color="red">!</Tag>}
              </Space>
            ),
          },
          { title: t('complaint.cause'), dataIndex: 'cause', render: causeLabel },
          {
            title: t('complaint.caller'),
            key: 'caller',
            render: (_, r) => `${r.caller.name ?? '—'} ${r.caller.phone ?? ''}`,
          },
          {
            title: t('complaint.cargo.waybillNo'),
            dataIndex: 'waybillNo',
            render: (w: string | null) => w ?? '—',
          },
          { title: t('complaint.registered'), dataIndex: 'registeredAt', render: formatInstant },
          {
            title: t('complaint.replyDue'),
            key: 'due',
            render: (_, r) =>
              r.firstRepliedAt
                ? t('complaint.repliedAt', { at: formatInstant(r.firstRepliedAt) })
                : formatInstant(r.replyDueAt),
          },
          {
            title: t('complaint.assignee'),
            key: 'assignee',
            render: (_, r) => (
              <span data-assignee-level={r.assignee.level}>
                {roleName(language, r.assignee.role)} ·{' '}
                {t('complaint.level', { level: r.assignee.level })}
              </span>
            ),
          },
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
