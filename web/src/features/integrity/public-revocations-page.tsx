// 取消创建资格和撤销认定公告 (F5 item 5; Art. 12): the public list of cancellations and revocations with their reasons.
export function PublicRevocationsPage() {
  return <div>取消与撤销</div>;
}
