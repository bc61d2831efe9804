// 国家级名单导入 (Art. 9; ADR 0017) as the province's pages call it (src/contracts/national-tier.ts).
import type { NationalEntryBrief, NationalUploadDetail, ResolveNationalRowRequest } from '../../../../src/contracts/national-tier';
import { api } from '../../lib/api';

export const nationalTierPaths = {
  uploads: '/api/national-tier/uploads',
  upload: (id: string) => `/api/national-tier/uploads/${encodeURIComponent(id)}`,
  page: (id: string) => `/workspace/national-tier/${encodeURIComponent(id)}`,
};

export const nationalTierApi = {
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.postForm<NationalUploadDetail>(nationalTierPaths.uploads, form);
  },
  resolve: (rowId: string, body: ResolveNationalRowRequest) => api.post<NationalUploadDetail>(`/api/national-tier/rows/${encodeURIComponent(rowId)}/resolution`, body),
  searchEntries: (q: string) => api.get<NationalEntryBrief[]>(`/api/national-tier/entries?q=${encodeURIComponent(q)}`),
};
