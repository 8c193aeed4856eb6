// "Yêu cầu báo cáo" of the compose screen: the report a directive demands (frequency, due rule,
// report-to and via units, which kinds of unit report, the template's sections and indicators).
// It produces the `reporting[0]` of directive-service's issue request as typed: the server checks
// it, and each of its messages lands next to the control it concerns (slots named by the request
// path, e.g. "reporting[0].indicators[1].name", placed by forms.showErrors).
import { h } from './dom.js';
import { field } from './forms.js';
import { FREQUENCIES, day, number } from './reporting-text.js';
import { KINDS } from './units.js';
import { fold } from './text.js';

const PATH = 'reporting[0]';

/** The sections of the sample report (Báo cáo kết quả …), in order. */
export const DEFAULT_SECTIONS = ['Kết quả đạt được', 'Hạn chế', 'Nguyên nhân', 'Bài học kinh nghiệm',
  'Nhiệm vụ thời gian tới', 'Đề xuất kiến nghị'];

const TYPES = { COUNT: 'Số lượng', MONEY: 'Số tiền', PERCENT: 'Tỷ lệ (%)', YES_NO: 'Có/Không' };
const AGGREGATIONS = { SUM: 'Cộng dồn', AVERAGE: 'Bình quân', SHARE_MEETING_TARGET: 'Tỷ lệ đơn vị đạt mục tiêu' };
const OPERATORS = { GTE: '≥ (không dưới)', LTE: '≤ (không quá)', EQ: '= (bằng)' };
const OPERATOR_SIGNS = { GTE: '≥', LTE: '≤', EQ: '=' };
const DUE_KINDS = { FIXED_DAY: 'Trước một ngày cố định', DAYS_AFTER_CUTOFF: 'Số ngày sau khi hết kỳ', DATE: 'Một ngày cụ thể' };
const MONTHS_AFTER = { 0: 'của tháng chốt số liệu', 1: 'của tháng sau', 2: 'của 2 tháng sau' };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

const options = (map, selected) => Object.entries(map).map(([value, label]) =>
  h('option', { value, selected: String(value) === String(selected ?? '') }, label));

/**
 * The section, filled from a saved draft's requirement (or empty). `units` are the issuer's
 * subtree, offered as report-to and via units; `onChange` is called when rows are added or removed.
 */
