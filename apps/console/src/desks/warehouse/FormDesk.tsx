import {
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { usePagedList } from '../../admin/use-paged-list';
import { useAuth } from '../../auth/auth';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { formatInstant } from '../../format/time';
import { roleName, useI18n, useT } from '../../i18n/i18n';
import { valueLabel } from './fields';
import type { FormRecord } from './types';

// One desk for every warehouse form (services/gateway/src/proxy/routes/warehouse-form-routes.ts):
// the list (GET /<path>, newest first, by status, paged), a record's page (GET /<path>/{id}) with
// its trail of signatures and steps, the create (POST /<path>) and each step (POST
// /<path>/{id}/<step>) as an action with its own form. Each page configures it per form type.

export type Values = Record<string, unknown>;

/** A form the desk shows: its fields (Form.Items named after the API's fields) and its body. */
export interface ActionSpec<T> {
  /** the step's name in the path (`inspection`), or any id of an action */
  key: string;
  label: string;
  /** roles that may take it (the gateway's route says the same) */
  roles: readonly string[];
  /** whether the record is where this step applies (hidden otherwise) */
  when?: (record: T) => boolean;
  fields?: ReactNode;
  initialValues?: (record: T) => Values;
  /** the call; by default POST <path>/<id>/<key> with the form's values */
  call?: (record: T, values: Values) => { path: string; body: unknown };
  danger?: boolean;
}

export interface CreateSpec {
  label: string;
  roles: readonly string[];
  fields: ReactNode;
  initialValues?: Values;
  toBody?: (values: Values) => unknown;
}

export interface FormDeskSpec<T extends FormRecord> {
  /** `inbound-slips`: the form's path under /api/v1 */
  path: string;
  title: string;
  /** the list's status filter (the API's enum) */
  statuses?: readonly string[];
  /** the status the list opens with (a desk's queue: `pending`, `raised` …) */
  initialStatus?: string;
  columns: ColumnsType<T>;
  /** the record's page, above its trail */
  details: (record: T) => ReactNode;
  create?: CreateSpec;
  actions?: ActionSpec<T>[];
  /** buttons beside the actions (a PDF to open …) */
  extra?: (record: T) => ReactNode;
}

/** A list with paging and a status filter, a record's page with its trail and its actions. */
export function FormDesk<T extends FormRecord>({ spec }: { spec: FormDeskSpec<T> }) {
  const { principal } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [status, setStatus] = useState<string | undefined>(spec.initialStatus);
  const list = usePagedList<T>(spec.path, { status, limit: 20 });
  const [openId, setOpenId] = useState<string>();
  const [creating, setCreating] = useState(false);
  const role = principal?.role ?? '';
  const mayCreate = spec.create?.roles.includes(role);

  const idColumn: ColumnsType<T>[number] = {
    title: t('warehouse.id'),
    dataIndex: 'id',
    render: (id: string) => (
      <Button type="link" size="small" onClick={() => setOpenId(id)} data-record={id}>
        {id}
      </Button>
    ),
  };
  const statusColumn: ColumnsType<T>[number] = {
    title: t('warehouse.status'),
    dataIndex: 'status',
    render: (s: string) => <StatusTag status={s} />,
  };

  return (
    <Card
      size="small"
      data-form-desk={spec.path}
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{spec.title}</h1>}
      extra={
        <Space>
          {spec.statuses && (
            <Select
              allowClear
              size="small"
              style={{ width: 200 }}
              placeholder={t('warehouse.status')}
              aria-label={t('warehouse.status')}
              value={status}
              onChange={setStatus}
              options={spec.statuses.map((s) => ({ value: s, label: valueLabel(t, s) }))}
            />
          )}
          <Button size="small" onClick={list.reload}>
            {t('warehouse.reload')}
          </Button>
          {mayCreate && (
            <Button type="primary" size="small" onClick={() => setCreating(true)}>
              {spec.create!.label}
            </Button>
          )}
        </Space>
      }
    >
      {list.error && <FormProblem problem={list.error} elsewhere={[]} />}
      <Table<T>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[idColumn, statusColumn, ...spec.columns]}
        scroll={{ x: true }}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
      <Drawer
        open={creating}
        title={spec.create?.label}
        onClose={() => setCreating(false)}
        destroyOnHidden
        size={640}
      >
        {creating && spec.create && (
          <ActionForm
            fields={spec.create.fields}
            initialValues={spec.create.initialValues}
            submitLabel={spec.create.label}
            onSubmit={async (client, values) => {
              const created = await client.request<T>('POST', spec.path, {
                body: spec.create!.toBody ? spec.create!.toBody(values) : values,
              });
              message.success(t('warehouse.created', { id: created.id }));
              setCreating(false);
              list.reload();
              setOpenId(created.id);
            }}
          />
        )}
      </Drawer>
      <Drawer
        open={!!openId}
        title={openId}
        onClose={() => setOpenId(undefined)}
        destroyOnHidden
        size={720}
      >
        {openId && (
          <RecordView<T> key={openId} spec={spec} id={openId} role={role} onChanged={list.reload} />
        )}
      </Drawer>
    </Card>
  );
}

