// The bench's service-record CSV: realistic rows (valid credit codes of a pool of enterprises, Guangdong county and
// town codes, the comprehensive platform's service items, dates of 2026, both channels, satisfaction answers as
// numbers or words, the platform's own record id on most rows), written to disk in blocks, never held whole.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../src/domain/credit-code/credit-code';
import { CITIES } from '../src/domain/divisions/divisions';

export const BENCH_HEADER = '记录编号,统一社会信用代码,企业名称,服务地区代码,服务事项,服务日期,服务方式,满意度评价';
const ITEMS = ['法律法规政策查询辅导', '创业指导', '管理咨询', '人才培训', '人才招聘', '市场拓展', '投融资', '法律与合规', '诉求受理', '出海服务', '可持续发展'];
const SATISFACTION = ['', '', '5', '4', '3', '非常满意', '满意', '一般', '不满意', '很不满意'];
const NAME_PARTS = ['华南', '粤海', '珠江', '岭南', '南粤', '鹏城', '羊城', '湾区', '新材', '智造', '云帆', '海纳'];
const TRADES = ['科技', '电子', '机械', '新材料', '生物医药', '软件', '物流', '食品', '纺织', '家居'];
const DIVISIONS = CITIES.flatMap((city) => city.children.map((child) => child.code));

/** A small deterministic generator, so every run imports the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 4294967296;
  };
}

export async function writeBenchCsv(file: string, rows: number): Promise<void> {
  const next = random(20261128);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const enterpriseCount = Math.max(1, Math.round(rows / 4));
  const enterprises: string[] = [];
  for (let i = 0; i < enterpriseCount; i += 1) {
    let identifier = '';
    for (let j = 0; j < 9; j += 1) identifier += CREDIT_CODE_ALPHABET.charAt(Math.floor(next() * CREDIT_CODE_ALPHABET.length));
    const first17 = `91${pick(DIVISIONS).slice(0, 6)}${identifier}`;
    enterprises.push(`${first17}${creditCodeCheckCharacter(first17)},${pick(NAME_PARTS)}${pick(NAME_PARTS)}${pick(TRADES)}有限公司`);
  }
  const out = createWriteStream(file);
  out.write(`\uFEFF${BENCH_HEADER}\r\n`);
  let block: string[] = [];
  for (let i = 1; i <= rows; i += 1) {
    const day = 1 + Math.floor(next() * 330);
    const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
    const id = next() < 0.7 ? `FW${String(i).padStart(8, '0')}` : '';
    block.push(`${id},${pick(enterprises)},${pick(DIVISIONS)},${pick(ITEMS)},${date},${next() < 0.6 ? '线上' : '线下'},${pick(SATISFACTION)}`);
    if (block.length === 10_000 || i === rows) {
      if (!out.write(`${block.join('\r\n')}\r\n`)) await once(out, 'drain');
      block = [];
    }
  }
  out.end();
  await once(out, 'finish');
}
