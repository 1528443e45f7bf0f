import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
const api = 'http://127.0.0.1:8080';

/** Files copied from src/web/public, kept by the service worker beside the bundle. */
const PUBLIC_FILES = fs.readdirSync(fileURLToPath(new URL('./src/web/public', import.meta.url))).map((f) => `/${f}`);

/**
 * Writes the list of the build's files, and a version that changes with any of them, into the
 * service worker (src/web/sw.ts), so that it keeps exactly this build for offline use.
 */
function precacheManifest(): Plugin {
  return {
    name: 'haven-precache-manifest',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sw = bundle['sw.js'];
      if (sw?.type !== 'chunk') return this.error('the service worker (sw.js) is missing from the build');
      const files = [
        ...Object.keys(bundle)
          .filter((f) => f !== 'sw.js' && f !== 'index.html' && !f.startsWith('.'))
          .map((f) => `/${f}`),
        ...PUBLIC_FILES,
      ].sort();
      const index = bundle['index.html'];
      const hash = createHash('sha256').update(files.join('\n'));
      if (index?.type === 'asset') hash.update(index.source);
      const text = JSON.stringify({ version: hash.digest('hex').slice(0, 16), files });
      const placeholder = /(["'`])__HAVEN_PRECACHE__\1/;
      if (!placeholder.test(sw.code)) return this.error('the service worker has no precache placeholder');
      sw.code = sw.code.replace(placeholder, () => JSON.stringify(text));
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precacheManifest()],
  build: {
    outDir,
    emptyOutDir: true,
    // The Content-Security-Policy forbids inline scripts: never inline the module preload polyfill.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
        // The public safe-migration page (/help): its own small entry, without React.
        help: fileURLToPath(new URL('./src/web/help.html', import.meta.url)),
        sw: fileURLToPath(new URL('./src/web/sw.ts', import.meta.url)),
      },
      output: {
        // The service worker keeps a fixed address (its scope is the whole site); everything else is hashed.
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
        // React and the router change rarely: their own chunk stays cached across releases of the app.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // zod with its configuration, which must run before any schema is built (see zod-config.ts).
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]web[\\/]zod-config\.ts$/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/metrics': { target: api, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/metrics': { target: api, changeOrigin: false },
    },
  },
});
