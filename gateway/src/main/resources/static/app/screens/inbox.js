// Văn bản đến: what reached my unit, unread first, urgent ones marked; search without diacritics
// over every directive I may read; new arrivals appear live.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { onNotification } from '../bell.js';
import { URGENCY, isUrgent, when, fold } from '../text.js';

export const title = 'Văn bản đến';
let unsubscribe;
let items = [];
let filter = 'all';

const FILTERS = [['all', 'Tất cả'], ['unread', 'Chưa đọc'], ['urgent', 'Khẩn']];

export async function render() {
  const list = h('ul', { class: 'list', id: 'inbox-list', 'aria-live': 'polite' });
  const results = h('section', { id: 'search-results' });
  const chips = h('div', { class: 'chips', role: 'group', 'aria-label': 'Lọc' },
    FILTERS.map(([key, label]) => h('button', {
      type: 'button', class: 'chip', 'data-filter': key, 'aria-pressed': String(filter === key),
      onclick: (event) => {
        filter = key;
        chips.querySelectorAll('.chip').forEach((c) => c.setAttribute('aria-pressed', String(c === event.currentTarget)));
        draw(list);
      },
    }, label)));
  const query = h('input', { type: 'search', name: 'q', placeholder: 'Tìm văn bản (gõ có dấu hoặc không dấu)', 'aria-label': 'Tìm văn bản' });
  const form = h('form', { class: 'toolbar', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    search(query.value, results);
  } }, query, h('button', { type: 'submit' }, 'Tìm'));
  show(h('h1', {}, 'Văn bản đến'), form, results, chips, list);
  unsubscribe = onNotification((item) => {
    items = [item, ...items.filter((old) => old.id !== item.id)];
    draw(list);
  });
  try {
    const page = await api('/api/notifications?page=0&size=50');
    items = page.items;
    draw(list);
    // "Usable": the list is on screen. The browser tests read this mark on a throttled link.
    performance.mark('chidao-inbox-ready');
  } catch (error) {
    list.replaceWith(problemBox(error));
  }
}

export function leave() {
  if (unsubscribe) unsubscribe();
}

function draw(list) {
  const shown = items.filter((item) => filter === 'all'
    || (filter === 'unread' && !item.read) || (filter === 'urgent' && isUrgent(item.urgency)));
  // Unread first, then newest, as the server orders them; live arrivals keep that order.
  shown.sort((a, b) => (a.read - b.read) || (b.createdAt || '').localeCompare(a.createdAt || ''));
  list.replaceChildren(...(shown.length ? shown.map(row)
    : [h('li', { class: 'muted' }, filter === 'all' ? 'Chưa có văn bản đến.' : 'Không có văn bản nào khớp bộ lọc.')]));
}

function row(item) {
  const href = item.directiveId ? '/van-ban/' + encodeURIComponent(item.directiveId) + '?tb=' + encodeURIComponent(item.id) : '/thong-bao';
  return h('li', {},
    h('a', { class: 'item' + (item.read ? '' : ' unread'), href, 'data-directive': item.directiveId || '' },
      h('div', { class: 'item-title' }, item.title),
      item.body ? h('div', {}, item.body) : null,
      h('div', { class: 'item-meta' },
        item.read ? null : h('span', { class: 'mark new' }, 'Mới'),
        isUrgent(item.urgency) ? h('span', { class: 'mark urgent' }, URGENCY[item.urgency]) : null,
        h('span', {}, when(item.createdAt)))));
}

async function search(text, results) {
  if (!fold(text)) {
    results.replaceChildren();
    return;
  }
  results.replaceChildren(h('p', { class: 'muted' }, 'Đang tìm…'));
  try {
    const page = await api('/api/directives?q=' + encodeURIComponent(text) + '&size=20');
    results.replaceChildren(h('h2', {}, 'Kết quả tìm kiếm (' + page.total + ')'),
      h('ul', { class: 'list' }, page.items.map((d) => h('li', {},
        h('a', { class: 'item', href: '/van-ban/' + encodeURIComponent(d.id) },
          h('div', { class: 'item-title' }, (d.symbol ? d.symbol + ' — ' : '') + d.subject),
          h('div', { class: 'item-meta' },
            isUrgent(d.urgency) ? h('span', { class: 'mark urgent' }, URGENCY[d.urgency]) : null,
            h('span', {}, d.issuerUnitName), h('span', {}, when(d.issuedAt))))))));
  } catch (error) {
    results.replaceChildren(problemBox(error));
  }
}
