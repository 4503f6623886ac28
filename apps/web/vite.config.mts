import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Two pages, built apart: `index.html` (staff, providers, administrators) and, with
 * `--mode resident`, `inwoner.html` (residents). Two builds rather than two entries of one: the
 * NL Design System React library is a single module, so a shared chunk would carry every
 * component the staff screens use to the resident's phone. The app build empties dist/web; the
 * resident build adds to it.
 * `npm run dev:web` serves both with a proxy to the api (`API_URL`, default localhost:3000).
 */
/**
 * NL Design System's React library is one module that sets `Component.displayName = '…'` at its
 * top level; a bundler must keep such writes, and with them every component (57 kB gzipped for
 * the resident page, which uses a dozen). The names only serve React DevTools: dropping them lets
 * each page carry just the components it uses.
 */
function dropUtrechtDisplayNames(): Plugin {
  return {
    name: 'wmo:drop-utrecht-display-names',
    transform: {
      filter: { id: /@utrecht\/[a-z-]+-react\/dist\/.*\.mjs$/ },
      handler(code) {
        return code.replace(/^[A-Za-z_$][\w$]*\.displayName = (['"])[^'"\n]*\1;$/gm, '');
      },
    },
  };
}

/** The dev server answers `/inwoner` with the resident page, as the api does in production. */
function residentPageInDev(): Plugin {
  return {
    name: 'wmo:resident-page-in-dev',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && /^\/inwoner\/?(\?|#|$)/.test(req.url)) req.url = '/inwoner.html';
        next();
      });
    },
  };
}

const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig(({ mode }) => {
  const resident = mode === 'resident';
  return {
    root: here,
    publicDir: false,
    plugins: [dropUtrechtDisplayNames(), residentPageInDev()],
    build: {
      outDir: resolve(here, '../../dist/web'),
      emptyOutDir: !resident,
      target: 'es2022',
      sourcemap: false,
      // Each page is one application: a warning about its size says nothing here.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: {
        // React Router marks its modules "use client" (for server components): meaningless here.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
        input: {
          [resident ? 'inwoner' : 'app']: resolve(here, resident ? 'inwoner.html' : 'index.html'),
        } as Record<string, string>,
      },
    },
    server: {
      port: 5173,
      proxy: {
        '/graphql': { target: apiUrl, ws: true, changeOrigin: true },
        '/exchange': { target: apiUrl, changeOrigin: true },
      },
    },
  };
});
