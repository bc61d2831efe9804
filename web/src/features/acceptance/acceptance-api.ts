// The acceptance API as the pages call it (src/contracts/acceptance.ts). The shared client has GET, POST and
// multipart POST; the draft is a PUT and an evidence file is taken out with DELETE, sent here with the same headers.
import type { AcceptanceEvidence, AcceptanceView, SaveAcceptanceDraftRequest } from '../../../../src/contracts/acceptance';
import { api, ApiError, errorFromResponse } from '../../lib/api';

export const acceptancePath = (objectId: string) => `/api/creation-objects/${objectId}/acceptance`;
export const evidenceHref = (objectId: string, fileId: string) => `${acceptancePath(objectId)}/evidence/${fileId}`;

async function send<T>(method: 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'shifan' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    payload = null;
  }
  if (response.ok) return payload as T;
  throw errorFromResponse(response.status, payload);
}

export const acceptanceApi = {
  saveDraft: (objectId: string, body: SaveAcceptanceDraftRequest) => send<AcceptanceView>('PUT', `${acceptancePath(objectId)}/draft`, body),
  removeEvidence: (objectId: string, fileId: string) => send<AcceptanceView>('DELETE', evidenceHref(objectId, fileId)),
  uploadEvidence: (objectId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.postForm<AcceptanceEvidence>(`${acceptancePath(objectId)}/evidence`, form);
  },
  submit: (objectId: string, lockVersion: number) => api.post<AcceptanceView>(`${acceptancePath(objectId)}/submit`, { lockVersion }),
  start: (objectId: string, lockVersion: number) => api.post<AcceptanceView>(`${acceptancePath(objectId)}/start`, { lockVersion }),
  decide: (objectId: string, body: { lockVersion: number; outcome: 'passed' | 'failed'; reason: string }) => api.post<AcceptanceView>(`${acceptancePath(objectId)}/decision`, body),
  assignExperts: (reviewId: string, expertIds: string[]) => api.post<unknown>(`/api/acceptance-reviews/${reviewId}/experts`, { expertIds }),
};
