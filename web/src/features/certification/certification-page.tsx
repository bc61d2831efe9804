// 认定管理 (F5 item 2; Art. 7(4)): 拟认定公示 and 发文公告正式认定.
export function CertificationPage() {
  return <div>认定管理</div>;
}
