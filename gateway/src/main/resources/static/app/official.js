// A directive drawn in the official layout of a Party document (Hướng dẫn 36-HD/VPTW): party line
// and issuing body, Số/ký hiệu, place and date, type and subject, body, Nơi nhận, signature block.
// Used by the directive view and by the preview while composing.
import { h } from './dom.js';
import { DOC_TYPES, URGENCY, SECRECY, isUrgent } from './text.js';

/**
 * @param d the directive as the API shows it (a preview has no number yet)
 * @param recipients names of the recipient units, in order
 * @param attachments names of attached files, listed under the body (the preview's; the
 *     directive view lists them with download links instead)
 */
export function officialLayout(d, recipients, attachments = []) {
  const typeName = DOC_TYPES[d.docType] || d.docType;
  const isLetter = d.docType === 'CV';
  return h('article', { class: 'official', 'aria-label': 'Văn bản ' + (d.symbol || 'xem trước') },
    h('div', { class: 'head' },
      h('div', {},
        h('div', { class: 'issuer' }, d.issuerUnitName || ''),
        h('div', { class: 'star' }, '*'),
        h('div', { class: 'symbol' }, 'Số ', d.symbol || '…'),
        isLetter ? h('div', { class: 'subject-short' }, d.subject) : null),
      h('div', {},
        h('div', { class: 'party' }, 'ĐẢNG CỘNG SẢN VIỆT NAM'),
        h('div', { class: 'place-date' }, d.placeAndDate || '…, ngày … tháng … năm …'))),
    marks(d),
    isLetter ? null : h('div', { class: 'title' },
      h('div', { class: 'doc-type' }, typeName),
      h('div', { class: 'subject' }, d.subject)),
    h('div', { class: 'body' }, d.body || ''),
    attachments.length ? h('div', { class: 'attached' }, h('span', { class: 'label' }, 'Tệp đính kèm: '), attachments.join('; ')) : null,
    h('div', { class: 'foot' },
      h('div', { class: 'recipients' },
        h('div', { class: 'label' }, 'Nơi nhận:'),
        h('ul', {}, recipients.map((name) => h('li', {}, name + ',')), h('li', {}, 'Lưu Văn phòng.'))),
      h('div', { class: 'signature' },
        h('div', { class: 'authority' }, 'T/M ', d.issuerUnitName || ''),
        h('div', { class: 'signed' }, d.symbol ? '(Đã ban hành trên chidao)' : '(Chữ ký)'),
        h('div', { class: 'signer' }, d.issuedBy || ''))));
}

function marks(d) {
  const items = [];
  if (isUrgent(d.urgency)) items.push(h('span', { class: 'mark urgent' }, URGENCY[d.urgency].toUpperCase()));
  if (d.secrecy && d.secrecy !== 'NONE') items.push(h('span', { class: 'mark secret' }, SECRECY[d.secrecy].toUpperCase()));
  return items.length ? h('div', { class: 'marks chips' }, items) : null;
}
