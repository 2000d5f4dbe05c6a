import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The console is served by the gateway at /console/ (same origin as /api/v1: no CORS), under the
// gateway's CSP: scripts from 'self' only, so the build has no inline script (decision 0100).
export default defineConfig({
  base: '/console/',
  plugins: [react()],
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
