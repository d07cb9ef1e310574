// The web app's build: `npm run build` writes it to dist/web, which the API serves at `/` (apps/api/src/web).
// JSX is compiled by Vite's own transformer (no plugin needed); libraries are imported as #libs/<name>.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repository = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The build replaces dist/web in place instead of emptying it first, so that an API serving it never finds it
 * missing; afterwards this removes the files of earlier builds that this one did not write.
 */
const removeEarlierBuilds = {
  name: 'confer-remove-earlier-builds',
  writeBundle(options, bundle) {
    const assets = join(options.dir, 'assets');
    for (const file of readdirSync(assets)) {
      if (!(`assets/${file}` in bundle)) rmSync(join(assets, file), { force: true });
    }
  },
};

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  resolve: {
    alias: [{ find: /^#libs\/([^/]+)$/, replacement: `${repository}libs/$1/src/index.ts` }],
  },
  plugins: [removeEarlierBuilds],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: `${repository}dist/web`,
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // React, React Router and Apollo Client together are about 500 kB before compression (about 150 kB sent); the
    // generated documents (apps/web/src/graphql/generated, syntax trees with their fragments) about 200 kB more,
    // which compresses to a few kB. The whole is about 820 kB, 200 kB sent.
    chunkSizeWarningLimit: 850,
    rolldownOptions: {
      // React Router marks its modules "use client" (for server components), which means nothing in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:3000', '/app-config.json': 'http://localhost:3000' },
  },
});
