// The public words and limits of 公示与异议 (Art. 7(2)(4)), kept free of zod so the public notice pages can use them
// without loading the validation library (F6 item 5: at most 250 KB of JavaScript per public page). The contract
// src/contracts/notices.ts re-exports them, so the server and the pages say and allow the same.

export type NoticeStage = 'creation' | 'certification';
export const NOTICE_STAGE_LABELS: Record<NoticeStage, string> = { creation: '拟创建对象公示', certification: '拟认定对象公示' };

export type ObjectionStatus = 'received' | 'upheld' | 'unfounded';
export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = { received: '待核实', upheld: '异议属实', unfounded: '异议不属实' };

// The status check names the phone the objector gave (a mobile or a landline with area code, as the objection form
// takes it); the same words on the server (zObjectionStatusRequest) and the page (ADR 0023).
export const OBJECTION_STATUS_PHONE_MESSAGES = {
  missing: '请填写提交异议时填写的联系电话（手机号码或带区号的固定电话）',
  malformed: '联系电话应为11位手机号码或带区号的固定电话',
} as const;

export const OBJECTION_MAX_FILES = 5;
export const OBJECTION_MAX_FILE_BYTES = 10 * 1024 * 1024;
// A public, login-free form: one request may carry at most this much in all (not 5 × 10 MB).
export const OBJECTION_MAX_TOTAL_BYTES = 30 * 1024 * 1024;

/** The most 认定公告 one page of GET /api/v1/announcements carries (Art. 7(4)). */
export const ANNOUNCEMENTS_MAX_PAGE_SIZE = 50;
