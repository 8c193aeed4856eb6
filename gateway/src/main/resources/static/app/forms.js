// Forms whose server-side validation messages (problem `errors[]`, Vietnamese) appear next to the
// field they concern. Slots are found by data attributes inside the form, so several forms can
// share a screen without id clashes.
import { h, problemBox } from './dom.js';

/** A labelled control with its error slot; `name` is the request field it sends. */
export function field(name, label, control, hint) {
  control.dataset.field = name;
  if (!control.id) control.id = 'f-' + Math.random().toString(36).slice(2, 9);
  return h('div', { class: 'field', 'data-field-box': name },
    h('label', { for: control.id }, label), control,
    hint ? h('div', { class: 'muted hint' }, hint) : null,
    h('div', { class: 'field-error', 'data-error-for': name, 'aria-live': 'polite' }));
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((el) => { el.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  const general = form.querySelector('.form-problem');
  if (general) general.replaceChildren();
}

/**
 * Each field error next to its field: "recipientUnitIds[0]" belongs to "recipientUnitIds",
 * "channels.OVERDUE.email" to the longest slot that is a prefix of it. A slot named with indexes
 * ("reporting[0].indicators[1].name", rows of a list) is preferred to one without. Errors with no slot, and
 * problems without field errors, go to the form's `.form-problem` box.
 * @param aliases request rules that belong to a field ({addressed: 'recipientUnitIds'})
 */
export function showErrors(form, error, aliases = {}) {
  const slots = [...form.querySelectorAll('[data-error-for]')];
  let unplaced = false;
  for (const { field: name, message } of error.errors || []) {
    const slot = slotFor(slots, aliases[name] ?? name) || slotFor(slots, name.replace(/\[\d+\]/g, ''));
    if (!slot) {
      unplaced = true;
      continue;
    }
    slot.textContent = slot.textContent ? slot.textContent + '; ' + message : message;
    form.querySelectorAll('[data-field="' + slot.dataset.errorFor + '"]').forEach((c) => c.setAttribute('aria-invalid', 'true'));
  }
  const general = form.querySelector('.form-problem');
  if ((unplaced || !(error.errors || []).length) && general) general.replaceChildren(problemBox(error));
  form.querySelector('.field-error:not(:empty)')?.scrollIntoView({ block: 'center' });
}

function slotFor(slots, key) {
  return slots.find((s) => s.dataset.errorFor === key)
    || slots.filter((s) => key.startsWith(s.dataset.errorFor + '.')).sort((a, b) => b.dataset.errorFor.length - a.dataset.errorFor.length)[0];
}

/** A checkbox list of units to pick from, filterable by name (diacritics ignored). */
export function unitPicker(units, name, fold) {
  const filter = h('input', { type: 'search', placeholder: 'Lọc theo tên đơn vị', 'aria-label': 'Lọc đơn vị' });
  const box = h('div', { class: 'recipient-picker', role: 'group', 'data-field': name },
    units.map((unit) => h('label', { 'data-name': fold(unit.name) },
      h('input', { type: 'checkbox', name, value: unit.id }), h('span', {}, unit.name))));
  filter.addEventListener('input', () => {
    const text = fold(filter.value);
    box.querySelectorAll('label').forEach((label) => { label.hidden = !label.dataset.name.includes(text); });
  });
  return h('div', {}, h('div', { class: 'toolbar' }, filter), box);
}