export function StatusTag({ status }: { status: string }) {
  const t = useT();
  const colour = /reject|fail|problem|without/.test(status)
    ? 'red'
    : /^(received|booked|accounted|issued|left-the-gate|approved|completed|passed|with-pass|used-up)$/.test(
          status,
        )
      ? 'green'
      : 'blue';
  return <Tag color={colour}>{valueLabel(t, status)}</Tag>;
}

function RecordView<T extends FormRecord>({
  spec,
  id,
  role,
  onChanged,
}: {
  spec: FormDeskSpec<T>;
  id: string;
  role: string;
  onChanged: () => void;
}) {
  const { client } = useAuth();
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [record, setRecord] = useState<T>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [acting, setActing] = useState<string>();

  const load = useCallback(async () => {
    try {
      setRecord(await client.request<T>('GET', `${spec.path}/${id}`));
    } catch (e) {
      if (e instanceof ApiProblem) setProblem(e);
      else throw e;
    }
  }, [client, spec.path, id]);
  useEffect(() => void load(), [load]);

  if (problem) return <FormProblem problem={problem} elsewhere={[]} />;
  if (!record) return <Spin />;
  const actions = (spec.actions ?? []).filter(
    (a) => a.roles.includes(role) && (a.when?.(record) ?? true),
  );
  const action = actions.find((a) => a.key === acting);

  return (
    <div data-record-view={record.id}>
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('warehouse.status')}>
          <span data-status={record.status}>
            <StatusTag status={record.status} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.branch')}>{record.branch}</Descriptions.Item>
        {record.createdBy && (
          <Descriptions.Item label={t('warehouse.raisedBy')}>
            {record.createdBy.username} · {formatInstant(record.createdAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {spec.details(record)}
      {record.trail && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('warehouse.trail')}
          </Typography.Title>
          {record.trail.length ? (
            <Timeline
              items={record.trail.map((e, i) => ({
                key: i,
                title: formatInstant(e.at),
                content: (
                  <span>
                    <strong>{e.step}</strong> · {e.by.username} ({roleName(language, e.by.role)})
                    {e.note ? ` — ${e.note}` : ''}
                  </span>
                ),
              }))}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )}
        </>
      )}
      {(actions.length > 0 || spec.extra) && (
        <Space wrap style={{ margin: '12px 0' }}>
          {actions.map((a) => (
            <Button
              key={a.key}
              danger={a.danger}
              type={acting === a.key ? 'primary' : 'default'}
              onClick={() => setActing(acting === a.key ? undefined : a.key)}
            >
              {a.label}
            </Button>
          ))}
          {spec.extra?.(record)}
        </Space>
      )}
      {action && (
        <Card size="small" title={action.label} data-action={action.key}>
          <ActionForm
            key={action.key}
            fields={action.fields}
            initialValues={action.initialValues?.(record)}
            submitLabel={action.label}
            onSubmit={async (c, values) => {
              const { path, body } = action.call
                ? action.call(record, values)
                : { path: `${spec.path}/${record.id}/${action.key}`, body: values };
              await c.request('POST', path, { body });
              message.success(t('warehouse.done', { action: action.label }));
              setActing(undefined);
              await load();
              onChanged();
            }}
          />
        </Card>
      )}
    </div>
  );
}

/**
 * One form of the desk: its fields, the API's field errors at them and a refusal (409/422 detail)
 * above it. Undefined and empty-string values are left out of the body (the API's optional
 * fields).
 */
export function ActionForm({
  fields,
  initialValues,
  submitLabel,
  onSubmit,
}: {
  fields?: ReactNode;
  initialValues?: Values;
  submitLabel: string;
  onSubmit: (client: ReturnType<typeof useAuth>['client'], values: Values) => Promise<void>;
}) {
  const { client } = useAuth();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<Values>();
  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit((values) => onSubmit(client, (prune(values) ?? {}) as Values))}
      >
        {fields}
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
      </Form>
    </>
  );
}

/** The values without empty strings and undefined (fields left blank), arrays kept in place. */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([, v]) => v !== undefined && v !== '');
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}
