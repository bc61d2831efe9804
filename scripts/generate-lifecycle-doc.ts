// Writes docs/lifecycle.md from the lifecycle table (npm run docs:lifecycle). The content comes from the pure
// renderLifecycleDoc, which src/domain/lifecycle/lifecycle-doc.test.ts compares with the committed file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderLifecycleDoc } from '../src/domain/lifecycle/mermaid';

const target = fileURLToPath(new URL('../docs/lifecycle.md', import.meta.url));
writeFileSync(target, renderLifecycleDoc());
console.log(`wrote ${target}`);
