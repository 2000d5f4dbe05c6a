import type { ApiClient } from '../../api/client';

type Query = Record<string, string | number | undefined>;

/** A file of the gateway (PDF, CSV, XLSX) fetched with the signed-in user's token, as a Blob. */
export const fetchFile = (client: ApiClient, path: string, query?: Query) =>
  client.blob(path, { query, accept: '*/*' });

/** Fetches the file and saves it under `filename` (the browser's download). */
export async function downloadFile(
  client: ApiClient,
  path: string,
  filename: string,
  query?: Query,
): Promise<void> {
  const url = URL.createObjectURL(await fetchFile(client, path, query));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetches the file and opens it in a new tab (a PDF the browser shows). */
export async function openFile(client: ApiClient, path: string, query?: Query): Promise<void> {
  const opened = window.open('', '_blank');
  const url = URL.createObjectURL(await fetchFile(client, path, query));
  if (opened) opened.location.href = url;
  else window.location.assign(url);
  setTimeout(() => URL.revokeObjectURL(url), 300_000);
}
