// Splitting a unit into new units (chia tách): the parts are founded beside it, each of its
// subordinates goes to the part chosen for it, and the unit closes with links to every part.
// identity's POST /api/org/units/{id}/split checks who may do it and that every subordinate has a
// part; its field messages (parts[0].name ...) appear next to the fields of that part.
import { api } from '../api.js';
import { h } from '../dom.js';
import { field, clearErrors, showErrors } from '../forms.js';
import { KINDS } from '../units.js';

export function splitForm(unit, changed) {
  const parts = h('div', { class: 'split-parts' });
  const assignment = h('div', { class: 'split-assignment' });
  const effective = h('input', { type: 'date', name: 'effective' });
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  let subordinates = null;

  const refreshChoices = () => {
    const ids = [...parts.querySelectorAll('input[name="id"]')].map((input) => input.value.trim()).filter(Boolean);
    assignment.querySelectorAll('select').forEach((select) => {
      const chosen = select.value;
      select.replaceChildren(h('option', { value: '' }, '— chọn đơn vị mới —'),
        ...ids.map((id) => h('option', { value: id, selected: id === chosen }, id)));
    });
  };
  const addPart = () => {
    parts.append(partRow(unit, parts.children.length, refreshChoices));
    refreshChoices();
  };
  addPart();
  addPart();

  const form = h('form', { class: 'change-form', 'data-change': 'split', novalidate: true },
    h('p', { class: 'muted' }, 'Mỗi đơn vị mới được thành lập cùng cấp với đơn vị này; đơn vị này đóng lại và ghi rõ đã chia thành các đơn vị nào.'),
    parts,
    h('button', { type: 'button', class: 'link add-part', onclick: addPart }, '+ Thêm đơn vị mới'),
    h('h4', {}, 'Đơn vị trực thuộc chuyển về'),
    assignment,
    field('effective', 'Ngày có hiệu lực (để trống: hôm nay)', effective),
    h('div', { class: 'form-problem' }), outcome,
    h('button', { type: 'submit', class: 'secondary' }, 'Chia tách'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    outcome.replaceChildren();
    const body = {
      parts: [...parts.children].map((row) => ({
        id: value(row, 'id'), name: value(row, 'name'), kind: value(row, 'kind'), issuerAbbr: value(row, 'issuerAbbr') || null,
      })),
      assignment: Object.fromEntries([...assignment.querySelectorAll('select')].map((s) => [s.dataset.subordinate, s.value]).filter(([, part]) => part)),
      effective: effective.value || null,
    };
    try {
      const set = await api('/api/org/units/' + encodeURIComponent(unit.id) + '/split', { method: 'POST', body });
      outcome.replaceChildren(h('p', { class: 'ok' }, 'Đã chia tách thành ' + body.parts.length + ' đơn vị (' + set.affectedUnits + ' đơn vị thay đổi).'));
      changed();
    } catch (error) {
      showErrors(form, error);
    }
  });

  const details = h('details', {}, h('summary', {}, 'Chia tách thành các đơn vị mới'), form);
  // The subordinates are asked for only when the form is opened.
  details.addEventListener('toggle', async () => {
    if (!details.open || subordinates) return;
    subordinates = await api('/api/org/units/' + encodeURIComponent(unit.id) + '/children').catch(() => []);
    assignment.replaceChildren(...(subordinates.length
      ? subordinates.map((child) => {
        const select = h('select', { 'data-subordinate': child.id, 'aria-label': 'Đơn vị mới của ' + child.name });
        return h('div', { class: 'field' }, h('label', {}, child.name), select);
      })
      : [h('p', { class: 'muted' }, 'Không có đơn vị trực thuộc.')]));
    refreshChoices();
  });
  return details;
}

function partRow(unit, index, changed) {
  const prefix = 'parts[' + index + '].';
  const id = h('input', { name: 'id', autocomplete: 'off', placeholder: 'vd. ' + unit.id + '-' + (index + 1) });
  id.addEventListener('change', changed);
  const kind = h('select', { name: 'kind' },
    Object.entries(KINDS).map(([code, label]) => h('option', { value: code, selected: code === unit.kind }, label)));
  const abbr = h('input', { name: 'issuerAbbr', value: unit.issuerAbbr || '', maxlength: 20 });
  return h('fieldset', { class: 'split-part', 'data-part': index },
    h('legend', {}, 'Đơn vị mới ' + (index + 1)),
    h('div', { class: 'row' },
      field(prefix + 'id', 'Mã đơn vị', id),
      field(prefix + 'name', 'Tên đơn vị', h('input', { name: 'name' })),
      field(prefix + 'kind', 'Loại', kind),
      field(prefix + 'issuerAbbr', 'Ký hiệu', abbr)));
}

function value(row, name) {
  return row.querySelector('[name="' + name + '"]').value.trim();
}
