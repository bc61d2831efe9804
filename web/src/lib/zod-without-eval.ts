// F7 item 4: the Content-Security-Policy has no 'unsafe-eval'. zod 4 probes `new Function('')` when it builds an
// object schema (to compile fast parsers), which the browser reports as a CSP violation. `jitless` makes it skip the
// probe. zod reads its settings from globalThis.__zod_globalConfig, so this sets them without loading zod into the
// public pages' first load (F6 item 5). Imported first in main.tsx, before any module that builds a schema.
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

export {};
