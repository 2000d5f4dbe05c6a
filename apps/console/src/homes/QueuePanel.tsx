import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useEffect, useState } from 'react';
import type { Branch, Page } from '../api/types';
import { useAuth } from '../auth/auth';
import { seesAllBranches } from '../auth/permissions';
import type { MessageKey } from '../i18n/en';
import { roleName, useI18n } from '../i18n/i18n';
import { QueueTable } from '../queues/QueueTable';
import { useQueue } from '../queues/use-queue';

/** Every branch for HQ roles (GET /api/v1/admin/branches), else the user's own. */
function useBranchesOf(): string[] | undefined {
  const { client, principal } = useAuth();
  const all = seesAllBranches(principal?.role);
  const [branches, setBranches] = useState<string[] | undefined>(
    all ? undefined : principal ? [principal.branch] : [],
  );
  useEffect(() => {
    if (!all) return;
    client
      .request<Page<Branch>>('GET', 'admin/branches')
      .then((page) => setBranches(page.items.map((b) => b.code)))
      .catch(() => setBranches(principal ? [principal.branch] : []));
  }, [all, client, principal]);
  return branches;
}

export function QueuePanel({ role, title }: { role?: string; title: MessageKey }) {
  const branches = useBranchesOf();
  return branches ? <Queue branches={branches} role={role} title={title} /> : <Card loading />;
}

function Queue({
  branches,
  role,
  title,
}: {
  branches: string[];
  role?: string;
  title: MessageKey;
}) {
  const { principal } = useAuth();
  const { t, language } = useI18n();
  const queueRole = role ?? principal!.role;
  const queue = useQueue(branches, queueRole);
  const caption = t(title, { role: roleName(language, queueRole) });
  return (
    <Card
      size="small"
      title={caption}
      data-queue={queueRole}
      extra={
        <Button
          size="small"
          type="text"
          icon={<ReloadOutlined />}
          aria-label={t('queue.reload')}
          onClick={queue.reload}
        />
      }
    >
      {queue.error && (
        <Alert type="error" showIcon title={queue.error.title} style={{ marginBottom: 8 }} />
      )}
      <QueueTable
        rows={queue.rows}
        offsetMs={queue.offsetMs}
        loading={queue.loading}
        showBranch={branches.length > 1}
        caption={caption}
      />
    </Card>
  );
}
