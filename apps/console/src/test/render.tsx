import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n';

/** A component as the console renders it, in English (texts in assertions stay readable). */
export function renderInConsole(ui: ReactNode) {
  return render(
    <I18nProvider language="en-US">
      <ConfigProvider>
        <AntApp>{ui}</AntApp>
      </ConfigProvider>
    </I18nProvider>,
  );
}
