// The re-review API as the pages call it (src/contracts/re-review.ts, ADR 0016), through the shared client.
import type {
  AssessReReviewRequest,
  CreateReReviewRoundRequest,
  DecideReReviewRequest,
  ObjectReReviewsView,
  ReReviewDuePreview,
  ReReviewFile,
  ReReviewRoundView,
} from '../../../../src/contracts/re-review';
import { api } from '../../lib/api';

export const objectReReviewsPath = (objectId: string) => `/api/creation-objects/${objectId}/re-reviews`;
const reReviewPath = (objectId: string, reReviewId: string) => `${objectReReviewsPath(objectId)}/${reReviewId}`;
export const reportFileHref = (objectId: string, reReviewId: string, fileId: string) => `${reReviewPath(objectId, reReviewId)}/files/${fileId}`;
/** The object's page opened on its 复核 tab. */
export const reReviewTabHref = (objectId: string) => `/workspace/creation-objects/${objectId}?tab=re-review`;

export const reReviewApi = {
  previewRound: (opensOn: string) => api.post<ReReviewDuePreview>('/api/re-review-rounds/preview', { opensOn }),
  createRound: (body: CreateReReviewRoundRequest) => api.post<ReReviewRoundView>('/api/re-review-rounds', body),
  saveReport: (objectId: string, reReviewId: string, report: string) => api.put<ObjectReReviewsView>(`${reReviewPath(objectId, reReviewId)}/report`, { report }),
  uploadFile: (objectId: string, reReviewId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.postForm<ReReviewFile>(`${reReviewPath(objectId, reReviewId)}/files`, form);
  },
  removeFile: (objectId: string, reReviewId: string, fileId: string) => api.delete<ObjectReReviewsView>(reportFileHref(objectId, reReviewId, fileId)),
  submit: (objectId: string, reReviewId: string) => api.post<ObjectReReviewsView>(`${reReviewPath(objectId, reReviewId)}/submit`, {}),
  assess: (objectId: string, reReviewId: string, body: AssessReReviewRequest) => api.post<ObjectReReviewsView>(`${reReviewPath(objectId, reReviewId)}/assessment`, body),
  decide: (objectId: string, reReviewId: string, body: DecideReReviewRequest) => api.post<ObjectReReviewsView>(`${reReviewPath(objectId, reReviewId)}/decision`, body),
};
