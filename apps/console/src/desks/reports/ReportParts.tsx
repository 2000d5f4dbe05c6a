import { Alert, App, Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { useClient } from '../../auth/auth';
import { useI18n } from '../../i18n/i18n';
import { downloadFile, fetchFile, openFile } from '../billing/files';

type Query = Record<string, string | number | undefined>;

/** A month (`YYYY-MM`) to read the report of. */
export function MonthPicker({ value, onChange }: { value: string; onChange: (m: string) => void }) {
  const { t } = useI18n();
  return (
    <DatePicker
      picker="month"
      size="small"
      allowClear={false}
      aria-label={t('reports.month')}
      value={dayjs(`${value}-01`)}
      format="YYYY-MM"
      onChange={(d) => d && onChange(d.format('YYYY-MM'))}
    />
  );
}

/** A day (`YYYY-MM-DD`). */
export function DayPicker({ value, onChange }: { value: string; onChange: (d: string) => void }) {
  const { t } = useI18n();
  return (
    <DatePicker
      size="small"
      allowClear={false}
      aria-label={t('reports.date')}
      value={dayjs(value)}
      format="YYYY-MM-DD"
      onChange={(d) => d && onChange(d.format('YYYY-MM-DD'))}
    />
  );
}

export interface FileLink {
  label: string;
  path: string;
  filename: string;
  query?: Query;
  /** opened in a tab (a PDF) rather than saved */
  open?: boolean;
}

/** Buttons that fetch the gateway's files (CSV, XLSX, PDF) with the signed-in user's token. */
export function Downloads({ files }: { files: FileLink[] }) {
  const client = useClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string>();
  const get = async (file: FileLink) => {
    setBusy(file.label);
    try {
      if (file.open) await openFile(client, file.path, file.query);
      else await downloadFile(client, file.path, file.filename, file.query);
    } catch (e) {
      message.error((e as ApiProblem).detail ?? (e as Error).message);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Space size={4}>
      {files.map((f) => (
        <Button
          key={f.label}
          size="small"
          loading={busy === f.label}
          data-download={f.filename}
          onClick={() => void get(f)}
        >
          {f.label}
        </Button>
      ))}
    </Space>
  );
}

const dataUrlOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable chart'));
    reader.readAsDataURL(blob);
  });

/** A chart the service draws itself (an SVG), fetched with the token and shown as an image. */
export function ServerChart({ path, query, title }: { path: string; query: Query; title: string }) {
  const client = useClient();
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<ApiProblem>();
  const key = JSON.stringify(query);
  // a data: URL — the gateway's CSP allows images from 'self' and data:, not blob:
  useEffect(() => {
    let current = true;
    setError(undefined);
    fetchFile(client, path, JSON.parse(key) as Query)
      .then(dataUrlOf)
      .then(
        (made) => current && setUrl(made),
        (e: ApiProblem) => current && setError(e),
      );
    return () => {
      current = false;
    };
  }, [client, path, key]);
  if (error) return <ReportProblem problem={error} />;
  return url ? (
    <figure data-server-chart={title} style={{ margin: '8px 0 16px' }}>
      <img src={url} alt={title} style={{ maxWidth: '100%' }} />
    </figure>
  ) : null;
}

export function ReportProblem({ problem }: { problem?: ApiProblem }) {
  if (!problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={`${problem.title} (${problem.status})`}
      description={
        <>
          {problem.detail && <div>{problem.detail}</div>}
          {problem.errors.map((e) => (
            <div key={e.field}>
              <code>{e.field}</code>: {e.message}
            </div>
          ))}
        </>
      }
    />
  );
}
