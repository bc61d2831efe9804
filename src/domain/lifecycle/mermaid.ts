// docs/lifecycle.md is generated from the table by these pure functions (npm run docs:lifecycle writes it,
// lifecycle-doc.test.ts fails when the file is stale), so the diagram can never drift from the code.
import { EVENT_LABELS } from './events';
import { GUARDS } from './guards';
import { INITIAL_STATE, isTerminalState, STATE_INFO, STATES, type LifecycleState } from './states';
import { TRANSITION_ROWS, type TransitionRow } from './transitions';

const PHASE_LABELS = { application: '申报', creation: '创建', certified: '认定后' } as const;

/** A guard is drawn on the arrow only where it decides between rows of one event; the table lists them all. */
function arrowLabel(row: TransitionRow, rows: readonly TransitionRow[]): string {
  const isBranch = rows.filter((other) => other.from === row.from && other.event === row.event).length > 1;
  return isBranch && row.guard ? `${EVENT_LABELS[row.event]} [${GUARDS[row.guard].label}]` : EVENT_LABELS[row.event];
}

export function renderLifecycleDiagram(rows: readonly TransitionRow[] = TRANSITION_ROWS): string {
  const lines = ['stateDiagram-v2'];
  for (const state of STATES) lines.push(`    state "${STATE_INFO[state].label} (${state})" as ${state}`);
  lines.push(`    [*] --> ${INITIAL_STATE}`);
  // One arrow per (from, to) pair, its events joined, so that parallel rows do not draw on top of each other.
  const arrows = new Map<string, { from: LifecycleState; to: LifecycleState; labels: string[] }>();
  for (const row of rows) {
    const key = `${row.from}>${row.to}`;
    const arrow = arrows.get(key) ?? { from: row.from, to: row.to, labels: [] };
    const label = arrowLabel(row, rows);
    if (!arrow.labels.includes(label)) arrow.labels.push(label);
    arrows.set(key, arrow);
  }
  for (const { from, to, labels } of arrows.values()) lines.push(`    ${from} --> ${to} : ${labels.join(' / ')}`);
  for (const state of STATES) if (isTerminalState(state)) lines.push(`    ${state} --> [*]`);
  return lines.join('\n');
}

const stateCell = (state: LifecycleState) => `${STATE_INFO[state].label} \`${state}\``;

export function renderTransitionTable(rows: readonly TransitionRow[] = TRANSITION_ROWS): string {
  const lines = ['| 起始状态 from | 事件 event | 目标状态 to | 角色 roles | 条件 guard | 效果 effects | 条款 | 说明 |', '|---|---|---|---|---|---|---|---|'];
  for (const row of rows) {
    const cells = [
      stateCell(row.from),
      `${EVENT_LABELS[row.event]} \`${row.event}\``,
      row.to === row.from ? `（不变）\`${row.to}\`` : stateCell(row.to),
      row.roles.map((role) => `\`${role}\``).join(', '),
      row.guard ? `${GUARDS[row.guard].label} \`${row.guard}\`` : '—',
      row.effects?.length ? row.effects.map((effect) => `\`${effect}\``).join(', ') : '—',
      row.article,
      row.description,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function renderLifecycleDoc(rows: readonly TransitionRow[] = TRANSITION_ROWS): string {
  const stateLines = STATES.map(
    (state) => `| \`${state}\` | ${STATE_INFO[state].label} | ${PHASE_LABELS[STATE_INFO[state].phase]} | ${isTerminalState(state) ? '是' : ''} |`,
  );
  const guardLines = Object.entries(GUARDS).map(([name, guard]) => `| \`${name}\` | ${guard.label} |`);
  return [
    '# 生命周期 Lifecycle',
    '',
    '<!-- Generated from src/domain/lifecycle/transitions.ts by `npm run docs:lifecycle`. Do not edit by hand. -->',
    '',
    'One application of a platform/base moves through these states (DESIGN §2). Every change is a row of',
    '`TRANSITIONS` in `src/domain/lifecycle/transitions.ts`, applied by `transition(state, event, role, context)`.',
    'Why the table looks like this: [ADR 0009](decisions/0009-lifecycle-table.md). Arrows that keep the state',
    '(Art. 9 national tier, Art. 11 change reports) are drawn as loops. A condition in `[…]` on an arrow decides',
    'between two rows of the same event; every condition is in the table below.',
    '',
    '```mermaid',
    renderLifecycleDiagram(rows),
    '```',
    '',
    '## Transitions 状态转换表',
    '',
    renderTransitionTable(rows),
    '',
    '## States 状态',
    '',
    '| state | 名称 | 阶段 | 终止 terminal |',
    '|---|---|---|---|',
    ...stateLines,
    '',
    '## Guards 条件',
    '',
    'A period “ends on” its last day, which is still inside it; an act that must wait until a period is over is',
    'allowed from the next day (`src/domain/lifecycle/calendar-periods.ts`, DESIGN §3).',
    '',
    '| guard | 条件 |',
    '|---|---|',
    ...guardLines,
    '',
  ].join('\n');
}
