// POST /api/creation-objects/:id/datasets/:dataset/imports as multipart (field `file`). XMLHttpRequest rather than
// the shared fetch client, because a large workbook takes a while to send and only XHR reports upload progress.
import type { ImportResult } from '../../../../src/contracts/data-imports';
import type { DatasetKey } from '../../../../src/domain/creation-data/datasets';
import { ApiError, errorFromResponse } from '../../lib/api';

const base = (objectId: string) => `/api/creation-objects/${objectId}`;

export const importPaths = {
  template: (objectId: string, dataset: DatasetKey, format: 'xlsx' | 'csv') => `${base(objectId)}/datasets/${dataset}/template.${format}`,
  upload: (objectId: string, dataset: DatasetKey) => `${base(objectId)}/datasets/${dataset}/imports`,
  history: (objectId: string) => `${base(objectId)}/imports`,
  errorReport: (objectId: string, importId: string) => `${base(objectId)}/imports/${importId}/error-report.xlsx`,
};

export interface UploadProgress {
  /** 0–100 while the bytes go out; at 100 the server is still checking and storing the rows. */
  percent: number;
}

export function uploadImport(objectId: string, dataset: DatasetKey, file: File, onProgress: (progress: UploadProgress) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importPaths.upload(objectId, dataset));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    // The server refuses state-changing requests without this header (CSRF guard for cookie sessions).
    xhr.setRequestHeader('X-Requested-With', 'shifan');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress({ percent: Math.min(100, Math.round((event.loaded / event.total) * 100)) });
    };
    xhr.upload.onload = () => onProgress({ percent: 100 });
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试'));
    xhr.onload = () => {
      const payload = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as ImportResult);
      else reject(errorFromResponse(xhr.status, payload));
    };
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
