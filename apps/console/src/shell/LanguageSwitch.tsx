import { Segmented } from 'antd';
import { type Language, useI18n } from '../i18n/i18n';

/** 中文 / English, kept for the next visit. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('shell.language')}
      value={language}
      onChange={setLanguage}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en-US' },
      ]}
    />
  );
}
