import { App, Button, Card, Drawer, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { StaffAccount } from '../api/types';
import { useAuth } from '../auth/auth';
import { can } from '../auth/permissions';
import { formatInstant } from '../format/time';
import { roleName, useI18n } from '../i18n/i18n';
import { StaffForm, useChoices } from './StaffForm';
import { usePagedList } from './use-paged-list';

/**
 * GET /api/v1/admin/users (a branch manager sees their branch only): accounts, and what the
 * caller's role may do with them — create and change (admin), unlock and end sessions (admin,
 * branch manager).
 */
export function StaffPage() {
  const { client, principal } = useAuth();
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [role, setRole] = useState<string>();
  const { roles } = useChoices();
  const list = usePagedList<StaffAccount>('admin/users', { role, limit: 100 });
  const [editing, setEditing] = useState<StaffAccount | 'new'>();
  const manage = can(principal?.role, 'manageStaff');
  const keepSessions = can(principal?.role, 'keepSessions');

  const act = async (path: string, done: string) => {
    try {
      await client.request('POST', path);
      message.success(done);
      list.reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <Card
      size="small"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('nav.staff')}</h1>}
      extra={
        <Space>
          <Select
            allowClear
            size="small"
            style={{ width: 180 }}
            placeholder={t('staff.role')}
            aria-label={t('staff.role')}
            value={role}
            onChange={setRole}
            options={roles.map((r) => ({ value: r, label: roleName(language, r) }))}
          />
          {manage && (
            <Button type="primary" size="small" onClick={() => setEditing('new')}>
              {t('staff.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<StaffAccount>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          { title: t('staff.username'), dataIndex: 'username' },
          { title: t('staff.displayName'), dataIndex: 'displayName' },
          {
            title: t('staff.role'),
            dataIndex: 'role',
            render: (r: string) => roleName(language, r),
          },
          { title: t('staff.branch'), dataIndex: 'branchCode' },
          {
            title: t('staff.state'),
            key: 'state',
            render: (_, a) => (
              <Space size={4}>
                {a.disabled ? (
                  <Tag color="red">{t('staff.disabled')}</Tag>
                ) : (
                  <Tag>{t('staff.active')}</Tag>
                )}
                {a.lockedUntil && (
                  <Tag color="orange">
                    {t('staff.lockedUntil', { at: formatInstant(a.lockedUntil) })}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('staff.actions'),
            key: 'actions',
            render: (_, a) => (
              <Space size={0}>
                {manage && (
                  <Button size="small" type="link" onClick={() => setEditing(a)}>
                    {t('staff.edit')}
                  </Button>
                )}
                {keepSessions && a.lockedUntil && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => act(`admin/users/${a.id}/unlock`, t('staff.unlocked'))}
                  >
                    {t('staff.unlock')}
                  </Button>
                )}
                {keepSessions && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => act(`admin/users/${a.id}/revoke-sessions`, t('staff.revoked'))}
                  >
                    {t('staff.revoke')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
      <Drawer
        open={!!editing}
        title={editing === 'new' ? t('staff.create') : t('staff.edit')}
        onClose={() => setEditing(undefined)}
        destroyOnHidden
        size={460}
      >
        {editing && (
          <StaffForm
            account={editing === 'new' ? undefined : editing}
            onSaved={() => {
              setEditing(undefined);
              message.success(t('form.saved'));
              list.reload();
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}
