import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiProxy = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Writes `x.js.gz` and `x.js.br` next to every built script and stylesheet, so the server sends the compressed bytes
 * that the bundle budget (scripts/check-bundle-budget.ts) counts without compressing on each request
 * (@fastify/static `preCompressed`). A file that does not shrink is left alone: the server then sends the original.
 */
function precompress(): Plugin {
  return {
    name: 'shifan-precompress',
    apply: 'build',
    async writeBundle(options) {
      const dir = options.dir;
      if (!dir) return;
      const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(js|css)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(dir, file);
          const raw = await readFile(full);
          const [gz, br] = await Promise.all([
            gzipAsync(raw, { level: 9 }),
            brotliAsync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
          ]);
          if (gz.length < raw.length) await writeFile(`${full}.gz`, gz);
          if (br.length < raw.length) await writeFile(`${full}.br`, br);
        }),
      );
    },
  };
}

export default defineConfig({
  // Resolved from this file, not the working directory, so `npx vite build` works from anywhere in the repo.
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // .vite/manifest.json maps each source module to its chunk and static imports: the bundle budget walks it.
    manifest: true,
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
