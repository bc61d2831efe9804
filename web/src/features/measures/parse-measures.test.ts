import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseMeasures } from './parse-measures';

const text = readFileSync(new URL('../../../public/measures.txt', import.meta.url), 'utf8');
const blocks = parseMeasures(text);

describe('parseMeasures on the published text', () => {
  it('finds the title, the five chapters and the eighteen articles with anchors', () => {
    expect(blocks[0]).toMatchObject({ kind: 'title', text: expect.stringContaining('创建管理办法') });
    expect(blocks.filter((b) => b.kind === 'chapter')).toHaveLength(5);
    const articles = blocks.filter((b) => b.kind === 'article');
    expect(articles.map((a) => a.id)).toEqual(Array.from({ length: 18 }, (_, i) => `article-${i + 1}`));
  });

  it('rebuilds the three attachments and their indicators', () => {
    expect(blocks.filter((b) => b.kind === 'attachment').map((b) => b.kind === 'attachment' && b.title)).toEqual([
      '广东省中小企业公共服务示范平台（基地）创建及认定标准（平台类）',
      '广东省中小企业公共服务示范平台（基地）创建及认定标准（基地类）',
      '广东省中小企业公共服务示范平台（基地）创建方案评价要求',
    ]);
    const tables = blocks.flatMap((b) => (b.kind === 'indicators' ? [b.indicators] : []));
    expect(tables.map((t) => t.length)).toEqual([10, 8, 6]);
    expect(tables[0]?.find((i) => i.name === '服务企业情况')).toEqual({
      group: '服务成效',
      name: '服务企业情况',
      type: '定量',
      paragraphs: ['创建：年服务中小企业1000家以上。', '认定：年服务中小企业3000家以上。'],
    });
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十七', 17],
    ['二十一', 21],
  ])('%s is %i', (numeral, value) => expect(chineseNumeral(numeral)).toBe(value));
});
