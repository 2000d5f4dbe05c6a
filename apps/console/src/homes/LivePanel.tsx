import { Button, Card, List, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';
import { formatInstant } from '../format/time';
import { useLive } from '../live/live';

/** What reached this user live and is still open: escalations until their deadline closes. */
export function LivePanel() {
  const { t } = useI18n();
  const { inbox, dismiss, status } = useLive();
  return (
    <Card size="small" title={t('live.panel')} data-panel="live">
      <List
        size="small"
        dataSource={inbox}
        locale={{ emptyText: status === 'live' ? t('live.empty') : t(`live.status.${status}`) }}
        renderItem={(n) => (
          <List.Item
            data-live-item={n.kind}
            data-deadline-id={n.data.deadlineId}
            actions={[
              <Button key="dismiss" size="small" type="link" onClick={() => dismiss(n.id)}>
                {t('live.dismiss')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <span>
                  <Tag color={n.kind === 'escalation' ? 'orange' : 'blue'}>
                    {t(n.kind === 'escalation' ? 'live.escalation' : 'live.alert')}
                  </Tag>
                  {n.kind === 'escalation'
                    ? t('live.escalationTitle', {
                        rule: n.data.rule ?? '',
                        level: n.data.level ?? '',
                      })
                    : (n.data.title ?? n.data.kind)}
                </span>
              }
              description={
                <Typography.Text type="secondary">
                  {n.data.subject?.type} {n.data.subject?.id} · {n.branch} ·{' '}
                  {formatInstant(n.occurredAt)}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
