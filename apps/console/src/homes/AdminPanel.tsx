import { Card, List } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../auth/auth';
import { type Ability, can } from '../auth/permissions';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';

const PAGES: { to: string; ability: Ability[]; title: MessageKey; what: MessageKey }[] = [
  { to: '/admin/staff', ability: ['readStaff'], title: 'nav.staff', what: 'admin.staffWhat' },
  {
    to: '/admin/branches',
    ability: ['readStaff', 'manageBranches'],
    title: 'nav.branches',
    what: 'admin.branchesWhat',
  },
  { to: '/audit', ability: ['readAudit'], title: 'nav.audit', what: 'admin.auditWhat' },
];

/** The gateway's own pages this role may open: staff, branches, audit trail. */
export function AdminPanel() {
  const { principal } = useAuth();
  const { t } = useI18n();
  const pages = PAGES.filter((p) => p.ability.some((a) => can(principal?.role, a)));
  return (
    <Card size="small" title={t('admin.panel')} data-panel="admin">
      <List
        size="small"
        dataSource={pages}
        renderItem={(p) => (
          <List.Item>
            <List.Item.Meta title={<Link to={p.to}>{t(p.title)}</Link>} description={t(p.what)} />
          </List.Item>
        )}
      />
    </Card>
  );
}
