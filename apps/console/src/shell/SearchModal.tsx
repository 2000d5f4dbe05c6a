import { Input, Modal, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n';

/**
 * Ctrl+K or `/`: search by phone, waybill or customer. Opens the caller's story (phase 2: a
 * placeholder that says what will be found there, with the query).
 */
export function SearchModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('search.title')} destroyOnHidden>
      <Input.Search
        autoFocus
        aria-label={t('search.title')}
        placeholder={t('search.placeholder')}
        enterButton
        onSearch={(value) => {
          const q = value.trim();
          if (!q) return;
          onClose();
          navigate(`/desk/caller-story?q=${encodeURIComponent(q)}`);
        }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('search.hint')}
      </Typography.Paragraph>
    </Modal>
  );
}
