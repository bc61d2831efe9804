import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARATOR_OF } from './comparator';
import { CURRENT_STANDARD_SET, STANDARD_SETS, findStandardSet } from './standard-sets';

// A published version never changes (DESIGN §4). If this fails you edited published data: revert the edit and
// add a new version (a new folder and a row in STANDARD_SETS) with its own hash here.
const PUBLISHED_HASHES: Record<string, string> = {
  'guangdong-2025-v1': '807b1b0c3f396426dcaa1fdf474dc945be670d3d16667c86621114ea334b6ac0',
};

// The measures as the project serves them (/measures); identical to the regulation text.
const measuresText = readFileSync(new URL('../../../web/public/measures.txt', import.meta.url), 'utf8').replace(/\s+/g, '');
const isQuoted = (text: string) => measuresText.includes(text.replace(/\s+/g, ''));

describe('published standard sets are immutable', () => {
  it.each(STANDARD_SETS.map((s) => [s.version, s] as const))('%s matches its pinned content hash', (version, set) => {
    const hash = createHash('sha256').update(JSON.stringify(set)).digest('hex');
    expect(hash).toBe(PUBLISHED_HASHES[version]);
  });

  it('is deeply frozen, so a change at run time throws', () => {
    const set = CURRENT_STANDARD_SET;
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.indicators[0]?.creation.thresholds)).toBe(true);
    expect(() => {
      (set.serviceItems.comprehensive as string[]).push('新增服务');
    }).toThrow(TypeError);
    expect(() => {
      (set as { version: string }).version = 'edited';
    }).toThrow(TypeError);
  });

  it('finds versions by name; the current one is published', () => {
    expect(findStandardSet('guangdong-2025-v1')).toBe(CURRENT_STANDARD_SET);
    expect(findStandardSet('guangdong-1999-v9')).toBeUndefined();
  });
});

describe('guangdong-2025-v1 quotes Attachments 1–3', () => {
  const set = CURRENT_STANDARD_SET;

  it.each(set.indicators.map((i) => [i.code, i] as const))('%s: name, description and both stage rules are quoted', (_code, indicator) => {
    for (const text of [indicator.name, indicator.description, indicator.creation.required, indicator.certification.required]) {
      expect(isQuoted(text), text).toBe(true);
    }
  });

  it.each(set.indicators.flatMap((i) => [...i.creation.thresholds, ...i.certification.thresholds].map((t) => [i.code, t] as const)))(
    '%s: threshold wording appears in the attachment and uses its own legal word',
    (_code, threshold) => {
      expect(isQuoted(threshold.wording), threshold.wording).toBe(true);
      if (threshold.kind === 'compare') {
        expect(threshold.wording).toContain(threshold.word);
        expect(COMPARATOR_OF[threshold.word]).toBeDefined();
      }
    },
  );

  it('quotes the plan criteria, the base explanations and the adjustment note', () => {
    expect(set.planCriteria.map((c) => c.name)).toEqual(['创建内容', '创新特色', '示范引领', '实施路径', '预期导向', '保障协同']);
    for (const text of [...set.planCriteria.flatMap((c) => [c.name, c.guidance]), ...set.baseExplanations, set.adjustmentNote]) {
      expect(isQuoted(text), text).toBe(true);
    }
  });

  it('lists the service contents of each platform kind as Attachment 1 does', () => {
    expect(set.serviceItems.comprehensive).toHaveLength(11);
    expect(set.serviceItems.professional).toHaveLength(9);
    for (const item of [...set.serviceItems.comprehensive, ...set.serviceItems.professional]) expect(isQuoted(item)).toBe(true);
  });

  it('names the second-level indicators in attachment order', () => {
    expect(set.indicators.filter((i) => i.carrier === 'platform').map((i) => i.name)).toEqual([
      '数字化智能化建设情况',
      '运行便捷稳定情况',
      '运营保障机制情况',
      '服务功能情况',
      '汇集服务资源情况',
      '互联互通情况',
      '服务企业情况',
      '服务覆盖面情况',
      '服务满意度情况',
      '线下服务拓展情况',
    ]);
    expect(set.indicators.filter((i) => i.carrier === 'base').map((i) => i.name)).toEqual([
      '产业发展情况',
      '入驻优质企业占比',
      '入驻企业创新发展情况',
      '入驻中小企业数量',
      '创业创新服务生态情况',
      '服务企业情况',
      '配套设施情况',
      '运营管理和服务能力',
    ]);
  });

  it('has unique codes, and every stage rule is either checked or judged by experts', () => {
    expect(new Set(set.indicators.map((i) => i.code)).size).toBe(set.indicators.length);
    for (const indicator of set.indicators) {
      for (const rule of [indicator.creation, indicator.certification]) expect(rule.thresholds.length > 0 || rule.isExpertJudged).toBe(true);
      if (indicator.type === '定性') expect([indicator.creation.thresholds, indicator.certification.thresholds]).toEqual([[], []]);
    }
  });

  it('weights the quality-enterprise categories as 指标解释说明 2 does', () => {
    expect(Object.fromEntries(set.qualityCategories.map((c) => [c.key, c.weight]))).toEqual({
      champion: 20,
      littleGiant: 10,
      specialised: 2,
      highTech: 1,
      techSme: 1,
      innovativeSme: 1,
    });
  });
});
