// 复核管理 (F5 item 3; Art. 10): skeleton, filled by the re-review UI.
export function ReReviewPage() {
  return null;
}
