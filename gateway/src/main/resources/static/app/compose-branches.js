// "Gửi theo nhánh": lines of the distribution list that name a whole branch of my tree — a unit
// and every open unit below it (scope SUBTREE), optionally only units of some kinds ("every party
// cell under this commune") — each with its purpose. The server resolves them against the
// directory at issue time, so nobody ticks thousands of boxes and the picker need not list them.
import { h } from './dom.js';

const PURPOSES = {
  IMPLEMENT: 'để thực hiện', REPORT_TO: 'để báo cáo (b/c)', INFORMATION: 'để biết', ARCHIVE: 'lưu',
};

/**
 * @param units the units of my subtree (branch heads to choose from)
 * @param kindLabels unit kind → Vietnamese label
 * @param saved lines kept in the draft on this device
 * @param onChange called when the lines change (to keep the draft)
 */
export function branchSection(units, kindLabels, saved, onChange) {
  const lines = [...(saved || [])];
  const list = h('ul', { class: 'plain', id: 'branch-lines' });
  const head = h('select', { id: 'f-branch-unit' },
    units.map((unit) => h('option', { value: unit.id }, unit.name)));
  const whole = h('input', { type: 'checkbox', id: 'f-branch-subtree', checked: true });
  const kinds = h('div', { class: 'channels', id: 'f-branch-kinds' },
    Object.entries(kindLabels).map(([kind, label]) =>
      h('label', { class: 'inline' }, h('input', { type: 'checkbox', value: kind }), ' ' + label)));
  const purpose = h('select', { id: 'f-branch-purpose' },
    Object.entries(PURPOSES).map(([value, label]) => h('option', { value }, label)));
  const draw = () => list.replaceChildren(...lines.map((line, i) => h('li', {},
    describe(line, units, kindLabels), ' ',
    h('button', { type: 'button', class: 'secondary small', onclick: () => { lines.splice(i, 1); draw(); onChange(); } }, 'Bỏ'))));
  const add = h('button', {
    type: 'button', class: 'secondary', id: 'branch-add',
    onclick: () => {
      const line = { unitId: head.value, scope: whole.checked ? 'SUBTREE' : 'UNIT', purpose: purpose.value };
      const chosen = [...kinds.querySelectorAll('input:checked')].map((box) => box.value);
      if (whole.checked && chosen.length) line.kinds = chosen;
      lines.push(line);
      draw();
      onChange();
    },
  }, 'Thêm vào nơi nhận');
  whole.addEventListener('change', () => { kinds.hidden = !whole.checked; });
  draw();
  const element = h('details', { class: 'card branch', id: 'branches', open: lines.length > 0 },
    h('summary', {}, 'Gửi theo nhánh: cả đơn vị trực thuộc, hoặc chỉ một số loại đơn vị'),
    h('label', { for: 'f-branch-unit' }, 'Đơn vị'), head,
    h('label', { class: 'inline' }, whole, ' Cả các đơn vị trực thuộc'),
    h('p', { class: 'hint' }, 'Chỉ gửi tới các loại đơn vị (để trống: mọi đơn vị trong nhánh):'), kinds,
    h('label', { for: 'f-branch-purpose' }, 'Mục đích'), purpose,
    h('div', { class: 'toolbar' }, add), list);
  return {
    element,
    /** The lines for the issue request's `recipients`, or undefined when there are none. */
    value: () => (lines.length ? lines.map((line) => ({ ...line })) : undefined),
    /** How each line reads under "Nơi nhận" in the preview. */
    labels: () => lines.map((line) => describe(line, units, kindLabels)),
  };
}

function describe(line, units, kindLabels) {
  const name = (units.find((unit) => unit.id === line.unitId) || {}).name || line.unitId;
  const who = line.scope !== 'SUBTREE' ? name
    : line.kinds ? line.kinds.map((kind) => kindLabels[kind] || kind).join(', ') + ' thuộc ' + name
      : name + ' và các đơn vị trực thuộc';
  return who + ' (' + PURPOSES[line.purpose || 'IMPLEMENT'] + ')';
}
