// 验收评审 (F5 item 1; Art. 7(3)): an expert's acceptance assignments, the declaration and the opinion.
export function MyAcceptanceReviewsRoutes() {
  return <div>验收评审</div>;
}
