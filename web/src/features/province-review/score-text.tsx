import type { ScoreSummary } from '../../../../src/contracts/province-review';

/** "82.50（3位专家）" or "尚无评分": internal to the province's workspace (Art. 8). */
export function ScoreText({ item }: { item: ScoreSummary }) {
  if (item.meanScore === null) return <>尚无评分</>;
  return (
    <>
      {item.meanScore.toFixed(2)}（{item.scoredExperts}位专家）
    </>
  );
}
