// The "Tệp đính kèm" field of the compose form. Files are only held in the page until the
// directive is issued (drafts, on the server and on this device, take no files); then each is
// uploaded to the new directive. A file the server refuses leaves the directive issued: the
// message says so and points to the directive's view, where the issuer can attach it again.
import { h } from './dom.js';
import { ACCEPT, HINT, refusal, refusalOf, attach, attachmentItem } from './directive-attachments.js';

export function composeAttachments() {
  let files = [];
  const picker = h('input', { type: 'file', id: 'f-attachments', accept: ACCEPT, multiple: true });
  const list = h('ul', { class: 'plain attachments', id: 'compose-attachments' });
  const error = h('div', { class: 'field-error', id: 'err-attachments', 'aria-live': 'polite' });
  const status = h('span', { class: 'muted', role: 'status' });

  const draw = () => list.replaceChildren(...files.map((file) =>
    attachmentItem(file.name, file.size, null, () => { files = files.filter((f) => f !== file); draw(); })));
  const clear = () => { error.replaceChildren(); picker.removeAttribute('aria-invalid'); };
  const refuse = (...message) => {
    if (error.childNodes.length) error.append(' ');
    error.append(...message);
    picker.setAttribute('aria-invalid', 'true');
  };
  picker.addEventListener('change', () => {
    clear();
    for (const file of picker.files) {
      const why = refusal(file);
      if (why) refuse(why);
      else if (!files.some((f) => f.name === file.name && f.size === file.size)) files.push(file);
    }
    picker.value = ''; // choosing the same file again, fixed, is a new choice
    draw();
  });

  return {
    element: h('div', { class: 'field', 'data-field': 'attachments' },
      h('label', { for: picker.id }, 'Tệp đính kèm (' + HINT + ')'), picker, list, status, error),
    /** Names of the chosen files, for the preview. */
    names: () => files.map((f) => f.name),
    /**
     * Uploads every chosen file to the issued directive, one after another; true when all went.
     * Otherwise the refusals are shown next to the field with a link to the directive.
     */
    async uploadTo(directive) {
      clear();
      const failed = [];
      for (const [index, file] of files.entries()) {
        status.textContent = 'Đang tải lên tệp ' + (index + 1) + '/' + files.length + '…';
        try {
          await attach(directive.id, file);
        } catch (e) {
          failed.push('tệp “' + file.name + '” chưa được đính kèm: ' + refusalOf(e));
        }
      }
      status.textContent = '';
      if (failed.length === 0) return true;
      refuse('Văn bản đã ban hành (' + (directive.symbol || 'số …') + '); ' + failed.join('; ') + ' ',
        h('a', { href: '/van-ban/' + encodeURIComponent(directive.id), id: 'issued-link' }, 'Mở văn bản để đính kèm lại'), '.');
      picker.disabled = true; // the directive exists: the files go on its view now
      list.querySelectorAll('button').forEach((button) => { button.disabled = true; });
      return false;
    },
  };
}
