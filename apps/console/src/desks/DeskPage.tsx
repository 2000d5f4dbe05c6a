import { Alert, Card, Spin, Typography } from 'antd';
import { type ComponentType, useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Phase2Panel } from '../homes/Phase2Panel';
import { useI18n } from '../i18n/i18n';
import { isPhase2Id } from './phase2';
import { DESK_PAGES } from './registry';

/** /desk/:id — a desk's page from the registry, or its phase-2 placeholder (Alt+N, search). */
export function DeskPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const [Page, setPage] = useState<ComponentType | null>(null);
  const load = isPhase2Id(id) ? DESK_PAGES[id] : undefined;
  useEffect(() => {
    setPage(null);
    load?.().then((component) => setPage(() => component));
  }, [load]);
  if (!isPhase2Id(id)) return <Alert type="warning" showIcon title={t('desk.unknown', { id })} />;
  if (load) return Page ? <Page /> : <Spin />;
  const query = search.get('q');
  return (
    <div data-desk={id}>
      {query && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Typography.Text>{t('desk.query', { query })}</Typography.Text>
        </Card>
      )}
      <Phase2Panel id={id} />
    </div>
  );
}
