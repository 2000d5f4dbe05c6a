import { Button, Form, Input, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import type { Branch, Page, StaffAccount } from '../api/types';
import { useAuth } from '../auth/auth';
import { FormProblem, useProblemForm } from '../forms/problem-form';
import { roleName, useI18n } from '../i18n/i18n';

interface StaffValues {
  username?: string;
  displayName?: string;
  role?: string;
  branchCode?: string;
  password?: string;
  disabled?: boolean;
}

/** The roles and branches an account can have, from the gateway (never a list of our own). */
export function useChoices() {
  const { client } = useAuth();
  const [roles, setRoles] = useState<string[]>([]);
  const [branches, setBranches] = useState<Branch[]>([]);
  useEffect(() => {
    client.request<Page<string>>('GET', 'admin/roles').then(
      (p) => setRoles(p.items),
      () => {},
    );
    client.request<Page<Branch>>('GET', 'admin/branches').then(
      (p) => setBranches(p.items),
      () => {},
    );
  }, [client]);
  return { roles, branches };
}

/**
 * POST /api/v1/admin/users (no `account`) or PATCH /api/v1/admin/users/{id} with only what
 * changed. Validation is the gateway's: its problem+json errors appear at the fields.
 */
export function StaffForm({ account, onSaved }: { account?: StaffAccount; onSaved(): void }) {
  const { client } = useAuth();
  const { t, language } = useI18n();
  const { roles, branches } = useChoices();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<StaffValues>();
  const initial: StaffValues = account
    ? {
        displayName: account.displayName,
        role: account.role,
        branchCode: account.branchCode,
        disabled: account.disabled,
      }
    : {};

  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit(async (values) => {
          if (account) {
            const changes = Object.fromEntries(
              Object.entries(values).filter(
                ([k, v]) => v !== undefined && v !== '' && v !== initial[k as keyof StaffValues],
              ),
            );
            await client.request('PATCH', `admin/users/${account.id}`, { body: changes });
          } else {
            await client.request('POST', 'admin/users', { body: values });
          }
          onSaved();
        })}
      >
        {!account && (
          <Form.Item name="username" label={t('staff.username')} extra={t('staff.usernameHint')}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('staff.displayName')}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('staff.role')}>
          <Select
            showSearch
            options={roles.map((r) => ({ value: r, label: roleName(language, r) }))}
          />
        </Form.Item>
        <Form.Item name="branchCode" label={t('staff.branch')}>
          <Select
            showSearch
            options={branches.map((b) => ({ value: b.code, label: `${b.code} · ${b.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={account ? t('staff.newPassword') : t('staff.password')}
          extra={t('staff.passwordHint')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {account && (
          <Form.Item name="disabled" label={t('staff.disabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('form.save')}
        </Button>
      </Form>
    </>
  );
}
