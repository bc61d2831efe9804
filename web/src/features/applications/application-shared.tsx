// Small pieces every application page uses: the state tag, times, file links and date fields.
import { Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

const STATE_COLOR: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  returned_for_revision: 'warning',
  city_rejected: 'error',
  recommended: 'processing',
  province_rejected: 'error',
  withdrawn: 'default',
  shortlisted: 'success',
  creation_publicity: 'success',
  creating: 'success',
  acceptance_submitted: 'processing',
  acceptance_review: 'processing',
  certification_shortlisted: 'success',
  certification_publicity: 'success',
  certified: 'green',
  exited: 'error',
  creation_cancelled: 'error',
  re_review: 'processing',
  rectifying: 'warning',
  revoked: 'error',
};

export function StateTag({ state, label }: { state: string; label: string }) {
  return (
    <Tag color={STATE_COLOR[state] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

export const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** A material or a version's form: GET /api/applications/:id/files/:fileId (the session cookie goes along). */
export const fileHref = (applicationId: string, fileId: string) => `/api/applications/${applicationId}/files/${fileId}`;

export const isEditable = (state: string) => state === 'draft' || state === 'returned_for_revision';

/** antd date pickers hold dayjs; the draft holds YYYY-MM-DD (or YYYY-MM for months). */
export const datePickerProps = (format: string) => ({
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(format) : undefined),
});

export const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
