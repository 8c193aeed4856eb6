// One directive in the official layout. Opening it marks the alert that led here as read; the
// service worker keeps the answer so it stays readable offline.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { officialLayout } from '../official.js';
import { extend } from './directive-more.js';
import { receiptPanel } from '../receipt.js';
import { directiveAttachments } from '../directive-attachments.js';

export const title = 'Văn bản';

export async function render({ id }, { session } = {}) {
  show(h('p', { class: 'muted' }, 'Đang tải văn bản…'));
  let directive;
  try {
    directive = await api('/api/directives/' + encodeURIComponent(id));
  } catch (error) {
    show(h('h1', {}, 'Không mở được văn bản'), problemBox(error), h('p', {}, h('a', { href: '/van-ban-den' }, '← Văn bản đến')));
    return;
  }
  const recipients = await recipientNames(directive.recipientUnitIds || []);
  show(
    h('p', {}, h('a', { href: '/van-ban-den' }, '← Văn bản đến')),
    officialLayout(directive, recipients),
    directiveAttachments(directive, session));
  extend(directive);
  document.getElementById('view').append(...receiptPanel(directive, session).filter(Boolean));
  const alert = new URLSearchParams(location.search).get('tb');
  if (alert) api('/api/notifications/' + encodeURIComponent(alert) + '/read', { method: 'POST' }).catch(() => {});
}

/** Unit names for the "Nơi nhận" list; an id stays when the directory cannot name it. */
export async function recipientNames(ids) {
  return Promise.all(ids.map((unitId) => api('/api/org/units/' + encodeURIComponent(unitId))
    .then((unit) => unit.name, () => unitId)));
}
