// Files attached to a directive (PDF, DOCX, PNG, JPEG; at most 20 MB). directive-service reads
// the type from the bytes and has the last word; the browser checks the extension and size first
// only to answer at once. Compose collects files before issuing and uploads them once the
// directive exists (drafts take none); the directive view lists them with download links and lets
// the issuer of the issuing unit add and remove them while the directive is in force.
import { api, upload } from './api.js';
import { h, problemBox } from './dom.js';
import { fileSize } from './report-attachments.js';

const MAX_SIZE = 20 * 1024 * 1024;
const EXTENSIONS = ['pdf', 'docx', 'png', 'jpg', 'jpeg'];
export const ACCEPT = EXTENSIONS.map((e) => '.' + e).join(',');
export const HINT = 'PDF, DOCX, PNG, JPEG; tối đa 20 MB mỗi tệp';

/** What the person should know when the server refused without a readable problem. */
const REFUSALS = {
  413: 'Tệp quá lớn (tối đa 20 MB).',
  415: 'Chỉ nhận tệp PDF, DOCX, PNG hoặc JPEG (kiểu tệp được đọc từ nội dung).',
  409: 'Không đính kèm được: văn bản đã bị thu hồi, thay thế hoặc đã đủ số tệp cho phép.',
};

/** Why the browser will not send this file, or null when it may go to the server. */
export function refusal(file) {
  const extension = (/\.([^.]+)$/.exec(file.name) || [])[1];
  if (!extension || !EXTENSIONS.includes(extension.toLowerCase())) {
    return 'Tệp “' + file.name + '” không phải loại được phép đính kèm (chỉ nhận PDF, DOCX, PNG, JPEG).';
  }
  if (file.size === 0) return 'Tệp “' + file.name + '” rỗng.';
  if (file.size > MAX_SIZE) return 'Tệp “' + file.name + '” quá lớn (' + fileSize(file.size) + '; tối đa 20 MB).';
  return null;
}

/** The server's Vietnamese message, or ours when it answered without one. */
export function refusalOf(error) {
  return !error.type && REFUSALS[error.status] ? REFUSALS[error.status] : error.message;
}

export function attachmentsPath(directiveId) {
  return '/api/directives/' + encodeURIComponent(directiveId) + '/attachments';
}

/** Uploads one file to an issued directive; resolves to the stored attachment. */
export function attach(directiveId, file) {
  return upload(attachmentsPath(directiveId), file);
}

/** A list item: the name as a download link (or plain text before upload) and the size. */
export function attachmentItem(name, size, href, onRemove) {
  return h('li', {},
    href ? h('a', { href, download: name }, name) : h('span', {}, name),
    h('span', { class: 'muted' }, ' (' + fileSize(size) + ')'),
    onRemove ? h('button', { type: 'button', class: 'link remove-attachment', 'aria-label': 'Bỏ tệp ' + name, onclick: onRemove }, ' Bỏ') : null);
}

/** The "Tệp đính kèm" card under a directive; add and remove for the issuer of its unit. */
export function directiveAttachments(directive, session) {
  const editable = Boolean(session && (session.roles || []).includes('issuer')
    && directive.issuerUnitId === session.unitId && directive.status === 'ISSUED');
  const list = h('ul', { class: 'plain attachments', id: 'directive-attachments' }, h('li', { class: 'muted' }, 'Đang tải…'));
  const error = h('div', { class: 'field-error', id: 'err-directive-attachment', 'aria-live': 'polite' });
  const picker = h('input', { type: 'file', id: 'f-directive-attachment', accept: ACCEPT, multiple: true });
  const status = h('span', { class: 'muted', role: 'status' });
  let files = [];

  const draw = () => list.replaceChildren(...(files.length
    ? files.map((a) => attachmentItem(a.name, a.size, a.href, editable ? () => remove(a) : null))
    : [h('li', { class: 'muted' }, 'Không có tệp đính kèm.')]));
  const clear = () => { error.textContent = ''; picker.removeAttribute('aria-invalid'); };
  const refuse = (message) => {
    error.textContent = error.textContent ? error.textContent + ' ' + message : message;
    picker.setAttribute('aria-invalid', 'true');
  };
  async function remove(a) {
    clear();
    try {
      await api(attachmentsPath(directive.id) + '/' + encodeURIComponent(a.id), { method: 'DELETE' });
      files = files.filter((f) => f !== a);
      draw();
    } catch (e) {
      refuse(refusalOf(e));
    }
  }
  picker.addEventListener('change', async () => {
    clear();
    const chosen = [...picker.files];
    picker.value = ''; // choosing the same file again, fixed, is a new choice
    status.textContent = 'Đang tải lên…';
    for (const file of chosen) {
      const early = refusal(file);
      if (early) { refuse(early); continue; }
      try {
        files.push(await attach(directive.id, file));
        draw();
      } catch (e) {
        refuse('Tệp “' + file.name + '”: ' + refusalOf(e));
      }
    }
    status.textContent = '';
  });
  api(attachmentsPath(directive.id)).then((found) => {
    files = Array.isArray(found) ? found : (found && found.items) || [];
    draw();
  }, (e) => list.replaceChildren(h('li', {}, problemBox(e))));
  return h('section', { class: 'card', id: 'directive-attachments-box' },
    h('h2', {}, 'Tệp đính kèm'), list,
    editable ? h('div', { class: 'field' },
      h('label', { for: picker.id }, 'Đính kèm thêm tệp (' + HINT + ')'), picker, status, error) : null);
}
