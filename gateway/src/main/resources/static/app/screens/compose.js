// Soạn và ban hành: type, subject, body, urgency, recipients from my part of the tree, attached
// files, a preview in the official layout, then issue (the files are uploaded once it is issued). The server validates; its Vietnamese messages appear next
// to the fields they concern. The draft is kept on this device until it is issued.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { go } from '../router.js';
import { officialLayout } from '../official.js';
import { DOC_TYPES, URGENCY, SECRECY, fold } from '../text.js';
import { requirementSection } from '../compose-requirement.js';
import { branchSection } from '../compose-branches.js';
import { showErrors as showFieldErrors } from '../forms.js';
import { composeAttachments } from '../compose-attachments.js';

export const title = 'Soạn và ban hành';
const DRAFT_KEY = 'chidao.draft';

const KINDS = {
  PROVINCIAL_COMMITTEE: 'Tỉnh ủy', COMMISSION: 'Ban', COMMUNE_COMMITTEE: 'Đảng ủy xã/phường',
  BLOC_COMMITTEE: 'Đảng ủy khối', GRASSROOTS_COMMITTEE: 'Đảng bộ cơ sở', PARTY_CELL: 'Chi bộ',
  STATE_BODY: 'Cơ quan nhà nước', CENTRAL_COMMITTEE: 'Trung ương',
};

export async function render(_params, { session }) {
  requirement = null;
  branches = null;
  attachments = composeAttachments();
  const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) || '{}');
  const options = (map, selected) => Object.entries(map).map(([value, label]) =>
    h('option', { value, selected: value === selected }, label));
  const form = h('form', { id: 'compose', novalidate: true },
    h('div', { class: 'row' },
      field('docType', 'Loại văn bản', h('select', { id: 'f-docType', name: 'docType' },
        h('option', { value: '' }, '— Chọn loại —'), options(DOC_TYPES, draft.docType))),
      field('urgency', 'Độ khẩn', h('select', { id: 'f-urgency', name: 'urgency' }, options(URGENCY, draft.urgency || 'NORMAL'))),
      field('secrecy', 'Độ mật', h('select', { id: 'f-secrecy', name: 'secrecy' }, options(SECRECY, draft.secrecy || 'NONE')))),
    field('place', 'Địa danh (dòng nơi ban hành)', h('input', { id: 'f-place', name: 'place', value: draft.place || '', placeholder: 'Ví dụ: Đồng Nai' })),
    field('subject', 'Trích yếu', h('input', { id: 'f-subject', name: 'subject', value: draft.subject || '', placeholder: 'về việc …' })),
    field('body', 'Nội dung', h('textarea', { id: 'f-body', name: 'body' }, draft.body || '')),
    attachments.element,
    field('recipientUnitIds', 'Nơi nhận', h('div', { id: 'recipients' }, h('p', { class: 'muted' }, 'Đang tải danh sách đơn vị…'))),
    h('div', { id: 'reporting-slot' }),
    h('div', { id: 'form-problem' }),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'secondary', id: 'preview-button', onclick: () => preview(form, session) }, 'Xem trước'),
      h('button', { type: 'submit', id: 'issue-button' }, 'Ban hành')),
    h('section', { id: 'preview' }));
  form.addEventListener('input', () => saveDraft(form));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    issue(form);
  });
  show(h('h1', {}, 'Soạn và ban hành'), form);
  citeFromAddress(form);
  const units = await drawRecipients(form, session, draft.recipientUnitIds || []);
  // Only the kinds that occur in my subtree are offered.
  const presentKinds = Object.fromEntries(Object.entries(KINDS).filter(([kind]) => (units || []).some((u) => u.kind === kind)));
  branches = branchSection(units || [], presentKinds, draft.recipients, () => saveDraft(form));
  form.querySelector('#recipients').after(branches.element);
  requirement = requirementSection((draft.reporting || [])[0], units || [], () => saveDraft(form));
  form.querySelector('#reporting-slot').replaceWith(requirement.element);
}

/** The "Gửi theo nhánh" lines of the form on screen. */
let branches = null;

/** The "Yêu cầu báo cáo" section of the form on screen. */
let requirement = null;
/** The "Tệp đính kèm" field of the form on screen. */
let attachments = null;

function field(name, label, control) {
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: control.id || null }, label), control,
    h('div', { class: 'field-error', id: 'err-' + name, 'aria-live': 'polite' }));
}

async function drawRecipients(form, session, chosen) {
  const box = form.querySelector('#recipients');
  let units;
  try {
    units = (await api('/api/org/units/' + encodeURIComponent(session.unitId) + '/subtree?size=500')).items
      .filter((unit) => unit.id !== session.unitId);
  } catch (error) {
    box.replaceChildren(problemBox(error));
    return [];
  }
  const depth = (unit) => unit.path.split('/').length - session.unitPath.split('/').length;
  const filterText = h('input', { type: 'search', placeholder: 'Lọc theo tên đơn vị', 'aria-label': 'Lọc đơn vị nhận' });
  const kinds = [...new Set(units.map((u) => u.kind))];
  const kind = h('select', { 'aria-label': 'Lọc theo loại đơn vị' }, h('option', { value: '' }, 'Mọi loại đơn vị'),
    kinds.map((k) => h('option', { value: k }, KINDS[k] || k)));
  const picker = h('div', { class: 'recipient-picker', role: 'group', 'aria-label': 'Đơn vị nhận' },
    units.map((unit) => h('label', { 'data-name': fold(unit.name), 'data-kind': unit.kind, class: 'depth-' + depth(unit) },
      h('input', { type: 'checkbox', name: 'recipientUnitIds', value: unit.id, checked: chosen.includes(unit.id) }),
      h('span', {}, '\u00a0'.repeat(2 * Math.max(0, depth(unit) - 1)) + unit.name))));
  const apply = () => {
    const text = fold(filterText.value);
    picker.querySelectorAll('label').forEach((label) => {
      label.hidden = !label.dataset.name.includes(text) || (kind.value && label.dataset.kind !== kind.value);
    });
  };
  filterText.addEventListener('input', apply);
  kind.addEventListener('change', apply);
  box.replaceChildren(h('div', { class: 'toolbar' }, filterText, kind), picker);
  return units;
}

