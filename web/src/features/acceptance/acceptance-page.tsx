// 评估验收 (F5 item 1; Art. 7(3)): the province's list of creation objects due for acceptance and their reviews.
export function AcceptancePage() {
  return <div>评估验收</div>;
}
