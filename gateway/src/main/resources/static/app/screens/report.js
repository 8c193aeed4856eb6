// One report (obligation). For my unit: the template's sections as text areas and its indicators
// as inputs of their type, attached files (report-attachments.js), save draft (kept on the device
// and sent later when offline), submit, and the reviewer's comment when it came back. For the
// receiving unit's reviewer: the submitted report with return (comment required) and accept. The
// server checks every value; its Vietnamese message appears next to the field it names.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { saveDraft, waiting, forget } from '../report-drafts.js';
import { STATES, day, number } from '../reporting-text.js';
import { attachmentsBox } from '../report-attachments.js';

export const title = 'Báo cáo';
const REVIEWERS = ['reviewer', 'unit-admin'];
const BACK = () => h('p', {}, h('a', { href: '/bao-cao' }, '← Báo cáo'));

export async function render({ id }, { session }) {
  show(BACK(), h('p', { class: 'muted' }, 'Đang tải báo cáo…'));
  let o;
  try {
    o = await api('/api/reports/obligations/' + encodeURIComponent(id));
  } catch (error) {
    show(BACK(), h('h1', {}, 'Không mở được báo cáo'), problemBox(error));
    return;
  }
  const mine = o.unitId === session.unitId;
  const canEdit = mine && ['PENDING', 'DRAFT', 'RETURNED'].includes(o.state);
  const canReview = !mine && o.state === 'SUBMITTED' && REVIEWERS.some((r) => session.roles.includes(r))
    && [o.reportToUnitId, o.viaUnitId].includes(session.unitId);
  show(BACK(), heading(o),
    o.state === 'RETURNED' && o.reviewComment
      ? h('div', { class: 'card returned', id: 'review-comment' }, h('strong', {}, 'Ý kiến trả lại của người duyệt: '), o.reviewComment) : null,
    canEdit ? form(o) : readOnly(o),
    canReview ? reviewBox(o) : null);
}

function heading(o) {
  return [
    h('h1', {}, o.requirementTitle),
    h('div', { class: 'item-meta' },
      h('span', {}, o.unitName), h('span', {}, o.periodLabel),
      h('span', {}, 'Hạn nộp: ' + day(o.dueDate)),
      o.directiveSymbol ? h('a', { href: '/van-ban/' + encodeURIComponent(o.directiveId) }, o.directiveSymbol) : null),
    h('p', { class: 'item-meta' },
      h('span', { class: 'mark state-' + o.state.toLowerCase(), id: 'report-state' }, STATES[o.state] || o.state),
      o.overdue ? h('span', { class: 'mark urgent' }, 'Quá hạn') : null,
      o.late ? h('span', { class: 'mark urgent' }, 'Nộp muộn') : null,
      o.submissions ? h('span', {}, 'Đã gửi ' + o.submissions + ' lần') : null),
  ];
}

const INPUTS = {
  COUNT: { type: 'number', min: '0', step: '1', inputmode: 'numeric', hint: 'số nguyên, không âm' },
  MONEY: { type: 'number', min: '0', step: 'any', inputmode: 'decimal', hint: 'số tiền, không âm' },
  PERCENT: { type: 'number', min: '0', max: '100', step: 'any', inputmode: 'decimal', hint: 'phần trăm, 0–100' },
};

function form(o) {
  const template = o.template || { sections: [], indicators: [] };
  const local = waiting(o.id);
  const start = (local && local.content) || o.draft || o.submitted || { sections: {}, values: {} };
  const f = h('form', { id: 'report-form', novalidate: true },
    (template.sections || []).map((s) => field('s-' + s.code, s.title,
      h('textarea', { id: 'f-s-' + s.code, name: 's-' + s.code, 'data-section': s.code }, (start.sections || {})[s.code] || ''))),
    (template.indicators || []).length ? h('h2', {}, 'Chỉ tiêu') : null,
    (template.indicators || []).map((i) => field('v-' + i.code,
      i.name + (i.unitOfMeasure ? ' (' + i.unitOfMeasure + ')' : ''), indicatorInput(i, (start.values || {})[i.code]),
      target(i))),
    attachmentsBox(o, true),
    h('div', { id: 'form-problem' }),
    h('p', { id: 'draft-state', class: 'draft-state', role: 'status' }),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'secondary', id: 'save-draft' }, 'Lưu nháp'),
      h('button', { type: 'submit', id: 'submit-report' }, o.state === 'RETURNED' ? 'Gửi lại báo cáo' : 'Gửi báo cáo')));
  const state = f.querySelector('#draft-state');
  const showLocal = () => {
    const entry = waiting(o.id);
    state.className = 'draft-state' + (entry ? ' waiting' : '');
    state.textContent = !entry ? state.textContent
      : entry.refused ? 'Bản nháp trên thiết bị chưa gửi được: ' + entry.refused
        : 'Đang chờ gửi: bản nháp được giữ trên thiết bị này và sẽ tự gửi khi có mạng.';
  };
  showLocal();
  const onDrafts = () => {
    if (!document.body.contains(f)) {
      window.removeEventListener('chidao:report-drafts', onDrafts);
      return;
    }
    const before = state.classList.contains('waiting');
    showLocal();
    if (before && !waiting(o.id)) {
      state.className = 'draft-state saved';
      state.textContent = 'Đã gửi bản nháp lên máy chủ.';
    }
  };
  window.addEventListener('chidao:report-drafts', onDrafts);
  f.querySelector('#save-draft').addEventListener('click', () => save(f, o, state));
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(f, o);
  });
  return f;
}

