// F7 item 1: every action the server writes to the audit log has a Chinese label. The scan reads the source of
// src/server, so a new appendAudit call with an unlabelled action fails here before it reaches the auditor's screen.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_FAMILIES, actionLabel, findActionLabel, isFailedLoginAction, isLoginAction, labelledActions, loginFailureReasonLabel } from './action-labels';

const SRC = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The text from `start` up to the closing bracket that balances the one just before it, skipping quoted text. */
function balancedFrom(text: string, start: number): string {
  let depth = 1;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

/** The `action:` expression of an appendAudit call's fact: up to the next top-level comma. */
function actionExpression(call: string): string | null {
  const match = /\baction:\s*/.exec(call);
  if (!match) return null;
  const rest = `${call.slice(match.index + match[0].length)},`;
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) return rest.slice(0, i).trim();
  }
  return null;
}

const files = sourceFiles(path.join(SRC, 'server'));
const everySource = sourceFiles(SRC).map((file) => readFileSync(file, 'utf8'));

function constantValue(name: string): string | undefined {
  for (const text of everySource) {
    const found = new RegExp(`const ${name}\\s*=\\s*'([^']+)'`).exec(text);
    if (found) return found[1];
  }
  return undefined;
}

interface Written {
  file: string;
  action: string;
  isTemplate: boolean;
}

function writtenActions(): Written[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const relative = path.relative(SRC, file);
    const found: Written[] = [];
    for (const call of text.matchAll(/appendAudit\(/g)) {
      const whole = actionExpression(balancedFrom(text, call.index + call[0].length));
      if (!whole) continue;
      // In `cond ? 'a' : 'b'` only the branches are actions; the condition's literals are not.
      const expression = whole.includes('?') ? whole.slice(whole.indexOf('?') + 1) : whole;
      for (const literal of expression.matchAll(/'([^']+)'|`([^`]+)`/g)) {
        if (literal[1] !== undefined) found.push({ file: relative, action: literal[1], isTemplate: false });
        else found.push({ file: relative, action: literal[2]!.split('${')[0]!, isTemplate: literal[2]!.includes('${') });
      }
      for (const name of expression.replace(/'[^']*'|`[^`]*`/g, '').matchAll(/\b[A-Z][A-Z0-9_]+\b/g)) {
        found.push({ file: relative, action: constantValue(name[0]) ?? `未找到常量 ${name[0]}`, isTemplate: false });
      }
    }
    return found;
  });
}

describe('audit action labels', () => {
  const written = writtenActions();

  it('finds the actions the server writes (the scan itself works)', () => {
    expect(written.length).toBeGreaterThan(60);
    expect(written.map((w) => w.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed', 'application.', 'national_tier.row_dismissed']));
  });

  it('labels every literal action passed to appendAudit in src/server', () => {
    const missing = written.filter((w) => !w.isTemplate && !findActionLabel(w.action)).map((w) => `${w.file}: ${w.action}`);
    expect(missing).toEqual([]);
  });

  it('labels every family an action template is built from', () => {
    const unknown = written.filter((w) => w.isTemplate && !(w.action in ACTION_FAMILIES)).map((w) => `${w.file}: ${w.action}…`);
    expect(unknown).toEqual([]);
  });

  it.each([
    ['auth.login', '登录成功'],
    ['auth.login_failed', '登录失败'],
    ['application.submit', '提交申报'],
    ['application.material_added', '上传申报材料'],
    ['national_tier.row_dismissed', '国家级名单：已确认无需处理'],
    ['audit.export', '导出审计日志'],
    ['auth.something_new', 'auth.something_new'],
    ['application.no_such_event', 'application.no_such_event'],
  ])('actionLabel(%s) = %s', (action, label) => {
    expect(actionLabel(action)).toBe(label);
  });

  it.each([
    ['auth.login', true, false],
    ['auth.login_failed', true, true],
    ['auth.second_factor_failed', true, true],
    ['auth.locked', true, true],
    ['auth.logout', true, false],
    ['application.submit', false, false],
    ['authx.login_failed', false, false],
  ])('%s: login record %s, failure %s', (action, isLogin, isFailure) => {
    expect(isLoginAction(action)).toBe(isLogin);
    expect(isFailedLoginAction(action)).toBe(isFailure);
  });

  it('names failure reasons, and shows an unknown one by its code', () => {
    expect(loginFailureReasonLabel('wrong_password')).toBe('密码错误');
    expect(loginFailureReasonLabel('other')).toBe('other');
  });

  it('offers each labelled action once for the filter', () => {
    const actions = labelledActions().map((a) => a.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(actions).toContain('application.submit');
  });
});
