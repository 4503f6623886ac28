import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Two pages: `index.html` (staff, providers, administrators) and `inwoner.html` (residents).
 * Separate entries keep the staff screens out of the resident's download.
 * `npm run dev:web` serves them with a proxy to the api (`API_URL`, default localhost:3000).
 */
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  publicDir: false,
  build: {
    outDir: resolve(here, '../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // React Router marks its modules "use client" (for server components): meaningless here.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      input: {
        app: resolve(here, 'index.html'),
        inwoner: resolve(here, 'inwoner.html'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiUrl, ws: true, changeOrigin: true },
    },
  },
});
