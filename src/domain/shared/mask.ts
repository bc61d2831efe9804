// Personal data shown in lists and details is masked (F7 item 6): 13812345678 → 138****5678,
// 020-12345678 → 020*****5678.
export function maskPhone(phone: string): string {
  if (phone.length <= 4) return '*'.repeat(phone.length);
  const keepEnd = 4;
  const keepStart = Math.min(3, phone.length - keepEnd - 1);
  const hiddenLength = phone.length - keepStart - keepEnd;
  return phone.slice(0, keepStart) + '*'.repeat(hiddenLength) + phone.slice(phone.length - keepEnd);
}
