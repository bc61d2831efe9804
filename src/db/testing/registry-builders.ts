// Registry entry builders live in registry-entry-builders.ts; this name is kept for tests that import it.
export * from './registry-entry-builders';
