// The first load of every public page must ship at most 250,000 bytes of gzipped JavaScript (F6 item 5, phone first).
// Walks the Vite manifest of a build: the home route is index.html's entry chunk and its static imports; every other
// public route is that plus the route's lazy chunk and its static imports (what the browser fetches before the page
// can render). The workspace is left out: only signed-in staff and applicants load it.
//   npx tsx scripts/check-bundle-budget.ts [webDir]     (default: $SHIFAN_WEB_DIR, else dist/web; exit 1 when a
//   route not on NOT_YET_IN_BUDGET is over budget)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 250_000;

// Deep links to these pages still load more than the budget. Their sizes are printed; take a page off this list once
// it fits. Every other public page, and every new one, must fit. (2026-11-29: the notices, announcements,
// revocations, call, self-assessment, login and register pages came off it — plain HTML/CSS instead of antd
// Card/Table/Select/DatePicker, and no zod on public pages.)
export const NOT_YET_IN_BUDGET = new Set<string>([]);

/**
 * Public pages a phone opens from a shared link (F6 item 5): each must be measured as a lazy public route — not made
 * private or folded away unmeasured — and may never join NOT_YET_IN_BUDGET.
 */
export const MUST_BE_MEASURED = ['features/registry/registry-page', 'features/registry/registry-entry-page'] as const;

/** Routes of MUST_BE_MEASURED the build does not have as lazy public pages. */
export function missingRoutes(routes: RouteBudget[]): string[] {
  return MUST_BE_MEASURED.filter((route) => !routes.some((r) => r.route === route));
}

/** Lazy chunks under these source folders are not public pages. */
const PRIVATE_SOURCES = ['src/features/workspace/'];

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteBudget {
  /** `/` for the home page, else the lazy page's source module (e.g. features/calls/public-calls-page). */
  route: string;
  /** Gzipped bytes of all JavaScript the route needs first (zlib default level, as Vite's report). */
  gzipBytes: number;
  files: string[];
}

function chunk(manifest: Manifest, key: string): ManifestChunk {
  const found = manifest[key];
  if (!found) throw new Error(`manifest has no chunk ${key}`);
  return found;
}

/** The chunk and everything it imports statically (the browser's modulepreload set). */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const next of chunk(manifest, key).imports ?? []) staticClosure(manifest, next, into);
  return into;
}

export function measureBundle(webDir: string): RouteBudget[] {
  const manifest = JSON.parse(readFileSync(path.join(webDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('manifest has no entry chunk: was the build made with build.manifest?');
  const sizes = new Map<string, number>();
  const gzipped = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(webDir, file))).length;
      sizes.set(file, size);
    }
    return size;
  };
  const measure = (route: string, keys: Set<string>): RouteBudget => {
    const files = [...keys].map((key) => chunk(manifest, key).file).filter((file) => file.endsWith('.js'));
    return { route, gzipBytes: files.reduce((sum, file) => sum + gzipped(file), 0), files };
  };

  const entry = staticClosure(manifest, entryKey);
  const lazyPages = new Set<string>();
  for (const key of entry) for (const lazy of chunk(manifest, key).dynamicImports ?? []) lazyPages.add(lazy);
  const routes = [measure('/', entry)];
  for (const key of [...lazyPages].sort()) {
    const source = chunk(manifest, key).src ?? key;
    if (PRIVATE_SOURCES.some((prefix) => source.startsWith(prefix))) continue;
    routes.push(measure(source.replace(/^src\//, '').replace(/\.[jt]sx?$/, ''), staticClosure(manifest, key, new Set(entry))));
  }
  return routes;
}

/** Routes over the budget that are not on the known list: the home page always counts. */
export function overBudget(routes: RouteBudget[]): RouteBudget[] {
  const mustFit = (route: string) => route === '/' || (MUST_BE_MEASURED as readonly string[]).includes(route) || !NOT_YET_IN_BUDGET.has(route);
  return routes.filter((r) => r.gzipBytes > BUDGET_BYTES && mustFit(r.route));
}

export function formatBudget(routes: RouteBudget[]): string {
  const width = Math.max(...routes.map((r) => r.route.length));
  const lines = routes.map((r) => {
    const verdict = r.gzipBytes <= BUDGET_BYTES ? '' : NOT_YET_IN_BUDGET.has(r.route) ? '  超出预算（已知，待瘦身）' : '  超出预算';
    return `${r.route.padEnd(width)}  ${(r.gzipBytes / 1000).toFixed(1).padStart(6)} KB gz  (${r.files.length} 个文件)${verdict}`;
  });
  return [`首次加载的 JavaScript（gzip，预算 ${BUDGET_BYTES / 1000} KB，1 KB = 1000 B）`, ...lines].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const webDir = path.resolve(process.argv[2] ?? process.env.SHIFAN_WEB_DIR ?? 'dist/web');
  const routes = measureBundle(webDir);
  console.log(formatBudget(routes));
  const missing = missingRoutes(routes);
  if (missing.length > 0) console.log(`未作为公开页面计入预算：${missing.join('、')}`);
  if (overBudget(routes).length > 0 || missing.length > 0) process.exitCode = 1;
}
