// The acceptance API as the pages call it (src/contracts/acceptance.ts), through the shared client.
import type { AcceptanceEvidence, AcceptanceView, SaveAcceptanceDraftRequest } from '../../../../src/contracts/acceptance';
import { api } from '../../lib/api';

export const acceptancePath = (objectId: string) => `/api/creation-objects/${objectId}/acceptance`;
export const evidenceHref = (objectId: string, fileId: string) => `${acceptancePath(objectId)}/evidence/${fileId}`;

export const acceptanceApi = {
  saveDraft: (objectId: string, body: SaveAcceptanceDraftRequest) => api.put<AcceptanceView>(`${acceptancePath(objectId)}/draft`, body),
  removeEvidence: (objectId: string, fileId: string) => api.delete<AcceptanceView>(evidenceHref(objectId, fileId)),
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