function field(name, label, control, note) {
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: control.id }, label), control, note || null,
    h('div', { class: 'field-error', id: 'err-' + name, 'aria-live': 'polite' }));
}

function indicatorInput(i, value) {
  const id = 'f-v-' + i.code;
  if (i.type === 'YES_NO') {
    const current = value === undefined || value === null ? '' : String(value === true || value === 1 || value === '1' || value === 'true');
    return h('select', { id, name: 'v-' + i.code, 'data-indicator': i.code, 'data-type': i.type },
      h('option', { value: '' }, '— Chọn —'),
      h('option', { value: 'true', selected: current === 'true' }, 'Có'),
      h('option', { value: 'false', selected: current === 'false' }, 'Không'));
  }
  const spec = INPUTS[i.type] || INPUTS.MONEY;
  return h('input', { id, name: 'v-' + i.code, 'data-indicator': i.code, 'data-type': i.type,
    type: spec.type, min: spec.min, max: spec.max, step: spec.step, inputmode: spec.inputmode,
    value: value === undefined || value === null ? '' : String(value), placeholder: spec.hint });
}

function target(i) {
  if (i.targetValue === null || i.targetValue === undefined) return null;
  const op = { GTE: '≥', LTE: '≤', EQ: '=' }[i.targetOperator] || '';
  return h('div', { class: 'muted hint' }, 'Mục tiêu: ' + op + ' ' + number(i.targetValue) + (i.unitOfMeasure ? ' ' + i.unitOfMeasure : ''));
}

/**
 * The form as the API takes it. A number field the browser cannot read (letters typed on a
 * keyboard without a number pad) is an error here, before anything is sent.
 */
function content(f) {
  const sections = {};
  const values = {};
  const errors = [];
  f.querySelectorAll('[data-section]').forEach((el) => { sections[el.dataset.section] = el.value; });
  f.querySelectorAll('[data-indicator]').forEach((el) => {
    const code = el.dataset.indicator;
    if (el.dataset.type === 'YES_NO') {
      if (el.value !== '') values[code] = el.value === 'true';
    } else if (el.validity && el.validity.badInput) {
      errors.push({ field: 'v-' + code, message: 'Hãy nhập một số (dùng dấu chấm cho phần thập phân).' });
    } else if (el.value !== '') {
      values[code] = Number(el.value);
    }
  });
  return { body: { sections, values }, errors };
}

async function save(f, o, state) {
  clearErrors(f);
  const { body, errors } = content(f);
  if (errors.length) return showErrors(f, o, errors);
  state.className = 'draft-state';
  state.textContent = 'Đang lưu…';
  try {
    const outcome = await saveDraft(o.id, body);
    state.className = 'draft-state ' + outcome;
    state.textContent = outcome === 'saved' ? 'Đã lưu bản nháp lên máy chủ.'
      : 'Đang chờ gửi: bản nháp được giữ trên thiết bị này và sẽ tự gửi khi có mạng.';
  } catch (error) {
    state.textContent = '';
    problems(f, o, error);
  }
}

async function submit(f, o) {
  clearErrors(f);
  const { body, errors } = content(f);
  if (errors.length) return showErrors(f, o, errors);
  const button = f.querySelector('#submit-report');
  button.disabled = true;
  if (!waiting(o.id)) f.querySelector('#draft-state').textContent = '';
  try {
    await api('/api/reports/obligations/' + encodeURIComponent(o.id) + '/submit', { method: 'POST', body });
    forget(o.id);
    const fresh = await api('/api/reports/obligations/' + encodeURIComponent(o.id));
    f.replaceWith(h('div', { class: 'card sent', id: 'report-sent', role: 'status' },
      h('strong', {}, fresh.late ? 'Đã gửi báo cáo (nộp muộn).' : 'Đã gửi báo cáo đúng hạn.'),
      ' Đơn vị nhận sẽ xem xét và có thể trả lại kèm ý kiến.'), ...[readOnly(fresh)].flat().filter(Boolean));
    const mark = document.getElementById('report-state');
    if (mark) {
      mark.textContent = STATES[fresh.state] || fresh.state;
      mark.className = 'mark state-' + fresh.state.toLowerCase();
    }
    document.getElementById('review-comment')?.remove();
  } catch (error) {
    if (error.status === 0) {
      // Sending a report is a deliberate act, done again by the person once online; what they
      // typed is not lost meanwhile: it waits as a draft.
      await saveDraft(o.id, body).catch(() => {});
      const state = f.querySelector('#draft-state');
      state.className = 'draft-state waiting';
      state.textContent = 'Mất kết nối: báo cáo chưa được gửi. Bản nháp được giữ trên thiết bị và sẽ tự lưu lên máy chủ khi có mạng; hãy bấm gửi lại khi có mạng.';
    }
    problems(f, o, error);
  } finally {
    button.disabled = false;
  }
}

