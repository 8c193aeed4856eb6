// Quản trị: the organisation tree, browsed one level at a time from my unit, and search by name
// without diacritics. Moving, merging, import and people join here as their screens are built.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';

export const title = 'Quản trị';

export async function render(_params, { session }) {
  const results = h('ul', { class: 'list' });
  const query = h('input', { type: 'search', placeholder: 'Tìm đơn vị (có dấu hoặc không dấu)', 'aria-label': 'Tìm đơn vị' });
  const tree = h('ul', { class: 'tree', id: 'org-tree' });
  show(h('h1', {}, 'Quản trị'), h('h2', {}, 'Cây tổ chức'),
    h('form', { class: 'toolbar', role: 'search', onsubmit: async (event) => {
      event.preventDefault();
      try {
        const units = await api('/api/org/search?q=' + encodeURIComponent(query.value) + '&limit=20');
        results.replaceChildren(...units.map((u) => h('li', { class: 'item' }, u.name, h('div', { class: 'item-meta' }, u.path))));
      } catch (error) {
        results.replaceChildren(problemBox(error));
      }
    } }, query, h('button', { type: 'submit' }, 'Tìm')),
    results, tree);
  try {
    const unit = await api('/api/org/units/' + encodeURIComponent(session.unitId));
    tree.replaceChildren(node(unit));
  } catch (error) {
    tree.replaceWith(problemBox(error));
  }
}

function node(unit) {
  const children = h('ul', { class: 'tree' });
  const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', onclick: async () => {
    if (toggle.getAttribute('aria-expanded') === 'true') {
      children.replaceChildren();
      toggle.setAttribute('aria-expanded', 'false');
      return;
    }
    toggle.setAttribute('aria-expanded', 'true');
    try {
      const units = await api('/api/org/units/' + encodeURIComponent(unit.id) + '/children');
      children.replaceChildren(...(units.length ? units.map(node) : [h('li', { class: 'muted' }, 'Không có đơn vị trực thuộc.')]));
    } catch (error) {
      children.replaceChildren(problemBox(error));
    }
  } }, unit.name);
  return h('li', {}, toggle, children);
}
