import { Col, Row, Typography } from 'antd';
import { useAuth } from '../auth/auth';
import { roleName, useI18n } from '../i18n/i18n';
import { AdminPanel } from './AdminPanel';
import { homeOf, type PanelSpec } from './homes';
import { LivePanel } from './LivePanel';
import { Phase2Panel } from './Phase2Panel';
import { QueuePanel } from './QueuePanel';

function Panel({ spec }: { spec: PanelSpec }) {
  switch (spec.kind) {
    case 'queue':
      return <QueuePanel role={spec.role} title={spec.title} />;
    case 'live':
      return <LivePanel />;
    case 'admin':
      return <AdminPanel />;
    case 'phase2':
      return <Phase2Panel id={spec.id} />;
  }
}

/** Each role's home (homes.ts): queues full width, the other panels two by two. */
export function HomePage() {
  const { principal } = useAuth();
  const { t, language } = useI18n();
  if (!principal) return null;
  const panels = homeOf(principal.role);
  return (
    <div data-home={principal.role}>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        {t('home.title', { role: roleName(language, principal.role), branch: principal.branch })}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {panels.map((spec, i) => (
          <Col key={i} xs={24} xl={spec.kind === 'queue' ? 24 : 12}>
            <Panel spec={spec} />
          </Col>
        ))}
      </Row>
    </div>
  );
}
