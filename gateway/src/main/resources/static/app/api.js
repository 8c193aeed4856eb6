// Calls to the gateway. The browser holds only the session cookie; writes carry the CSRF token
// from the XSRF-TOKEN cookie. Every failure becomes an ApiError with the server's Vietnamese
// problem (title, detail, per-field errors, request id). A 401 means the session is over: the
// app offers a new sign-in instead of failing silently.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || 'Yêu cầu không thành công.');
    this.status = status;
    this.title = problem.title;
    this.type = problem.type;
    this.requestId = problem.requestId;
    this.errors = problem.errors || [];
  }
}

const listeners = new Set();

/** Called with the error when the session has ended (401). */
export function onSessionEnded(listener) {
  listeners.add(listener);
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  return call(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** POST of one file as the multipart part `file` (the browser sets the boundary). */
export async function upload(path, file) {
  const data = new FormData();
  data.append('file', file, file.name);
  return call(path, {
    method: 'POST', body: data,
    headers: { Accept: 'application/json, application/problem+json', 'X-XSRF-TOKEN': csrfToken() },
  });
}

async function call(path, { method, headers, body }) {
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', redirect: 'manual', body });
  } catch (offline) {
    throw new ApiError(0, { title: 'Mất kết nối', detail: 'Không kết nối được máy chủ; hãy kiểm tra mạng rồi thử lại.' });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (response.ok) return data;
  const problem = data || { title: 'Lỗi ' + response.status, detail: 'Máy chủ trả lời không đúng dạng.' };
  const error = new ApiError(response.status, problem);
  if (response.status === 401 || response.type === 'opaqueredirect') {
    listeners.forEach((listener) => listener(error));
  }
  throw error;
}
