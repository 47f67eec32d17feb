import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.DUBAN_API_URL ?? 'http://127.0.0.1:3000';

// The server serves dist/ in production; in development Vite proxies /api (SSE included) to it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // form-js-editor pins an older preact than form-js-viewer: two copies break preact's hooks (one context).
  resolve: { dedupe: ['preact'] },
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  preview: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/inbox-bundle-size.ts follow what a route really loads.
    manifest: true,
    chunkSizeWarningLimit: 2048,
  },
});
