// Quota arithmetic of Art. 7(1)(2): a city recommends at most the call's 推荐名额 for it (absent = no cap), and
// the province shortlists at most the call's 年度创建数量. Both count what is already used plus the batch now
// asked for, so a batch is refused as a whole when it would pass the limit (all or nothing).

export interface QuotaCheck {
  /** The limit, or null when the call sets none. */
  limit: number | null;
  used: number;
  adding: number;
  /** What is left before this batch; null when unlimited. */
  remaining: number | null;
  isAllowed: boolean;
}

export function checkQuota(limit: number | null | undefined, used: number, adding: number): QuotaCheck {
  const cap = limit ?? null;
  const remaining = cap === null ? null : Math.max(cap - used, 0);
  return { limit: cap, used, adding, remaining, isAllowed: cap === null || used + adding <= cap };
}

/** Art. 7(1): the city's cap from the call's cityCaps; a city the call does not list has no cap. */
export function cityCapOf(cityCaps: Readonly<Record<string, number>>, cityCode: string): number | null {
  return Object.hasOwn(cityCaps, cityCode) ? (cityCaps[cityCode] ?? null) : null;
}

export function cityCapMessage(cityName: string, check: QuotaCheck): string {
  const tail = check.adding > 1 ? `，本次推荐${check.adding}个将超出名额` : '，不能再推荐';
  return `${cityName}本年度推荐名额为${check.limit}个，已推荐${check.used}个${tail}`;
}

export function creationQuotaMessage(check: QuotaCheck): string {
  const tail = check.adding > 1 ? `，本次确定${check.adding}个将超出创建数量` : '，不能再确定';
  return `本年度创建数量为${check.limit}个，已确定拟创建对象${check.used}个${tail}`;
}
