import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { cjkFont } from './cjk-font';

/** A Vega-Lite specification (https://vega.github.io/vega-lite/): a chart as data. */
export type VegaLiteSpec = Record<string, unknown>;

/** The file URL of an ES-module-only package's entry (its `exports['.'].default`). */
function esmEntry(pkg: string): string {
  // its package.json is not in its `exports`, so it is found by Node's own search path
  const manifest = (require.resolve.paths(pkg) ?? [])
    .map((dir) => path.join(dir, pkg, 'package.json'))
    .find((file) => existsSync(file));
  if (!manifest) throw new Error(`${pkg} is not installed (npm ci)`);
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: { '.': { default: string } };
  };
  return pathToFileURL(path.join(path.dirname(manifest), exports['.'].default)).href;
}

// vega and vega-lite are ES modules with top-level await: `require` cannot load them, and a
// dynamic import inside Jest needs its experimental VM modules. A worker thread imports them
// with Node's own loader, in production and under test alike, and renders every chart.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = Promise.all([import(workerData.vega), import(workerData.vegaLite)]);
parentPort.on('message', async ({ id, spec }) => {
  try {
    const [vega, vegaLite] = await loaded;
    const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
    try { parentPort.postMessage({ id, svg: await view.toSVG() }); } finally { view.finalize(); }
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});`;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<
  number,
  { resolve: (svg: string) => void; reject: (error: Error) => void }
>();

function renderer(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER, {
    eval: true,
    workerData: { vega: esmEntry('vega'), vegaLite: esmEntry('vega-lite') },
  });
  started.unref(); // an idle renderer never keeps a process (or a test run) alive
  started.on('message', ({ id, svg, error }: { id: number; svg?: string; error?: string }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (error !== undefined) waiting?.reject(new Error(`chart rendering failed: ${error}`));
    else waiting?.resolve(svg!);
    if (pending.size === 0) started.unref();
  });
  started.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker = undefined;
  });
  return (worker = started);
}

/** The chart as SVG, server-side (no browser), text in the CJK font. */
export function chartSvg(spec: VegaLiteSpec): Promise<string> {
  const font = cjkFont().family || 'sans-serif';
  const id = nextId++;
  const thread = renderer();
  thread.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.postMessage({ id, spec: { config: { font }, ...spec } });
  });
}

/** The chart as PNG (resvg), for mail and PDFs; `width` in pixels. */
export async function chartPng(spec: VegaLiteSpec, width = 800): Promise<Buffer> {
  const svg = await chartSvg(spec);
  const font = cjkFont();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: 'white',
    font: { fontFiles: [font.path], loadSystemFonts: false, defaultFontFamily: font.family },
  });
  return resvg.render().asPng();
}
