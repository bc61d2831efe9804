// One 认定公告 (F5 item 2; Art. 7(4)): its text, the certified in neutral order with their certificate numbers.
export function PublicAnnouncementPage() {
  return <div>认定公告</div>;
}
