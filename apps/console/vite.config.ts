import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Brotli and gzip copies of the built text files, which the gateway sends to browsers that
 * accept them (@fastify/static `preCompressed`): the first screen's script goes over the wire
 * at about a third of its size, with no compression work per request.
 */
function precompress(): Plugin {
  return {
    name: 'freight-precompress',
    apply: 'build',
    writeBundle({ dir }) {
      const walk = (folder: string): string[] =>
        readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)],
        );
      for (const file of walk(dir!).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

// The console is served by the gateway at /console/ (same origin as /api/v1: no CORS), under the
// gateway's CSP: scripts from 'self' only, so the build has no inline script (decision 0100).
export default defineConfig({
  base: '/console/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // antd is one big vendor chunk; the first screen loads it once and caches it (immutable)
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev -w apps/console`: the API of a gateway started by `npm start`, same origin
    proxy: { '/api': process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