function values(form) {
  const data = new FormData(form);
  return {
    docType: data.get('docType') || null,
    urgency: data.get('urgency'),
    secrecy: data.get('secrecy'),
    place: data.get('place') || null,
    subject: data.get('subject'),
    body: data.get('body'),
    recipientUnitIds: data.getAll('recipientUnitIds'),
    recipients: branches ? branches.value() : undefined,
    implements: cited(),
    reporting: requirement && requirement.value() ? [requirement.value()] : undefined,
  };
}

function saveDraft(form) {
  localStorage.setItem(DRAFT_KEY, JSON.stringify(values(form)));
}

async function preview(form, session) {
  const v = values(form);
  const picked = [...form.querySelectorAll('input[name="recipientUnitIds"]:checked')]
    .map((box) => box.parentElement.textContent.trim())
    .concat(branches ? branches.labels() : []);
  let issuer = '';
  try {
    const me = await api('/api/org/me');
    issuer = me.unit ? me.unit.name : '';
  } catch (ignored) { /* the preview still shows without the issuer's name */ }
  form.querySelector('#preview').replaceChildren(h('h2', {}, 'Xem trước'),
    officialLayout({ ...v, issuerUnitName: issuer, issuedBy: session.displayName }, picked, attachments.names()),
    ...[requirement && requirement.describe()].filter(Boolean));
}

async function issue(form) {
  clearErrors(form);
  const button = form.querySelector('#issue-button');
  button.disabled = true;
  let issued = false;
  try {
    const directive = await api('/api/directives', { method: 'POST', body: values(form) });
    issued = true; // from here on, issuing again would issue a second document
    localStorage.removeItem(DRAFT_KEY);
    if (await attachments.uploadTo(directive)) await go('/van-ban/' + encodeURIComponent(directive.id));
  } catch (error) {
    showErrors(form, error);
  } finally {
    button.disabled = issued;
  }
}

function clearErrors(form) {
  if (requirement) requirement.element.querySelector('.form-problem').replaceChildren();
  form.querySelectorAll('.field-error').forEach((el) => { el.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  form.querySelector('#form-problem').replaceChildren();
}

/** Rules of the whole request that belong next to one field of the form. */
const FIELD_OF_RULE = { addressed: 'recipientUnitIds', recipients: 'recipientUnitIds' };

/** Each field error next to its field ("recipientUnitIds[0]" belongs to "recipientUnitIds"). */
function showErrors(form, error) {
  const isReporting = (e) => (e.field || '').startsWith('reporting');
  const ofReporting = error.errors.filter(isReporting);
  let placed = 0;
  if (ofReporting.length && requirement) {
    showFieldErrors(requirement.element, { ...error, errors: ofReporting });
    placed += ofReporting.length;
  }
  for (const { field, message } of error.errors.filter((e) => !isReporting(e))) {
    const base = field.replace(/\[.*$/, '').split('.')[0];
    const name = FIELD_OF_RULE[base] ?? base;
    const slot = form.querySelector('#err-' + name);
    if (!slot) continue;
    slot.textContent = slot.textContent ? slot.textContent + '; ' + message : message;
    const control = form.querySelector('#f-' + name);
    if (control) control.setAttribute('aria-invalid', 'true');
    placed++;
  }
  if (placed === 0) form.querySelector('#form-problem').replaceChildren(problemBox(error));
  else form.querySelector('[aria-invalid="true"], .field-error:not(:empty)')?.scrollIntoView({ block: 'center' });
}

/** "/soan-thao?can-cu={id}": an implementing document, citing that directive (căn cứ). */
function cited() {
  const id = new URLSearchParams(location.search).get('can-cu');
  return id ? [{ directiveId: id }] : undefined;
}

async function citeFromAddress(form) {
  const [reference] = cited() || [];
  if (!reference) return;
  const note = h('div', { class: 'card', id: 'cites' }, 'Căn cứ: …');
  form.prepend(note);
  try {
    const upper = await api('/api/directives/' + encodeURIComponent(reference.directiveId));
    note.replaceChildren(h('b', {}, 'Căn cứ: '), (upper.symbol || '') + ' ' + (DOC_TYPES[upper.docType] || '') + ' ' + upper.subject);
    const subject = form.querySelector('#f-subject');
    if (!subject.value) subject.value = 'Về việc triển khai thực hiện ' + (upper.symbol || '') + ' ' + upper.subject;
  } catch (error) {
    note.replaceChildren(problemBox(error));
  }
}
