import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { usePagedList } from '../../admin/use-paged-list';
import { ApiProblem } from '../../api/problem';
import { useAuth } from '../../auth/auth';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { DISPLAY_TIME_ZONE, formatInstant } from '../../format/time';
import { useT } from '../../i18n/i18n';
import type { Plan, PlanSummary, Stop } from './types';

const time = new Intl.DateTimeFormat('sv-SE', {
  timeZone: DISPLAY_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const hhmm = (iso: string) => time.format(new Date(iso));
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

/** Tomorrow in the branches' time zone, `YYYY-MM-DD`: the day a dispatcher usually plans. */
export function tomorrow(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: DISPLAY_TIME_ZONE }).format(
    new Date(now.getTime() + 86_400_000),
  );
}

/**
 * R40: the dispatcher plans the branch's day (POST /plans), sees the vehicles needed, each
 * route's stops in order with times and load, the jobs left unserved with the reason, the map
 * (GET /plans/{id}/map.svg with the token); pins or moves a stop, re-plans and publishes.
 */
export function PickupPlanningPage() {
  const t = useT();
  const { client, principal } = useAuth();
  const { message } = App.useApp();
  const [planId, setPlanId] = useState<string>();
  const [plan, setPlan] = useState<Plan>();
  const [actionProblem, setActionProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState<string>();
  const plans = usePagedList<PlanSummary>('plans', { limit: 10 });
  const day = useProblemForm<{ branch: string; date: string }>();

  const show = useCallback((next: Plan) => {
    setPlan(next);
    setPlanId(next.id);
  }, []);

  useEffect(() => {
    if (!planId || plan?.id === planId) return;
    client
      .request<Plan>('GET', `plans/${planId}`)
      .then(setPlan)
      .catch((e: unknown) => {
        if (e instanceof ApiProblem) setActionProblem(e);
      });
  }, [client, planId, plan?.id]);

  /** replan, publish, unpin: the answer is the plan; a refusal shows above the plan */
  const act = async (key: string, method: string, path: string, body?: unknown) => {
    setActionProblem(undefined);
    setBusy(key);
    try {
      show(await client.request<Plan>(method, path, { body }));
      message.success(t('planning.done'));
      plans.reload();
    } catch (e) {
      if (e instanceof ApiProblem) setActionProblem(e);
      else throw e;
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12} data-planning>
      <Card size="small" title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('planning.title')}</h1>}>
        <FormProblem problem={day.problem} elsewhere={day.elsewhere} />
        <Form
          form={day.form}
          layout="inline"
          initialValues={{ branch: principal?.branch, date: tomorrow() }}
          onFinish={day.submit(async (values) => {
            show(await client.request<Plan>('POST', 'plans', { body: values }));
            plans.reload();
          })}
        >
          <Form.Item name="branch" label={t('planning.branch')}>
            <Input style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="date" label={t('planning.date')}>
            <Input style={{ width: 130 }} placeholder="YYYY-MM-DD" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={day.submitting}>
            {t('planning.plan')}
          </Button>
        </Form>
        <Table<PlanSummary>
          style={{ marginTop: 12 }}
          size="small"
          rowKey="id"
          loading={plans.loading}
          dataSource={plans.items}
          pagination={false}
          columns={[
            {
              title: t('planning.planId'),
              dataIndex: 'id',
              render: (id: string) => (
                <Button type="link" size="small" onClick={() => setPlanId(id)}>
                  {id}
                </Button>
              ),
            },
            { title: t('planning.date'), dataIndex: 'date' },
            { title: t('planning.revision'), dataIndex: 'revision' },
            {
              title: t('planning.status'),
              key: 'status',
              render: (_, p) => <PlanStatus status={p.status} stale={p.stale} />,
            },
            {
              title: t('planning.vehicles'),
              key: 'vehicles',
              render: (_, p) => `${p.summary.vehicles} / ${p.summary.fleet}`,
            },
            {
              title: t('planning.served'),
              key: 'served',
              render: (_, p) => `${p.summary.served} / ${p.summary.jobs}`,
            },
          ]}
        />
        {plans.hasMore && (
          <Button style={{ marginTop: 8 }} onClick={plans.loadMore} loading={plans.loading}>
            {t('list.more')}
          </Button>
        )}
      </Card>
      {actionProblem && <FormProblem problem={actionProblem} elsewhere={[]} />}
      {planId && !plan && <Spin />}
      {plan && (
        <PlanView
          key={`${plan.id}:${plan.revision}:${plan.computedAt}`}
          plan={plan}
          busy={busy}
          onReplan={() => act('replan', 'POST', `plans/${plan.id}/replan`, {})}
          onPublish={() => act('publish', 'POST', `plans/${plan.id}/publish`)}
          onUnpin={(jobId) =>
            act(`unpin:${jobId}`, 'DELETE', `plans/${plan.id}/pins/${encodeURIComponent(jobId)}`)
          }
          onChanged={(next) => {
            show(next);
            plans.reload();
          }}
        />
      )}
    </Space>
  );
}

