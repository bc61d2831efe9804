import { describe, expect, it } from 'vitest';
import type { DatasetColumn } from '../../domain/creation-data/row-schema';
import { rowsFromObjects } from './object-rows';

const column = (key: string, header: string): DatasetColumn => ({ key, header, isRequired: false, example: '', hint: '' });
const COLUMNS = [column('name', '名称'), column('isActive', '是否在库'), column('count', '数据量'), column('codes', '参加企业')];

describe('JSON items as import rows', () => {
  it.each([
    [{ name: '甲', isActive: true, count: 12, codes: ['A', 'B'] }, ['甲', '是', '12', 'A、B']],
    [{ name: '乙', isActive: false, count: 0 }, ['乙', '否', '0', '']],
    [{ isActive: null }, ['', '', '', '']],
  ])('%j → %j', (item, cells) => {
    const source = rowsFromObjects(COLUMNS, [item]);
    expect(source.header).toEqual(['名称', '是否在库', '数据量', '参加企业']);
    expect([...(source.rows as Iterable<{ cells: readonly string[] }>)][0]?.cells).toEqual(cells);
  });
});
