import { Modal, Table } from 'antd';
import { useI18n } from '../i18n/i18n';
import { SHORTCUTS } from './shortcuts';

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('shortcuts.title')}>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={SHORTCUTS}
        columns={[
          {
            title: t('shortcuts.keys'),
            key: 'keys',
            render: (_, s) => s.keys.map((k) => <kbd key={k}>{k}</kbd>),
          },
          { title: t('shortcuts.action'), key: 'action', render: (_, s) => t(`shortcut.${s.id}`) },
        ]}
      />
    </Modal>
  );
}
