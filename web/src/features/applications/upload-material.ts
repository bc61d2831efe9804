// POST /api/applications/:id/materials as multipart (fields kind and file). The JSON client does not send bodies
// of this kind, so this small one does, with the same header and error envelope.
import type { ApplicationMaterial } from '../../../../src/contracts/applications';
import type { MaterialKind } from '../../../../src/domain/applications/application-content';
import { ApiError } from '../../lib/api';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export async function uploadMaterial(applicationId: string, kind: MaterialKind, file: File): Promise<ApplicationMaterial> {
  const body = new FormData();
  body.append('kind', kind);
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/applications/${applicationId}/materials`, { method: 'POST', body, credentials: 'same-origin', headers: { 'X-Requested-With': 'shifan', Accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
  const payload = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
  if (response.ok) return payload as unknown as ApplicationMaterial;
  throw new ApiError(response.status, payload?.code ?? `HTTP_${response.status}`, payload?.message ?? `上传失败（错误码 ${response.status}）`);
}
