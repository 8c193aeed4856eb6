// Files attached to a report (the obligation's `attachments`): download links for every reader,
// and while the report can be edited, attach (PDF, DOCX, XLSX, PNG, JPEG; reporting-service reads
// the type from the bytes) and remove. A refusal is shown under the file picker in Vietnamese.
import { api, upload } from './api.js';
import { h } from './dom.js';
import { number } from './reporting-text.js';

/** What the person should know when the server refused without a readable problem. */
const REFUSALS = {
  413: 'Tệp quá lớn (tối đa 20 MB).',
  415: 'Chỉ nhận tệp PDF, DOCX, XLSX, PNG hoặc JPEG (kiểu tệp được đọc từ nội dung).',
  409: 'Không đính kèm được: báo cáo đã gửi hoặc đã đủ số tệp cho phép.',
};

export function attachmentsBox(o, editable) {
  const files = [...(o.attachments || [])];
  if (!editable && files.length === 0) return null;
  const list = h('ul', { class: 'plain attachments', id: 'attachments' });
  const error = h('div', { class: 'field-error', id: 'err-attachment', 'aria-live': 'polite' });
  const picker = h('input', { type: 'file', id: 'f-attachment', accept: '.pdf,.docx,.xlsx,.png,.jpg,.jpeg' });
  const status = h('span', { class: 'muted', role: 'status' });
  const base = '/api/reports/obligations/' + encodeURIComponent(o.id) + '/attachments';

  const refused = (e) => {
    error.textContent = !e.type && REFUSALS[e.status] ? REFUSALS[e.status] : e.message;
    picker.setAttribute('aria-invalid', 'true');
  };
  const draw = () => list.replaceChildren(...(files.length ? files.map((a) => h('li', { 'data-id': a.id },
    h('a', { href: a.href, download: a.name }, a.name), h('span', { class: 'muted' }, ' (' + fileSize(a.size) + ')'),
    editable ? h('button', { type: 'button', class: 'link remove-attachment', 'aria-label': 'Bỏ tệp ' + a.name, onclick: () => remove(a) }, ' Bỏ') : null))
    : [h('li', { class: 'muted' }, 'Chưa có tệp đính kèm.')]));
  const clear = () => { error.textContent = ''; picker.removeAttribute('aria-invalid'); };
  async function remove(a) {
    clear();
    try {
      await api(base + '/' + encodeURIComponent(a.id), { method: 'DELETE' });
      files.splice(files.indexOf(a), 1);
      draw();
    } catch (e) {
      refused(e);
    }
  }
  picker.addEventListener('change', async () => {
    clear();
    const file = picker.files[0];
    if (!file) return;
    status.textContent = 'Đang tải lên…';
    try {
      files.push(await upload(base, file));
      draw();
      picker.value = '';
    } catch (e) {
      refused(e);
      picker.value = ''; // so choosing the same file again, renamed or fixed, is a new choice
    } finally {
      status.textContent = '';
    }
  });
  draw();
  return h('div', { class: 'field', id: 'attachments-box' },
    h('h2', {}, 'Tệp đính kèm'), list,
    editable ? [h('label', { for: picker.id }, 'Đính kèm tệp (PDF, DOCX, XLSX, PNG, JPEG; tối đa 20 MB)'), picker, status, error] : null);
}

export function fileSize(bytes) {
  if (bytes >= 1024 * 1024) return number(bytes / (1024 * 1024)) + ' MB';
  if (bytes >= 1024) return number(bytes / 1024) + ' KB';
  return bytes + ' byte';
}