export function requirementSection(initial, units, onChange) {
  const r = initial || {};
  const due = r.due || { kind: 'FIXED_DAY', day: 15, monthsAfterCutoff: 0 };
  let rowIds = 0;
  const on = h('input', { type: 'checkbox', id: 'f-reporting-on', checked: Boolean(initial) });
  const title = h('input', { id: 'f-rq-title', value: r.title || '', placeholder: 'Ví dụ: Báo cáo kết quả công tác dân vận' });
  const frequency = h('select', { id: 'f-rq-frequency' }, options(FREQUENCIES, r.frequency || 'ANNUAL'));
  const from = h('input', { type: 'date', id: 'f-rq-from', value: r.oneOffFrom || '' });
  const to = h('input', { type: 'date', id: 'f-rq-to', value: r.oneOffTo || '' });
  const cutoff = h('input', { type: 'number', id: 'f-rq-cutoff', min: 0, max: 28, inputmode: 'numeric', placeholder: '14', value: r.cutoffDay ?? '' });
  const dueKind = h('select', { id: 'f-rq-due-kind' }, options(DUE_KINDS, due.kind));
  const dueDay = h('input', { type: 'number', id: 'f-rq-due-day', min: 1, max: 31, inputmode: 'numeric', value: due.day ?? '' });
  const dueMonths = h('select', { id: 'f-rq-due-months' }, options(MONTHS_AFTER, due.monthsAfterCutoff ?? 0));
  const dueDays = h('input', { type: 'number', id: 'f-rq-due-days', min: 0, max: 366, inputmode: 'numeric', value: due.days ?? '' });
  const working = h('input', { type: 'checkbox', id: 'f-rq-due-working', checked: Boolean(due.workingDays) });
  const dueDate = h('input', { type: 'date', id: 'f-rq-due-date', value: due.date || '' });
  const unitOptions = units.map((unit) => h('option', { value: unit.id }, unit.name));
  const reportTo = h('select', { id: 'f-rq-report-to' }, h('option', { value: '' }, 'Đơn vị ban hành (mặc định)'), unitOptions);
  const via = h('select', { id: 'f-rq-via' }, h('option', { value: '' }, 'Không qua đơn vị nào'),
    units.map((unit) => h('option', { value: unit.id }, unit.name)));
  reportTo.value = r.reportToUnitId || '';
  via.value = r.viaUnitId || '';
  const kinds = h('div', { class: 'choices', role: 'group', 'aria-label': 'Loại đơn vị phải báo cáo' },
    Object.entries(KINDS).map(([kind, label]) => h('label', {},
      h('input', { type: 'checkbox', name: 'rq-kind', value: kind, checked: (r.reporterKinds || []).includes(kind) }), ' ' + label)));

  const sections = h('ol', { id: 'rq-sections', class: 'rq-sections' });
  const indicators = h('div', { id: 'rq-indicators' });
  const renumber = () => {
    [...sections.children].forEach((li, i) => {
      li.querySelector('.field-error').dataset.errorFor = PATH + '.sections[' + i + ']';
      li.querySelector('input').dataset.field = PATH + '.sections[' + i + ']';
    });
    [...indicators.children].forEach((row, i) => {
      row.querySelectorAll('[data-part]').forEach((slot) => {
        slot.dataset.errorFor = PATH + '.indicators[' + i + ']' + slot.dataset.part;
        const control = slot.previousElementSibling;
        if (control && control.matches('input, select')) control.dataset.field = slot.dataset.errorFor;
      });
    });
  };
  const changed = () => { renumber(); onChange(); };
  const addSection = (text) => {
    const input = h('input', { class: 'rq-section', value: text, 'aria-label': 'Tên mục' });
    const li = h('li', {}, h('div', { class: 'rq-line' }, input,
      h('button', { type: 'button', class: 'secondary small', 'aria-label': 'Bỏ mục', onclick: () => { li.remove(); changed(); } }, '✕')),
    h('div', { class: 'field-error', 'aria-live': 'polite' }));
    sections.append(li);
  };
  const addIndicator = (ind = {}) => {
    const id = 'f-rq-i' + (++rowIds) + '-';
    const slot = (part) => h('div', { class: 'field-error', 'data-part': part, 'aria-live': 'polite' });
    const control = (part, label, el) => h('div', { class: 'field' }, h('label', { for: el.id }, label), el, slot(part));
    const row = h('fieldset', { class: 'card indicator' },
      h('legend', {}, 'Chỉ tiêu'),
      control('.name', 'Tên chỉ tiêu', h('input', { id: id + 'name', name: 'rq-name', value: ind.name || '' })),
      h('div', { class: 'row' },
        control('.unitOfMeasure', 'Đơn vị tính', h('input', { id: id + 'unit', name: 'rq-unit', value: ind.unitOfMeasure || '', placeholder: 'buổi, %, triệu đồng…' })),
        control('.type', 'Kiểu', h('select', { id: id + 'type', name: 'rq-type' }, options(TYPES, ind.type || 'COUNT'))),
        control('.aggregation', 'Tổng hợp', h('select', { id: id + 'aggregation', name: 'rq-aggregation' }, options(AGGREGATIONS, ind.aggregation || 'SUM')))),
      h('div', { class: 'row' },
        control('.targetOperator', 'Mục tiêu', h('select', { id: id + 'operator', name: 'rq-operator' },
          h('option', { value: '' }, 'Không có mục tiêu'), options(OPERATORS, ind.targetOperator))),
        control('.targetValue', 'Giá trị mục tiêu', h('input', { type: 'number', step: 'any', id: id + 'target', name: 'rq-target', value: ind.targetValue ?? '' }))),
      slot('.targetComplete'),
      h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'secondary small', onclick: () => { row.remove(); changed(); } }, 'Bỏ chỉ tiêu')));
    indicators.append(row);
  };
  (r.sections ? r.sections.map((s) => s.title) : DEFAULT_SECTIONS).forEach(addSection);
  (r.indicators || []).forEach(addIndicator);
  renumber();

  const oneOff = h('div', { class: 'row', id: 'rq-one-off' },
    field(PATH + '.oneOffFrom', 'Số liệu từ ngày', from), field(PATH + '.oneOffTo', 'đến ngày', to));
  const fixed = h('div', { class: 'row', id: 'rq-due-fixed' },
    field(PATH + '.due.day', 'Trước ngày', dueDay), field(PATH + '.due.monthsAfterCutoff', 'Tháng', dueMonths));
  const after = h('div', { class: 'row', id: 'rq-due-after' }, field(PATH + '.due.days', 'Số ngày sau khi hết kỳ', dueDays),
    h('label', { class: 'inline' }, working, ' ngày làm việc'));
  const exact = h('div', { id: 'rq-due-date' }, field(PATH + '.due.date', 'Ngày hạn nộp', dueDate));
  const body = h('div', { id: 'rq-body' },
    field(PATH + '.title', 'Tên báo cáo', title),
    h('div', { class: 'row' }, field(PATH + '.frequency', 'Kỳ báo cáo', frequency),
      field(PATH + '.cutoffDay', 'Ngày chốt số liệu', cutoff, '0 là cuối tháng; để trống là ngày 14')),
    oneOff,
    h('div', { class: 'field-error', 'data-error-for': PATH + '.oneOffPeriodConsistent', 'aria-live': 'polite' }),
    field(PATH + '.due', 'Hạn nộp', dueKind), fixed, after, exact,
    h('div', { class: 'row' }, field(PATH + '.reportToUnitId', 'Gửi báo cáo về', reportTo),
      field(PATH + '.viaUnitId', 'Qua đơn vị (nếu có)', via)),
    field(PATH + '.reporterKinds', 'Đơn vị phải báo cáo', kinds, 'Không chọn loại nào: mọi đơn vị nhận để thực hiện'),
    h('h3', {}, 'Mục của báo cáo'), sections,
    h('div', { class: 'field-error', 'data-error-for': PATH + '.codesDistinct', 'aria-live': 'polite' }),
    h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'secondary', id: 'add-section', onclick: () => { addSection(''); changed(); } }, 'Thêm mục')),
    h('h3', {}, 'Chỉ tiêu số liệu'), indicators,
    h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'secondary', id: 'add-indicator', onclick: () => { addIndicator(); changed(); } }, 'Thêm chỉ tiêu')),
    h('div', { class: 'form-problem' }));
  const sync = () => {
    body.hidden = !on.checked;
    oneOff.hidden = frequency.value !== 'ONE_OFF';
    fixed.hidden = dueKind.value !== 'FIXED_DAY';
    after.hidden = dueKind.value !== 'DAYS_AFTER_CUTOFF';
    exact.hidden = dueKind.value !== 'DATE';
  };
  [on, frequency, dueKind].forEach((el) => el.addEventListener('change', sync));
  sync();
  const element = h('section', { class: 'card', id: 'reporting' },
    h('label', { class: 'inline' }, on, ' ', h('strong', {}, 'Yêu cầu báo cáo')), body);

  const int = (input) => (input.value === '' ? null : Number(input.value));
  /** The request's `reporting[0]`, or null when the directive demands no report. */
  function value() {
    if (!on.checked) return null;
    const dueRule = { kind: dueKind.value };
    if (dueKind.value === 'FIXED_DAY') Object.assign(dueRule, { day: int(dueDay), monthsAfterCutoff: int(dueMonths) });
    if (dueKind.value === 'DAYS_AFTER_CUTOFF') Object.assign(dueRule, { days: int(dueDays), workingDays: working.checked });
    if (dueKind.value === 'DATE') dueRule.date = dueDate.value || null;
    const codes = new Set();
    return {
      requirementId: 'bc-1',
      title: title.value,
      frequency: frequency.value,
      cutoffDay: int(cutoff),
      due: dueRule,
      oneOffFrom: frequency.value === 'ONE_OFF' ? from.value || null : null,
      oneOffTo: frequency.value === 'ONE_OFF' ? to.value || null : null,
      reportToUnitId: reportTo.value || null,
      viaUnitId: via.value || null,
      reporterKinds: [...kinds.querySelectorAll('input:checked')].map((box) => box.value),
      sections: [...sections.querySelectorAll('.rq-section')].map((input, i) => ({ code: ROMAN[i] || String(i + 1), title: input.value })),
      indicators: [...indicators.children].map((row, i) => {
        const get = (name) => row.querySelector('[name="' + name + '"]');
        const name = get('rq-name').value;
        return {
          code: uniqueCode(name, i, codes), name, unitOfMeasure: get('rq-unit').value || null,
          type: get('rq-type').value, aggregation: get('rq-aggregation').value,
          targetOperator: get('rq-operator').value || null, targetValue: int(get('rq-target')),
        };
      }),
    };
  }

  /** The demand in words, for the preview. */
  function describe() {
    const v = value();
    if (!v) return null;
    const unitName = (id) => (units.find((u) => u.id === id) || {}).name || id;
    return h('section', { class: 'card', id: 'preview-reporting' },
      h('h3', {}, 'Yêu cầu báo cáo'),
      h('p', {}, h('strong', {}, v.title || '(chưa đặt tên)'), ' — ' + FREQUENCIES[v.frequency]
        + (v.frequency === 'ONE_OFF' ? ' (số liệu từ ' + day(v.oneOffFrom) + ' đến ' + day(v.oneOffTo) + ')' : '')),
      h('p', {}, 'Hạn nộp: ' + dueText(v.due)),
      h('p', {}, 'Gửi về: ' + (v.reportToUnitId ? unitName(v.reportToUnitId) : 'đơn vị ban hành')
        + (v.viaUnitId ? ' (qua ' + unitName(v.viaUnitId) + ')' : '')),
      h('p', {}, 'Đơn vị báo cáo: ' + (v.reporterKinds.length ? v.reporterKinds.map((k) => KINDS[k] || k).join(', ') : 'mọi đơn vị nhận để thực hiện')),
      h('ol', { class: 'plain' }, v.sections.map((s) => h('li', {}, s.code + '. ' + s.title))),
      v.indicators.length ? h('ul', {}, v.indicators.map((i) => h('li', {}, i.name
        + (i.unitOfMeasure ? ' (' + i.unitOfMeasure + ')' : '') + ' — ' + TYPES[i.type] + ', ' + AGGREGATIONS[i.aggregation].toLowerCase()
        + (i.targetOperator && i.targetValue != null ? '; mục tiêu ' + OPERATOR_SIGNS[i.targetOperator] + ' ' + number(i.targetValue) : '')))) : null);
  }

  return { element, value, describe };
}

function dueText(due) {
  if (due.kind === 'FIXED_DAY') return 'trước ngày ' + (due.day ?? '…') + ' ' + MONTHS_AFTER[due.monthsAfterCutoff ?? 0];
  if (due.kind === 'DAYS_AFTER_CUTOFF') return (due.days ?? '…') + (due.workingDays ? ' ngày làm việc' : ' ngày') + ' sau khi hết kỳ';
  return 'trước ngày ' + (day(due.date) || '…');
}

/** "Số buổi tuyên truyền" → "so-buoi-tuyen-truyen", unique within the requirement. */
function uniqueCode(name, index, taken) {
  let code = fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'ct-' + (index + 1);
  if (taken.has(code)) code += '-' + (index + 1);
  taken.add(code);
  return code;
}
