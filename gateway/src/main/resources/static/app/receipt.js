// On the directive view: my unit's receipt (delivered → read → acknowledged) with the explicit
// "Xác nhận đã tiếp nhận" (opening the directive only marks it read), and the reports it demands
// (a recipient goes to its report, the issuing unit to the dashboard). Drawn after the document;
// nothing shows for someone who is neither a recipient nor the issuer.
import { api } from './api.js';
import { h, problemBox } from './dom.js';
import { when } from './text.js';
import { FREQUENCIES, currentPeriodKey } from './reporting-text.js';

const STEPS = {
  DELIVERED: 'Đã nhận, chưa đọc', READ: 'Đã đọc', ACKNOWLEDGED: 'Đã xác nhận tiếp nhận',
  FORWARDED: 'Đã chuyển tiếp', IMPLEMENTED: 'Đã ban hành văn bản thực hiện',
};

/** A box filled once the receipt has loaded; empty for anyone not among the recipients. */
export function receiptPanel(directive, session) {
  const box = h('section', { id: 'receipt', class: 'receipt', 'aria-live': 'polite' });
  if (navigator.onLine) {
    api('/api/directives/' + encodeURIComponent(directive.id) + '/receipt')
      .then((receipt) => draw(box, directive, receipt), () => {});
  }
  const reporting = reportingBox(directive, session);
  return [box, reporting];
}

function draw(box, directive, receipt) {
  const acknowledged = ['ACKNOWLEDGED', 'FORWARDED', 'IMPLEMENTED'].includes(receipt.state);
  const withdrawn = directive.status && directive.status !== 'ISSUED';
  const button = h('button', { type: 'button', id: 'acknowledge' }, 'Xác nhận đã tiếp nhận');
  const problem = h('div');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      draw(box, directive, await api('/api/directives/' + encodeURIComponent(directive.id) + '/acknowledge', { method: 'POST' }));
    } catch (error) {
      button.disabled = false;
      problem.replaceChildren(problemBox(error));
    }
  });
  box.className = 'card receipt' + (acknowledged ? ' done' : '');
  // Through h(): it skips the parts left out (null), replaceChildren would print them.
  box.replaceChildren(h('div', {},
    h('p', {}, h('strong', {}, 'Tiếp nhận của đơn vị: '),
      h('span', { id: 'receipt-state', 'data-state': receipt.state }, STEPS[receipt.state] || receipt.state)),
    acknowledged ? h('p', { class: 'muted' }, 'Xác nhận lúc ' + when(receipt.acknowledgedAt)
      + (receipt.acknowledgedBy ? ' bởi ' + receipt.acknowledgedBy : '')) : null,
    !acknowledged && !withdrawn ? h('div', { class: 'toolbar' }, button) : null,
    problem));
}

function reportingBox(directive, session) {
  const demands = directive.reporting || [];
  if (demands.length === 0) return null;
  const issuing = session && directive.issuerUnitId === session.unitId;
  return h('section', { class: 'card', id: 'reporting-demands' },
    h('h2', {}, 'Yêu cầu báo cáo'),
    h('ul', { class: 'plain' }, demands.map((r) => h('li', {},
      h('strong', {}, r.title), ' — ' + (FREQUENCIES[r.frequency] || r.frequency), ' ',
      issuing
        ? h('a', { href: '/tong-hop?' + new URLSearchParams({ vb: directive.id, yc: r.requirementId, ky: currentPeriodKey(r) }) }, 'Tổng hợp báo cáo')
        : h('a', { href: '/bao-cao' }, 'Lập báo cáo')))));
}
