import { Space, Tag, Typography } from 'antd';
import type { Deadline } from '../../api/types';
import { formatInstant, formatSpan, useNow } from '../../format/time';
import { roleName, useI18n } from '../../i18n/i18n';
import { levelReached } from '../../queues/countdown';
import { useResource } from './use-resource';

/** One deadline as a line: rule, due time, time left (or overdue), the ladder level reached. */
export function DeadlineLine({ deadline }: { deadline: Deadline }) {
  const { t, language } = useI18n();
  const now = useNow();
  const open = deadline.state === 'armed' || deadline.state === 'escalated';
  const left = Date.parse(deadline.dueAt) - now;
  const reached = levelReached(deadline);
  return (
    <Space size={4} wrap data-deadline={deadline.id} data-deadline-state={deadline.state}>
      <Tag>{deadline.rule}</Tag>
      <Typography.Text>
        {t('complaint.deadline.due', { at: formatInstant(deadline.dueAt) })}
      </Typography.Text>
      {open && (
        <Tag color={left < 0 || reached.level > 0 ? 'red' : 'gold'}>
          {left < 0
            ? t('complaint.deadline.overdue', { span: formatSpan(left) })
            : reached.level > 0 // a level fired: past due on the scheduler's clock, whatever this PC's says
              ? t('complaint.deadline.past')
              : t('complaint.deadline.left', { span: formatSpan(left) })}
        </Tag>
      )}
      {!open && <Tag color="green">{t(`complaint.deadline.state.${deadline.state}`)}</Tag>}
      <Tag color={reached.level > 0 ? 'orange' : undefined} data-ladder-level={reached.level}>
        {t('complaint.deadline.level', {
          level: reached.level,
          of: reached.of,
          role: reached.role ? roleName(language, reached.role) : '—',
        })}
      </Tag>
    </Space>
  );
}

/** GET /deadlines?subjectType=…&subjectId=…: a record's deadlines (R39), or why they are missing. */
export function SubjectDeadlines({
  subjectType,
  subjectId,
  refreshKey,
}: {
  subjectType: string;
  subjectId: string;
  /** changes when the record changed (a reply closes the deadline): load again */
  refreshKey?: unknown;
}) {
  const { t } = useI18n();
  const { data, error } = useResource<{ items: Deadline[] }>(
    'deadlines',
    { subjectType, subjectId },
    refreshKey,
  );
  if (error)
    return (
      <Typography.Text type="warning">
        {t('complaint.deadline.unavailable', { status: error.status })}
      </Typography.Text>
    );
  if (!data) return null;
  if (data.items.length === 0)
    return <Typography.Text type="secondary">{t('complaint.deadline.none')}</Typography.Text>;
  return (
    <Space direction="vertical" size={2}>
      {data.items.map((d) => (
        <DeadlineLine key={d.id} deadline={d} />
      ))}
    </Space>
  );
}
