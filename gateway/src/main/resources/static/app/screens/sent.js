// Văn bản đi: what my unit issued, newest first, each with its receipt progress as a bar
// (delivered / read / acknowledged, from directive-service's running totals) and a drill-down to
// the units that have not read or not acknowledged it yet (paged, by path), and a bar per unit
// directly below mine for its branch of the audience.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { progressBar } from '../progress.js';
import { unitName } from '../units.js';
import { DOC_TYPES, URGENCY, isUrgent, when } from '../text.js';

export const title = 'Văn bản đi';
const PAGE_SIZE = 10;
const PENDING_SIZE = 20;

export async function render(_params, { session }) {
  const list = h('ul', { class: 'list', id: 'sent-list' });
  const pager = h('div', { class: 'toolbar', id: 'sent-pager' });
  show(h('h1', {}, 'Văn bản đi'),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'secondary', id: 'sent-refresh', onclick: () => load(session, list, pager, 0) }, 'Cập nhật tiến độ')),
    list, pager);
  await load(session, list, pager, 0);
}

async function load(session, list, pager, page) {
  // Busy until every bar is drawn (screen readers, and the browser tests wait on it).
  list.setAttribute('aria-busy', 'true');
  let found;
  try {
    found = await api('/api/directives?issuer=' + encodeURIComponent(session.unitId) + '&page=' + page + '&size=' + PAGE_SIZE);
  } catch (error) {
    list.replaceChildren(problemBox(error));
    list.setAttribute('aria-busy', 'false');
    return;
  }
  const cards = found.items.map(card);
  list.replaceChildren(...(cards.length ? cards.map((c) => c.item)
    : [h('li', { class: 'muted' }, 'Đơn vị chưa ban hành văn bản nào.')]));
  const pages = Math.ceil(found.total / PAGE_SIZE);
  pager.replaceChildren(...[
    page > 0 ? h('button', { type: 'button', class: 'secondary', onclick: () => load(session, list, pager, page - 1) }, '← Mới hơn') : null,
    pages > 1 ? h('span', { class: 'muted' }, 'Trang ' + (page + 1) + '/' + pages) : null,
    page + 1 < pages ? h('button', { type: 'button', class: 'secondary', onclick: () => load(session, list, pager, page + 1) }, 'Cũ hơn →') : null].filter(Boolean));
  await Promise.all(cards.map((c) => c.loaded));
  list.setAttribute('aria-busy', 'false');
}

function card(d) {
  const progress = h('div', { class: 'sent-progress' }, h('p', { class: 'muted' }, 'Đang tải tiến độ…'));
  const pending = h('div', { class: 'pending' });
  const li = h('li', { class: 'item sent-item', 'data-directive': d.id },
    h('a', { class: 'item-title', href: '/van-ban/' + encodeURIComponent(d.id) },
      (d.symbol ? d.symbol + ' — ' : '') + (DOC_TYPES[d.docType] || d.docType) + ' ' + d.subject),
    h('div', { class: 'item-meta' },
      isUrgent(d.urgency) ? h('span', { class: 'mark urgent' }, URGENCY[d.urgency]) : null,
      h('span', {}, when(d.issuedAt))),
    progress, pending);
  return { item: li, loaded: loadProgress(d.id, progress, pending) };
}

async function loadProgress(id, progress, pending) {
  let p;
  try {
    p = await api('/api/directives/' + encodeURIComponent(id) + '/receipts');
  } catch (error) {
    progress.replaceChildren(problemBox(error));
    return;
  }
  const audience = p.total ? p.total.audience : p.delivery.audience;
  const counts = {
    audience,
    delivered: Math.min(audience, p.delivery.unitsDelivered),
    read: p.total ? p.total.read : 0,
    acknowledged: p.total ? p.total.acknowledged : 0,
  };
  progress.replaceChildren(h('div', {}, progressBar(counts),
    p.delivery.state === 'DELIVERING' ? h('p', { class: 'muted' }, 'Đang chuyển tới các đơn vị…') : null,
    h('div', { class: 'toolbar' },
      drill(id, 'READ', 'Chưa đọc', audience - counts.read, pending),
      drill(id, 'ACKNOWLEDGED', 'Chưa xác nhận', audience - counts.acknowledged, pending)),
    await byChild(p.children || [])));
}

/** One bar per unit directly below mine that holds part of the audience (its whole branch). */
async function byChild(children) {
  const reached = children.filter((c) => c.audience > 0);
  if (!reached.length) return null;
  const names = await Promise.all(reached.map((c) => unitName(c.unitId)));
  return h('details', { class: 'by-child' },
    h('summary', {}, 'Theo đơn vị trực thuộc (' + reached.length + ')'),
    h('ul', { class: 'plain' }, reached.map((c, i) => h('li', { 'data-unit': c.unitId },
      h('span', {}, names[i]),
      progressBar({ audience: c.audience, delivered: c.audience, read: c.read, acknowledged: c.acknowledged })))));
}

function drill(id, step, label, count, pending) {
  return h('button', { type: 'button', class: 'secondary small', 'data-step': step, disabled: count <= 0,
    onclick: () => pendingPage(id, step, label, 0, pending) }, label + ' (' + count + ')');
}

async function pendingPage(id, step, label, page, box) {
  box.replaceChildren(h('p', { class: 'muted' }, 'Đang tải…'));
  let found;
  try {
    found = await api('/api/directives/' + encodeURIComponent(id) + '/receipts/pending?step=' + step + '&page=' + page + '&size=' + PENDING_SIZE);
  } catch (error) {
    box.replaceChildren(problemBox(error));
    return;
  }
  const names = await Promise.all(found.items.map((r) => unitName(r.unitId)));
  const pages = Math.ceil(found.total / PENDING_SIZE);
  box.replaceChildren(h('div', {},
    h('h2', {}, 'Đơn vị ' + label.toLowerCase() + ' (' + found.total + ')'),
    h('ul', { class: 'pending-units', 'data-step': step }, found.items.map((r, i) => h('li', { 'data-unit': r.unitId },
      h('span', {}, names[i]), ' ',
      h('span', { class: 'muted' }, r.readAt ? 'đã đọc ' + when(r.readAt) : 'nhận ' + when(r.deliveredAt))))),
    h('div', { class: 'toolbar' },
      page > 0 ? h('button', { type: 'button', class: 'secondary small', onclick: () => pendingPage(id, step, label, page - 1, box) }, '← Trước') : null,
      pages > 1 ? h('span', { class: 'muted' }, 'Trang ' + (page + 1) + '/' + pages) : null,
      page + 1 < pages ? h('button', { type: 'button', class: 'secondary small', onclick: () => pendingPage(id, step, label, page + 1, box) }, 'Sau →') : null,
      h('button', { type: 'button', class: 'link', onclick: () => box.replaceChildren() }, 'Đóng'))));
}
