import { Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('notFound')}
      extra={<Link to="/">{t('nav.home')}</Link>}
    />
  );
}
