import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_LABELS } from './events';
import { renderLifecycleDiagram, renderLifecycleDoc, renderTransitionTable } from './mermaid';
import { STATES } from './states';
import { TRANSITION_ROWS } from './transitions';

const DOC = new URL('../../../docs/lifecycle.md', import.meta.url);

describe('docs/lifecycle.md', () => {
  it('is what the generator produces from the table', () => {
    const committed = readFileSync(DOC, 'utf8');
    expect(committed === renderLifecycleDoc(), 'docs/lifecycle.md is stale: run `npm run docs:lifecycle`').toBe(true);
  });

  it('draws every state, every row and an end marker for every terminal state', () => {
    const diagram = renderLifecycleDiagram();
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const state of STATES) expect(diagram).toContain(` as ${state}\n`);
    for (const row of TRANSITION_ROWS) expect(diagram).toMatch(new RegExp(`\\n    ${row.from} --> ${row.to} : .*${EVENT_LABELS[row.event]}`));
    expect(diagram.match(/--> \[\*\]/g)).toHaveLength(6);
    // Mermaid ends a transition label at '#' or ';' and a state name at '"'.
    expect(diagram).not.toMatch(/[#;]/);
  });

  it('lists every row in the table under the diagram', () => {
    const table = renderTransitionTable().split('\n');
    expect(table).toHaveLength(TRANSITION_ROWS.length + 2);
    expect(table[2]).toBe('| 草稿 `draft` | 提交申报 `submit` | 已提交，待地市初审 `submitted` | `applicant` | — | — | Art. 7(1) | 运营主体将申报材料提交至所在地市级中小企业主管部门 |');
  });
});