function clearErrors(f) {
  f.querySelectorAll('.field-error').forEach((el) => { el.textContent = ''; });
  f.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  f.querySelector('#form-problem').replaceChildren();
}

/**
 * reporting-service names the indicator or section in its message ("Chỉ tiêu "Tỷ lệ…" là tỷ lệ
 * phần trăm…", "Mục "KQ" dài quá…"); field errors of a validated body come as `errors`. Either way
 * the message goes next to that field; what names no field is shown above the buttons.
 */
function problems(f, o, error) {
  const found = [];
  for (const { field, message } of error.errors || []) {
    const m = /^(sections|values)\.([^.[\]]+)/.exec(field || '');
    if (m) found.push({ field: (m[1] === 'sections' ? 's-' : 'v-') + m[2], message });
  }
  if (found.length === 0) {
    const named = [...(error.message || '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const template = o.template || { sections: [], indicators: [] };
    for (const name of named) {
      const i = (template.indicators || []).find((x) => x.name === name || x.code === name);
      const s = (template.sections || []).find((x) => x.title === name || x.code === name);
      if (i) found.push({ field: 'v-' + i.code, message: error.message });
      else if (s) found.push({ field: 's-' + s.code, message: error.message });
    }
  }
  if (found.length === 0) f.querySelector('#form-problem').replaceChildren(problemBox(error));
  else showErrors(f, o, found);
}

function showErrors(f, _o, errors) {
  for (const { field, message } of errors) {
    const slot = f.querySelector('#err-' + CSS.escape(field));
    if (!slot) continue;
    slot.textContent = slot.textContent ? slot.textContent + '; ' + message : message;
    f.querySelector('#f-' + CSS.escape(field))?.setAttribute('aria-invalid', 'true');
  }
  f.querySelector('[aria-invalid="true"]')?.scrollIntoView({ block: 'center' });
}

function readOnly(o) {
  const shown = o.submitted || o.draft;
  const template = o.template || { sections: [], indicators: [] };
  if (!shown) return [h('p', { class: 'muted' }, 'Chưa có nội dung báo cáo.'), attachmentsBox(o, false)];
  return h('div', { class: 'card report-content' },
    (template.sections || []).map((s) => h('div', { class: 'section' },
      h('h2', {}, s.title), h('p', { class: 'pre' }, (shown.sections || {})[s.code] || '—'))),
    (template.indicators || []).length ? h('table', { class: 'figures' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Chỉ tiêu'), h('th', {}, 'Giá trị'))),
      h('tbody', {}, template.indicators.map((i) => {
        const v = (shown.values || {})[i.code];
        return h('tr', {}, h('td', {}, i.name), h('td', { class: 'num' },
          i.type === 'YES_NO' ? (v === undefined ? '—' : (Number(v) ? 'Có' : 'Không')) : number(v) + (i.unitOfMeasure ? ' ' + i.unitOfMeasure : '')));
      }))) : null,
    attachmentsBox(o, false));
}

function reviewBox(o) {
  const comment = h('textarea', { id: 'f-comment', name: 'comment', placeholder: 'Lý do trả lại, điều cần sửa…' });
  const box = h('form', { id: 'review-form', class: 'card', novalidate: true },
    h('h2', {}, 'Duyệt báo cáo'),
    field('comment', 'Ý kiến (bắt buộc khi trả lại)', comment),
    h('div', { id: 'form-problem' }),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'secondary', id: 'return-report' }, 'Trả lại'),
      h('button', { type: 'button', id: 'accept-report' }, 'Chấp nhận')));
  const act = async (action, body) => {
    clearErrors(box);
    try {
      await api('/api/reports/obligations/' + encodeURIComponent(o.id) + '/' + action, { method: 'POST', body });
      box.replaceWith(h('div', { class: 'card sent', id: 'review-done', role: 'status' },
        action === 'accept' ? 'Đã chấp nhận báo cáo.' : 'Đã trả lại báo cáo cho đơn vị.'));
    } catch (error) {
      const slot = box.querySelector('#err-comment');
      if (action === 'return' && error.status === 400) {
        slot.textContent = (error.errors[0] && error.errors[0].message) || error.message;
        comment.setAttribute('aria-invalid', 'true');
      } else {
        box.querySelector('#form-problem').replaceChildren(problemBox(error));
      }
    }
  };
  box.querySelector('#return-report').addEventListener('click', () => act('return', { comment: comment.value }));
  box.querySelector('#accept-report').addEventListener('click', () => act('accept'));
  return box;
}
