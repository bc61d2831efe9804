// POST /api/applications/:id/materials as multipart (fields kind and file), through the shared client.
import type { ApplicationMaterial } from '../../../../src/contracts/applications';
import type { MaterialKind } from '../../../../src/domain/applications/application-content';
import { api } from '../../lib/api';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export async function uploadMaterial(applicationId: string, kind: MaterialKind, file: File): Promise<ApplicationMaterial> {
  const body = new FormData();
  body.append('kind', kind);
  body.append('file', file, file.name);
  return api.postForm<ApplicationMaterial>(`/api/applications/${applicationId}/materials`, body);
}
