// Moving a unit (with its whole subtree) under another parent, merging it into a successor and
// splitting it (split.js), through identity's /api/org API; the server checks who may do it and
// dates the change.
import { api } from '../api.js';
import { h } from '../dom.js';
import { field, clearErrors, showErrors } from '../forms.js';
import { splitForm } from './split.js';

let lists = 0;

export function changesPanel(unit, changed) {
  return h('div', { class: 'admin-changes' },
    changeForm('move', 'Chuyển đơn vị sang đơn vị cấp trên khác', 'parentId', 'Đơn vị cấp trên mới', 'Chuyển',
      (target, effective) => api('/api/org/units/' + encodeURIComponent(unit.id) + '/move', { method: 'POST', body: { parentId: target, effective } }),
      changed),
    changeForm('merge', 'Sáp nhập vào đơn vị khác (các đơn vị trực thuộc chuyển theo)', 'successorId', 'Đơn vị tiếp nhận', 'Sáp nhập',
      (target, effective) => api('/api/org/merges', { method: 'POST', body: { sourceIds: [unit.id], successorId: target, effective } }),
      changed),
    splitForm(unit, changed));
}

function changeForm(kind, heading, name, label, action, send, changed) {
  const listId = 'units-' + kind + '-' + (++lists);
  const suggestions = h('datalist', { id: listId });
  const target = h('input', { name, list: listId, autocomplete: 'off', placeholder: 'Gõ tên hoặc mã đơn vị' });
  target.addEventListener('input', () => suggest(target.value, suggestions));
  const effective = h('input', { type: 'date', name: 'effective' });
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const form = h('form', { class: 'change-form', 'data-change': kind, novalidate: true },
    h('div', { class: 'row' }, field(name, label, target), field('effective', 'Ngày có hiệu lực (để trống: hôm nay)', effective)),
    h('div', { class: 'form-problem' }), outcome,
    h('button', { type: 'submit', class: 'secondary' }, action));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    outcome.replaceChildren();
    try {
      const set = await send(target.value.trim(), effective.value || null);
      outcome.replaceChildren(h('p', { class: 'ok' }, 'Đã ghi thay đổi, hiệu lực từ ngày ' + day(set.effective) + ' (' + set.affectedUnits + ' đơn vị).'));
      changed();
    } catch (error) {
      showErrors(form, error);
    }
  });
  return h('details', {}, h('summary', {}, heading), form);
}

let timer;
function suggest(text, list) {
  clearTimeout(timer);
  if (text.trim().length < 2) return;
  timer = setTimeout(async () => {
    const units = await api('/api/org/search?q=' + encodeURIComponent(text) + '&limit=10').catch(() => []);
    list.replaceChildren(...units.map((u) => h('option', { value: u.id }, u.name)));
  }, 250);
}

/** "2026-11-26" → "26/11/2026". */
function day(iso) {
  const [y, m, d] = String(iso).split('-');
  return d ? d + '/' + m + '/' + y : String(iso);
}
