import { describe, expect, it } from 'vitest';
import { checkQuota, cityCapMessage, cityCapOf, creationQuotaMessage } from './city-cap';

describe('checkQuota', () => {
  it.each([
    // limit, used, adding, allowed, remaining
    [5, 4, 1, true, 1],
    [5, 5, 1, false, 0],
    [5, 4, 2, false, 1],
    [5, 3, 2, true, 2],
    [5, 0, 5, true, 5],
    [5, 0, 6, false, 5],
    [1, 0, 1, true, 1],
    [1, 1, 1, false, 0],
    [5, 6, 0, false, 0],
    [5, 5, 0, true, 0],
  ])('limit %i, used %i, adding %i → allowed %s, remaining %i', (limit, used, adding, allowed, remaining) => {
    const check = checkQuota(limit, used, adding);
    expect(check.isAllowed).toBe(allowed);
    expect(check.remaining).toBe(remaining);
  });

  it.each([null, undefined])('no limit (%s) allows any number', (limit) => {
    expect(checkQuota(limit, 1000, 50)).toEqual({ limit: null, used: 1000, adding: 50, remaining: null, isAllowed: true });
  });
});

describe('cityCapOf', () => {
  it.each([
    [{ '440100': 5 }, '440100', 5],
    [{ '440100': 5 }, '440300', null],
    [{}, '440100', null],
  ])('%j for %s → %s', (caps, city, expected) => {
    expect(cityCapOf(caps, city)).toBe(expected);
  });
});

describe('messages', () => {
  it('names the city, the cap and what is used', () => {
    expect(cityCapMessage('广州市', checkQuota(5, 5, 1))).toBe('广州市本年度推荐名额为5个，已推荐5个，不能再推荐');
    expect(cityCapMessage('广州市', checkQuota(5, 4, 2))).toBe('广州市本年度推荐名额为5个，已推荐4个，本次推荐2个将超出名额');
  });

  it('names the creation quota', () => {
    expect(creationQuotaMessage(checkQuota(3, 3, 1))).toBe('本年度创建数量为3个，已确定拟创建对象3个，不能再确定');
    expect(creationQuotaMessage(checkQuota(3, 2, 2))).toBe('本年度创建数量为3个，已确定拟创建对象2个，本次确定2个将超出创建数量');
  });
});
