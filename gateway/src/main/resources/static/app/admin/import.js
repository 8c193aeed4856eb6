// Importing a province's units from a CSV or JSON file (identity's bulk import). The whole file is
// checked first: a refused file lists every bad line with its Vietnamese reason and nothing is
// applied; an accepted one becomes a job whose progress is polled into a bar until it is done.
import { ApiError, csrfToken, api } from '../api.js';
import { h, problemBox } from '../dom.js';
import { jobBar } from '../progress.js';

const POLL_MS = 700;

export function importPanel(session, imported) {
  const file = h('input', { type: 'file', id: 'import-file', name: 'file', accept: '.csv,.json,text/csv,application/json' });
  const central = session.roles.includes('central-admin');
  const province = h('input', { name: 'province', id: 'import-province', placeholder: 'ví dụ: dong-nai' });
  const effective = h('input', { type: 'date', name: 'effective', id: 'import-effective' });
  const status = h('div', { id: 'import-status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', id: 'import-submit' }, 'Tải lên và nhập');
  const form = h('form', { id: 'import-form', novalidate: true },
    h('label', { for: 'import-file' }, 'Tệp danh sách đơn vị (CSV hoặc JSON, mã UTF-8)'), file,
    h('p', { class: 'muted hint' }, 'Cột CSV: code, parent, kind, name, issuer_abbr. Cả tệp được kiểm tra trước; có một dòng sai thì không dòng nào được nhập.'),
    central ? [h('label', { for: 'import-province' }, 'Tỉnh (mã Tỉnh ủy; để trống: toàn quốc)'), province] : null,
    h('label', { for: 'import-effective' }, 'Ngày có hiệu lực (để trống: hôm nay)'), effective,
    h('div', { class: 'toolbar' }, button), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) {
      status.replaceChildren(h('p', { class: 'field-error' }, 'Hãy chọn tệp cần nhập.'));
      return;
    }
    button.disabled = true;
    try {
      const params = new URLSearchParams();
      if (central && province.value.trim()) params.set('province', province.value.trim());
      if (effective.value) params.set('effective', effective.value);
      const job = await upload(file.files[0], params);
      await follow(job, status);
      // The tree is redrawn before "done" shows, so what the admin opens next has the new units.
      if (job.state === 'DONE') await imported();
      draw(job, status);
    } catch (error) {
      status.replaceChildren(refusal(error));
    } finally {
      button.disabled = false;
    }
  });
  return h('section', { class: 'card', id: 'org-import' }, h('h2', {}, 'Nhập danh sách đơn vị'), form);
}

async function upload(file, params) {
  const type = /\.json$/i.test(file.name) || file.type === 'application/json' ? 'application/json' : 'text/csv';
  let response;
  try {
    response = await fetch('/api/org/imports' + (params.toString() ? '?' + params : ''), {
      method: 'POST', credentials: 'same-origin', redirect: 'manual', body: file,
      headers: { 'Content-Type': type, Accept: 'application/json, application/problem+json', 'X-XSRF-TOKEN': csrfToken() },
    });
  } catch (offline) {
    throw new ApiError(0, { title: 'Mất kết nối', detail: 'Không kết nối được máy chủ; hãy kiểm tra mạng rồi thử lại.' });
  }
  const data = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : null;
  if (response.ok) return data;
  const error = new ApiError(response.status, data || { title: 'Lỗi ' + response.status, detail: 'Máy chủ trả lời không đúng dạng.' });
  error.errorCount = data && data.errorCount;
  throw error;
}

/** Polls the running job into the bar until it ends; the job object is updated in place. */
async function follow(job, status) {
  while (job.state === 'RUNNING') {
    draw(job, status);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    Object.assign(job, await api('/api/org/imports/' + encodeURIComponent(job.id)));
  }
}

function draw(job, status) {
  const text = {
    RUNNING: 'Đang nhập: ' + job.processed + '/' + job.total,
    DONE: 'Hoàn tất: tạo mới ' + job.created + ', thay đổi ' + job.changed + ', không đổi ' + job.unchanged + ' đơn vị.',
    FAILED: 'Không nhập được: ' + (job.detail || '') + ' Không có thay đổi nào được áp dụng.',
  }[job.state] || job.state;
  status.replaceChildren(h('div', { class: 'import-job', 'data-state': job.state },
    jobBar(job.state === 'DONE' ? job.total : job.processed, job.total),
    h('p', { class: job.state === 'FAILED' ? 'field-error' : '' }, text)));
}

/** A refused file: every bad line with its reason, as the server listed them. */
function refusal(error) {
  const lines = (error.errors || []).filter((e) => e.line !== undefined);
  if (!lines.length) return problemBox(error);
  const count = error.errorCount || lines.length;
  return h('div', { class: 'error-box', role: 'alert', id: 'import-errors' },
    h('strong', {}, 'Tệp không được nhập: ' + count + ' dòng có lỗi. '), error.message,
    h('table', { class: 'row-errors' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Dòng'), h('th', {}, 'Lỗi'))),
      h('tbody', {}, lines.map((e) => h('tr', { 'data-line': e.line }, h('td', {}, String(e.line)), h('td', {}, e.message))))),
    count > lines.length ? h('p', { class: 'muted' }, 'Chỉ hiện ' + lines.length + ' lỗi đầu tiên.') : null,
    error.requestId ? h('div', { class: 'muted' }, 'Mã yêu cầu: ', h('code', {}, error.requestId)) : null);
}
