// The one fetch client of the web app. Every failure becomes an ApiError carrying the server's error envelope
// ({code, message, issues}) so pages can show the Chinese message and map issues onto form fields.

export interface ApiIssue {
  /** Dotted field path as the server writes it, e.g. "organisation.creditCode". */
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // The server refuses state-changing requests without this header (CSRF guard for cookie sessions).
  if (method !== 'GET') headers['X-Requested-With'] = 'shifan';
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }

  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  throw errorFromResponse(response.status, payload);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The ApiError of a failed answer; exported for uploads that need XMLHttpRequest's progress events. */
export function errorFromResponse(status: number, payload: unknown): ApiError {
  if (isRecord(payload) && typeof payload.code === 'string' && typeof payload.message === 'string') {
    const issues = Array.isArray(payload.issues) ? payload.issues.filter(isIssue) : [];
    return new ApiError(status, payload.code, payload.message, issues);
  }
  return new ApiError(status, `HTTP_${status}`, fallbackMessage(status));
}

function fallbackMessage(status: number): string {
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '您无权进行此操作';
  if (status === 404) return '请求的内容不存在';
  if (status >= 500) return '服务暂时不可用，请稍后重试';
  return `请求失败（错误码 ${status}），请稍后重试`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isIssue(value: unknown): value is ApiIssue {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'CLIENT_ERROR', '页面出现错误，请刷新后重试');
}

/** multipart/form-data with files (e.g. an objection's attachments); the browser writes the boundary. */
async function postForm<T>(path: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { Accept: 'application/json', 'X-Requested-With': 'shifan' }, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  throw errorFromResponse(response.status, payload);
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
  postForm,
};
