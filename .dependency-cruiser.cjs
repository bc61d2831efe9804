// Import boundaries of DESIGN §6, checked on resolved paths (so no relative-path trick slips through).
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports only src/domain, zod and its own JSON data: no I/O, database, HTTP or UI.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^src/domain/', '^node_modules/zod/'] },
    },
    {
      name: 'only-db-imports-drizzle',
      comment: 'Only src/db may import Drizzle.',
      severity: 'error',
      from: { pathNot: ['^src/db/', '^drizzle\\.config\\.ts$'] },
      to: { path: '^node_modules/(drizzle-orm|drizzle-kit)/' },
    },
    {
      name: 'web-never-imports-server-or-db',
      comment: 'The browser code shares contracts and domain only.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/(server|db)/' },
    },
    {
      name: 'layers-point-down',
      comment: 'src/db and src/contracts never import the server.',
      severity: 'error',
      from: { path: '^src/(db|contracts)/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'contracts-stay-browser-safe',
      comment: 'The web bundle imports src/contracts; it must never pull in the database layer.',
      severity: 'error',
      from: { path: '^src/contracts/' },
      to: { path: '^src/db/' },
    },
    {
      name: 'src-never-imports-web-or-e2e',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(web|e2e)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: ['^src/db/migrations/'] },
  },
};