function PlanStatus({ status, stale }: { status: string; stale: boolean }) {
  const t = useT();
  return (
    <Space size={4}>
      <Tag color={status === 'published' ? 'green' : 'blue'}>{status}</Tag>
      {stale && <Tag color="orange">{t('planning.stale')}</Tag>}
    </Space>
  );
}

function PlanView({
  plan,
  busy,
  onReplan,
  onPublish,
  onUnpin,
  onChanged,
}: {
  plan: Plan;
  busy?: string;
  onReplan: () => void;
  onPublish: () => void;
  onUnpin: (jobId: string) => void;
  onChanged: (plan: Plan) => void;
}) {
  const t = useT();
  const s = plan.summary;
  return (
    <Card
      size="small"
      data-plan={plan.id}
      title={`${plan.id} · ${plan.date} · ${t('planning.revision')} ${plan.revision}`}
      extra={
        <Space>
          <PlanStatus status={plan.status} stale={plan.stale} />
          <Button size="small" onClick={onReplan} loading={busy === 'replan'}>
            {t('planning.replan')}
          </Button>
          <Button size="small" type="primary" onClick={onPublish} loading={busy === 'publish'}>
            {t('planning.publish')}
          </Button>
        </Space>
      }
    >
      {plan.stale && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('planning.staleDetail')}
          description={plan.staleReasons
            .map((r) => `${r.waybillNo}: ${r.change} (${formatInstant(r.at)})`)
            .join('; ')}
        />
      )}
      <Descriptions size="small" bordered column={4} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('planning.vehicles')}>
          <strong data-vehicles-needed={s.vehicles}>{s.vehicles}</strong> / {s.fleet}
        </Descriptions.Item>
        <Descriptions.Item label={t('planning.served')}>
          {s.served} / {s.jobs}
        </Descriptions.Item>
        <Descriptions.Item label={t('planning.km')}>{s.km.toFixed(1)}</Descriptions.Item>
        <Descriptions.Item label={t('planning.emptyKm')}>{s.emptyKm.toFixed(1)}</Descriptions.Item>
        <Descriptions.Item label={t('planning.cost')}>{yuan(s.cost.amountMinor)}</Descriptions.Item>
        <Descriptions.Item label={t('planning.computedAt')}>
          {formatInstant(plan.computedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('planning.publishedAt')}>
          {formatInstant(plan.publishedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('planning.solver')}>
          {plan.settings.solver} · {plan.settings.distanceSource}
        </Descriptions.Item>
      </Descriptions>
      <PlanMap plan={plan} />
      {plan.routes.map((route) => (
        <Card
          key={route.vehicleId}
          size="small"
          type="inner"
          style={{ marginTop: 12, borderLeft: `4px solid ${route.colour}` }}
          data-route={route.vehicleId}
          title={`${route.vehicleName} (${route.vehicleId})`}
          extra={t('planning.routeLine', {
            from: hhmm(route.departAt),
            to: hhmm(route.returnAt),
            km: route.km.toFixed(1),
            emptyKm: route.emptyKm.toFixed(1),
            cost: yuan(route.cost.amountMinor),
          })}
        >
          <StopsTable stops={route.stops} />
        </Card>
      ))}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('planning.unserved')} ({plan.unserved.length})
      </Typography.Title>
      <Table
        size="small"
        rowKey="jobId"
        pagination={false}
        dataSource={plan.unserved}
        data-unserved
        columns={[
          { title: t('planning.job'), dataIndex: 'jobId' },
          { title: t('planning.kind'), dataIndex: 'kind' },
          {
            title: t('planning.reason'),
            dataIndex: 'reason',
            render: (r: string) => <Tag color="red">{r}</Tag>,
          },
          { title: t('planning.detail'), dataIndex: 'detail' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('planning.pins')}
      </Typography.Title>
      {plan.pins.length ? (
        <Space wrap>
          {plan.pins.map((p) => (
            <Tag key={p.jobId} closable onClose={() => onUnpin(p.jobId)}>
              {p.jobId} → {p.vehicleId}
            </Tag>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('planning.noPins')}</Typography.Text>
      )}
      <PinOrMove plan={plan} onChanged={onChanged} />
    </Card>
  );
}

function StopsTable({ stops }: { stops: Stop[] }) {
  const t = useT();
  return (
    <Table<Stop>
      size="small"
      rowKey="jobId"
      pagination={false}
      dataSource={stops}
      scroll={{ x: true }}
      columns={[
        { title: '#', dataIndex: 'seq' },
        {
          title: t('planning.kind'),
          dataIndex: 'kind',
          render: (k: string, stop) => (
            <Space size={2}>
              <Tag color={k === 'pickup' ? 'blue' : 'purple'}>{k}</Tag>
              {stop.pinned && <Tag>{t('planning.pinned')}</Tag>}
            </Space>
          ),
        },
        { title: t('planning.waybill'), dataIndex: 'waybillNo' },
        { title: t('planning.where'), key: 'where', render: (_, x) => `${x.name} · ${x.address}` },
        {
          title: t('planning.window'),
          key: 'window',
          render: (_, x) => `${hhmm(x.window.from)}–${hhmm(x.window.to)}`,
        },
        { title: t('planning.arrival'), dataIndex: 'arrivalAt', render: hhmm },
        { title: t('planning.start'), dataIndex: 'startAt', render: hhmm },
        { title: t('planning.departure'), dataIndex: 'departureAt', render: hhmm },
        {
          title: t('planning.loadAfter'),
          key: 'load',
          render: (_, x) => `${x.loadAfter.weightKg} kg · ${x.loadAfter.volumeM3} m³`,
        },
        { title: 'km', dataIndex: 'kmFromPrevious', render: (k: number) => k.toFixed(1) },
      ]}
    />
  );
}

/** The map as the service draws it, fetched with the token and shown inline (a data: image). */
function PlanMap({ plan }: { plan: Plan }) {
  const t = useT();
  const { client } = useAuth();
  const [src, setSrc] = useState<string>();
  const [problem, setProblem] = useState<ApiProblem>();
  useEffect(() => {
    let live = true;
    client
      .blob(`plans/${plan.id}/map.svg`, { accept: 'image/svg+xml' })
      .then(
        (svg) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(new Blob([svg], { type: 'image/svg+xml' }));
          }),
      )
      .then((url) => live && setSrc(url))
      .catch((e: unknown) => {
        if (live && e instanceof ApiProblem) setProblem(e);
      });
    return () => {
      live = false;
    };
  }, [client, plan.id, plan.revision, plan.computedAt]);
  if (problem) return <FormProblem problem={problem} elsewhere={[]} />;
  if (!src) return <Spin />;
  return (
    <img
      src={src}
      alt={t('planning.map', { id: plan.id })}
      data-plan-map
      style={{ maxWidth: '100%', border: '1px solid #d9d9d9', borderRadius: 6 }}
    />
  );
}

/** Pin a stop to a vehicle (kept at every re-plan) or move it now to a position (422 if it breaks). */
function PinOrMove({ plan, onChanged }: { plan: Plan; onChanged: (plan: Plan) => void }) {
  const t = useT();
  const { client } = useAuth();
  // which button submitted the form: pin keeps the stop on the vehicle, move places it now
  const mode = useRef<'pin' | 'move'>('move');
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<{
    jobId: string;
    vehicleId: string;
    position?: number;
  }>();
  const jobs = [
    ...plan.routes.flatMap((r) => r.stops.map((s) => s.jobId)),
    ...plan.unserved.map((u) => u.jobId),
  ];
  const vehicles = plan.routes.map((r) => ({ value: r.vehicleId, label: r.vehicleName }));
  return (
    <Card size="small" type="inner" style={{ marginTop: 12 }} title={t('planning.pinOrMove')}>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="inline"
        onFinish={submit(async (values) => {
          const next =
            mode.current === 'pin'
              ? await client.request<Plan>('POST', `plans/${plan.id}/pins`, {
                  body: { jobId: values.jobId, vehicleId: values.vehicleId },
                })
              : await client.request<Plan>('POST', `plans/${plan.id}/moves`, { body: values });
          onChanged(next);
        })}
      >
        <Form.Item name="jobId" label={t('planning.job')}>
          <Select
            showSearch
            style={{ width: 240 }}
            options={jobs.map((j) => ({ value: j, label: j }))}
          />
        </Form.Item>
        <Form.Item name="vehicleId" label={t('planning.vehicle')}>
          <Select style={{ width: 200 }} options={vehicles} />
        </Form.Item>
        <Form.Item name="position" label={t('planning.position')}>
          <InputNumber min={1} style={{ width: 80 }} />
        </Form.Item>
        <Space>
          <Button
            htmlType="submit"
            type="primary"
            loading={submitting}
            onClick={() => (mode.current = 'move')}
          >
            {t('planning.move')}
          </Button>
          <Button htmlType="submit" loading={submitting} onClick={() => (mode.current = 'pin')}>
            {t('planning.pin')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
