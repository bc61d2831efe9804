// 认定公告 (F5 item 2; Art. 7(4)): the public list of certification announcements.
export function PublicAnnouncementsPage() {
  return <div>认定公告</div>;
}
