import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../i18n/i18n';
import { formatInstant, formatSpan, useNow } from '../format/time';
import { COLOURS } from '../shell/theme';
import { calendarOf, levelReached, msUntil, type QueueRow } from './countdown';

interface Props {
  rows: QueueRow[];
  offsetMs: number;
  loading?: boolean;
  /** show each row's branch (HQ roles see several) */
  showBranch?: boolean;
  caption: string;
}

/**
 * A queue with its countdowns (issue 26 item 3): oldest first, the time left to the due time
 * ticking every second on the scheduler's clock, the ladder level reached and who is next.
 */
export function QueueTable({ rows, offsetMs, loading, showBranch, caption }: Props) {
  const { t } = useI18n();
  const now = useNow(1000);

  const columns: ColumnsType<QueueRow> = [
    {
      title: t('queue.subject'),
      key: 'subject',
      render: (_, { deadline }) => (
        <span>
          <Typography.Text strong>{deadline.subject.type}</Typography.Text> {deadline.subject.id}
        </span>
      ),
    },
    ...(showBranch
      ? [
          {
            title: t('queue.branch'),
            key: 'branch',
            render: (_: unknown, r: QueueRow) => r.deadline.subject.branch,
          },
        ]
      : []),
    { title: t('queue.rule'), key: 'rule', render: (_, { deadline }) => deadline.rule, width: 64 },
    {
      title: t('queue.due'),
      key: 'due',
      render: (_, { deadline }) => formatInstant(deadline.dueAt),
    },
    {
      title: t('queue.timeLeft'),
      key: 'left',
      render: (_, { deadline }) => {
        const left = msUntil(deadline.dueAt, now, offsetMs);
        return left >= 0 ? (
          <span data-countdown="left" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('queue.left', { span: formatSpan(left) })}
          </span>
        ) : (
          <span
            data-countdown="overdue"
            style={{ color: COLOURS.overdue, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
          >
            {t('queue.overdueBy', { span: formatSpan(left) })}
          </span>
        );
      },
    },
    {
      title: t('queue.level'),
      key: 'level',
      render: (_, { deadline }) => {
        const { level, of, role } = levelReached(deadline);
        return level === 0 ? (
          <span>{t('queue.notEscalated')}</span>
        ) : (
          <Tag color={level > 1 ? 'volcano' : 'gold'} data-level={level}>
            {t('queue.levelOf', { level, of, role: role ?? '' })}
          </Tag>
        );
      },
    },
    {
      title: t('queue.next'),
      key: 'next',
      render: (_, { deadline }) => {
        if (!deadline.nextFireAt || !deadline.nextRole) return t('queue.finalLevel');
        const left = msUntil(deadline.nextFireAt, now, offsetMs);
        return (
          <Tooltip title={formatInstant(deadline.nextFireAt)}>
            <span style={{ fontVariantNumeric: 'tabular-nums' }}>
              {left > 0
                ? t('queue.nextIn', { role: deadline.nextRole, span: formatSpan(left) })
                : t('queue.nextNow', { role: deadline.nextRole })}
            </span>
          </Tooltip>
        );
      },
    },
    {
      title: t('queue.calendar'),
      key: 'calendar',
      render: (_, { deadline }) => {
        const calendar = calendarOf(deadline);
        return calendar.kind === 'business-hours' ? (
          <Tooltip title={t('queue.businessHoursHint', { branch: calendar.branch ?? '' })}>
            <Tag>{t('queue.businessHours', { branch: calendar.branch ?? '' })}</Tag>
          </Tooltip>
        ) : (
          <Tag>{t('queue.wallClock')}</Tag>
        );
      },
    },
  ];

  return (
    <Table<QueueRow>
      size="small"
      rowKey={(r) => r.deadline.id}
      columns={columns}
      dataSource={rows}
      loading={loading && rows.length === 0}
      pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
      rowClassName={(r) => `queue-row queue-row-${r.section}`}
      onRow={(r) => ({ 'data-deadline-id': r.deadline.id, 'data-section': r.section }) as never}
      locale={{ emptyText: t('queue.empty') }}
      aria-label={caption}
    />
  );
}
