// Paths of the Art. 14 records (src/contracts/obligations.ts).
export const obligationsPath = (objectId: string) => `/api/creation-objects/${objectId}/obligations`;
export const obligationPath = (objectId: string, recordId: string) => `${obligationsPath(objectId)}/${recordId}`;
export const obligationEvidenceHref = (objectId: string, recordId: string, fileId: string) => `${obligationPath(objectId, recordId)}/evidence/${fileId}`;

export const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
