// What the directive view offers beyond the document itself: forward it to my subordinate units
// with a covering note (the server numbers a CV of my unit citing it), issue an implementing
// document (compose opens citing it), and its lineage drawn as a tree — the documents it descends
// from, then itself, then every document citing it, each with its audience and receipt progress.
import { api } from '../api.js';
import { h, problemBox } from '../dom.js';
import { go } from '../router.js';
import { field, clearErrors, showErrors, unitPicker } from '../forms.js';
import { progressBar } from '../progress.js';
import { subtreeBelow } from '../units.js';
import { DOC_TYPES, when, fold } from '../text.js';

const RELATIONS = { IMPLEMENTS: 'Triển khai thực hiện', FORWARDS: 'Chuyển tiếp', AMENDS: 'Sửa đổi, bổ sung' };

/** Appends the actions and the lineage under the directive on the view. */
export async function extend(directive) {
  const view = document.getElementById('view');
  const actions = h('section', { id: 'directive-actions' });
  const lineage = h('section', { id: 'lineage', class: 'card' }, h('h2', {}, 'Quá trình triển khai'),
    h('p', { class: 'muted' }, 'Đang tải…'));
  view.append(actions, lineage);
  drawLineage(directive.id, lineage);
  let session;
  let receipt;
  try {
    session = await api('/api/session');
    receipt = await api('/api/directives/' + encodeURIComponent(directive.id) + '/receipt').catch(() => null);
  } catch (ignored) {
    return; // offline: the document stays readable, the actions need the server anyway
  }
  if (!receipt || !session.roles.includes('issuer')) return;
  if (directive.status !== 'ISSUED') {
    actions.append(h('p', { class: 'muted' }, 'Văn bản đã bị thu hồi hoặc thay thế: không chuyển tiếp hay triển khai được nữa.'));
    return;
  }
  const forwardBox = h('div', { id: 'forward-box' });
  actions.append(h('div', { class: 'toolbar' },
    h('button', { type: 'button', id: 'forward-open', onclick: () => openForward(directive, session, forwardBox) }, 'Chuyển tiếp cho đơn vị cấp dưới'),
    h('a', { class: 'button secondary', id: 'implement-link', href: '/soan-thao?can-cu=' + encodeURIComponent(directive.id) }, 'Ban hành văn bản triển khai')),
  forwardBox);
}

async function openForward(directive, session, box) {
  if (box.firstChild) return;
  box.append(h('p', { class: 'muted' }, 'Đang tải danh sách đơn vị…'));
  let units;
  try {
    units = await subtreeBelow(session);
  } catch (error) {
    box.replaceChildren(problemBox(error));
    return;
  }
  const form = h('form', { id: 'forward-form', class: 'card', novalidate: true },
    h('h2', {}, 'Chuyển tiếp ' + (directive.symbol || '')),
    h('p', { class: 'muted' }, 'Đơn vị sẽ ban hành một công văn có số, trích dẫn văn bản này, gửi tới các đơn vị được chọn.'),
    field('subject', 'Trích yếu công văn (để trống: "Về việc triển khai thực hiện …")', h('input', { name: 'subject', id: 'fw-subject' })),
    field('body', 'Nội dung công văn chuyển tiếp', h('textarea', { name: 'body', id: 'fw-body', rows: 5 })),
    field('recipientUnitIds', 'Nơi nhận', units.length ? unitPicker(units, 'recipientUnitIds', fold)
      : h('p', { class: 'muted' }, 'Đơn vị không có đơn vị cấp dưới.')),
    h('div', { class: 'form-problem' }),
    h('div', { class: 'toolbar' },
      h('button', { type: 'submit', id: 'forward-submit' }, 'Chuyển tiếp'),
      h('button', { type: 'button', class: 'secondary', onclick: () => box.replaceChildren() }, 'Hủy')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const data = new FormData(form);
    const button = form.querySelector('#forward-submit');
    button.disabled = true;
    try {
      const note = await api('/api/directives/' + encodeURIComponent(directive.id) + '/forward', { method: 'POST', body: {
        subject: data.get('subject') || null, body: data.get('body'), recipientUnitIds: data.getAll('recipientUnitIds'),
      } });
      await go('/van-ban/' + encodeURIComponent(note.id));
    } catch (error) {
      showErrors(form, error, { addressed: 'recipientUnitIds', recipients: 'recipientUnitIds' });
      button.disabled = false;
    }
  });
  box.replaceChildren(form);
}

async function drawLineage(id, box) {
  let ancestors;
  let root;
  try {
    [ancestors, root] = await Promise.all([
      api('/api/directives/' + encodeURIComponent(id) + '/ancestors'),
      api('/api/directives/' + encodeURIComponent(id) + '/lineage')]);
  } catch (error) {
    box.replaceChildren(h('h2', {}, 'Quá trình triển khai'), error.status === 0
      ? h('p', { class: 'muted' }, 'Cần kết nối mạng để xem quá trình triển khai.') : problemBox(error));
    return;
  }
  let tree = branch(root, id);
  for (const upper of ancestors.filter((a) => a.id !== id).reverse()) {
    tree = h('li', {}, nodeCard(upper, id), h('ul', {}, tree));
  }
  const alone = ancestors.length <= 1 && !root.children.length;
  box.replaceChildren(h('h2', {}, 'Quá trình triển khai'),
    h('p', { class: 'muted', hidden: !alone }, 'Chưa có văn bản nào căn cứ hoặc được văn bản này căn cứ.'),
    h('ul', { class: 'lineage', id: 'lineage-tree' }, tree));
}

function branch(node, currentId) {
  return h('li', {}, nodeCard(node, currentId),
    node.children.length ? h('ul', {}, node.children.map((child) => branch(child, currentId))) : null);
}

function nodeCard(n, currentId) {
  return h('div', { class: 'lineage-node' + (n.id === currentId ? ' current' : ''), 'data-directive': n.id },
    n.relation ? h('div', { class: 'muted relation' }, RELATIONS[n.relation] || n.relation) : null,
    h('a', { href: '/van-ban/' + encodeURIComponent(n.id) }, h('b', {}, n.symbol || '…'), ' ',
      (DOC_TYPES[n.docType] || n.docType) + ' ' + n.subject),
    h('div', { class: 'item-meta' }, h('span', {}, n.issuerUnitName), h('span', {}, when(n.issuedAt)),
      n.status !== 'ISSUED' ? h('span', { class: 'mark urgent' }, n.status === 'RECALLED' ? 'Đã thu hồi' : 'Đã bị thay thế') : null,
      n.flagged ? h('span', { class: 'mark urgent' }, 'Văn bản cấp trên đã bị thu hồi') : null),
    h('div', { class: 'muted' }, 'Gửi tới ' + n.audience + ' đơn vị'),
    progressBar({ audience: n.audience, delivered: n.audience, read: n.read, acknowledged: n.acknowledged }));
}
