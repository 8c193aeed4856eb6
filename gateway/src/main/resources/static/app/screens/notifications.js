// Thông báo: every alert of mine, unread first; mark all read; a link to the settings.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { URGENCY, isUrgent, when } from '../text.js';

export const title = 'Thông báo';

export async function render() {
  const list = h('ul', { class: 'list' });
  show(h('h1', {}, 'Thông báo'),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'secondary', onclick: () => api('/api/notifications/read-all', { method: 'POST' }).then(render) }, 'Đánh dấu đã đọc tất cả'),
      h('a', { href: '/cai-dat/thong-bao' }, 'Cài đặt thông báo')),
    list);
  try {
    const page = await api('/api/notifications?page=0&size=100');
    list.replaceChildren(...(page.items.length ? page.items.map((item) => h('li', {},
      h('a', { class: 'item' + (item.read ? '' : ' unread'), href: item.directiveId ? '/van-ban/' + encodeURIComponent(item.directiveId) + '?tb=' + encodeURIComponent(item.id) : '/thong-bao' },
        h('div', { class: 'item-title' }, item.title),
        h('div', { class: 'item-meta' },
          isUrgent(item.urgency) ? h('span', { class: 'mark urgent' }, URGENCY[item.urgency]) : null,
          h('span', {}, when(item.createdAt))))))
      : [h('li', { class: 'muted' }, 'Chưa có thông báo.')]));
  } catch (error) {
    list.replaceWith(problemBox(error));
  }
}
