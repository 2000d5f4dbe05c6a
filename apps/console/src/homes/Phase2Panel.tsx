import { Card, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { DESK_PAGES } from '../desks/registry';
import { PHASE2, type Phase2Id } from '../desks/phase2';
import { useI18n } from '../i18n/i18n';

/**
 * A desk panel its service has not landed for yet: what will be here, the rules, the folder its
 * forms go in. Once src/desks/registry.ts has a page for it, the panel links to that page.
 */
export function Phase2Panel({ id }: { id: Phase2Id }) {
  const { t, language } = useI18n();
  const panel = PHASE2[id];
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  const built = id in DESK_PAGES;
  return (
    <Card
      size="small"
      data-panel={id}
      data-phase={built ? 'built' : 'phase-2'}
      title={<Link to={`/desk/${id}`}>{panel.title[lang]}</Link>}
      extra={built ? null : <Tag>{t('phase2.tag')}</Tag>}
      style={built ? undefined : { borderStyle: 'dashed' }}
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {!built && <strong>{t('phase2.willShow')} </strong>}
        {panel.what[lang]}
      </Typography.Paragraph>
      <Space size={4} wrap>
        {panel.rules.map((r) => (
          <Tag key={r} color="blue">
            {r}
          </Tag>
        ))}
        <Typography.Text type="secondary">
          {t('phase2.desk')} <code>src/desks/{panel.desk}/</code>
        </Typography.Text>
      </Space>
    </Card>
  );
}
