// Quản trị (province and unit admins): the organisation tree, browsed one level at a time from my
// unit, search by name without diacritics; the unit chosen in the tree can be moved, merged or split and
// its people managed; a province's units are imported from a CSV or JSON file with a progress bar.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { KINDS } from '../units.js';
import { changesPanel } from '../admin/changes.js';
import { peoplePanel } from '../admin/people.js';
import { importPanel } from '../admin/import.js';

export const title = 'Quản trị';

export async function render(_params, { session }) {
  const results = h('ul', { class: 'list', id: 'org-search-results' });
  const query = h('input', { type: 'search', placeholder: 'Tìm đơn vị (có dấu hoặc không dấu)', 'aria-label': 'Tìm đơn vị' });
  const tree = h('ul', { class: 'tree', id: 'org-tree' });
  const selected = h('section', { id: 'unit-panel' });
  const screen = { session, tree, selected, select: null, reload: null };
  screen.select = (unit) => selectUnit(screen, unit);
  screen.reload = () => drawRoot(screen);
  show(h('h1', {}, 'Quản trị'),
    h('section', { class: 'card' }, h('h2', {}, 'Cây tổ chức'),
      h('form', { class: 'toolbar', role: 'search', onsubmit: async (event) => {
        event.preventDefault();
        try {
          const units = await api('/api/org/search?q=' + encodeURIComponent(query.value) + '&limit=20');
          results.replaceChildren(...(units.length ? units.map((u) => h('li', { class: 'item' },
            h('button', { type: 'button', class: 'link', onclick: () => screen.select(u) }, u.name),
            h('div', { class: 'item-meta' }, u.path))) : [h('li', { class: 'muted' }, 'Không tìm thấy đơn vị nào.')]));
        } catch (error) {
          results.replaceChildren(problemBox(error));
        }
      } }, query, h('button', { type: 'submit' }, 'Tìm')),
      results, tree),
    selected,
    // Only the centre and province admins import (identity refuses anyone else).
    ['central-admin', 'province-admin'].some((role) => session.roles.includes(role))
      ? importPanel(session, () => screen.reload()) : []);
  await drawRoot(screen);
}

async function drawRoot(screen) {
  try {
    const unit = await api('/api/org/units/' + encodeURIComponent(screen.session.unitId));
    screen.tree.replaceChildren(node(unit, screen));
  } catch (error) {
    screen.tree.replaceChildren(problemBox(error));
  }
}

function node(unit, screen) {
  const children = h('ul', { class: 'tree' });
  const toggle = h('button', { type: 'button', class: 'link toggle', 'aria-expanded': 'false', onclick: async () => {
    if (toggle.getAttribute('aria-expanded') === 'true') {
      children.replaceChildren();
      toggle.setAttribute('aria-expanded', 'false');
      return;
    }
    toggle.setAttribute('aria-expanded', 'true');
    try {
      const units = await api('/api/org/units/' + encodeURIComponent(unit.id) + '/children');
      children.replaceChildren(...(units.length ? units.map((u) => node(u, screen)) : [h('li', { class: 'muted' }, 'Không có đơn vị trực thuộc.')]));
    } catch (error) {
      children.replaceChildren(problemBox(error));
    }
  } }, unit.name);
  return h('li', { 'data-unit': unit.id }, toggle, ' ',
    h('button', { type: 'button', class: 'chip small choose', 'aria-label': 'Chọn ' + unit.name, onclick: () => screen.select(unit) }, 'Chọn'),
    children);
}

function selectUnit(screen, unit) {
  screen.selected.replaceChildren(h('div', { class: 'card', 'data-unit': unit.id },
    h('h2', {}, unit.name),
    h('div', { class: 'item-meta' }, h('span', {}, 'Mã: ', h('code', {}, unit.id)), h('span', {}, KINDS[unit.kind] || unit.kind),
      unit.issuerAbbr ? h('span', {}, 'Ký hiệu: ' + unit.issuerAbbr) : null),
    changesPanel(unit, () => screen.reload()),
    peoplePanel(unit)));
  screen.selected.scrollIntoView({ block: 'start' });
}
