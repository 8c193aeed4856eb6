// Báo cáo: my unit's reporting obligations, soonest due first (overdue ones marked), each opening
// its form; drafts still waiting on this device for a connection marked "Đang chờ gửi"; for a
// reviewer, the reports sent to their unit that wait for review.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { waitingIds } from '../report-drafts.js';
import { STATES, day } from '../reporting-text.js';

export const title = 'Báo cáo';
const REVIEWERS = ['reviewer', 'unit-admin'];

export async function render(_params, { session }) {
  const mine = h('section', { id: 'obligations' }, h('p', { class: 'muted' }, 'Đang tải các kỳ báo cáo…'));
  const review = h('section', { id: 'review' });
  show(h('h1', {}, 'Báo cáo'),
    h('h2', {}, 'Báo cáo của đơn vị'), mine,
    REVIEWERS.some((role) => session.roles.includes(role)) ? [h('h2', {}, 'Báo cáo chờ duyệt'), review] : null);
  await Promise.all([
    fill(mine, '/api/reports/obligations?size=100', 'Đơn vị chưa có kỳ báo cáo nào.'),
    REVIEWERS.some((role) => session.roles.includes(role))
      ? fill(review, '/api/reports/review?size=100', 'Không có báo cáo nào chờ duyệt.', true) : null,
  ]);
}

async function fill(section, path, empty, forReview = false) {
  let page;
  try {
    page = await api(path);
  } catch (error) {
    section.replaceChildren(problemBox(error));
    return;
  }
  if (page.items.length === 0) {
    section.replaceChildren(h('p', { class: 'muted' }, empty));
    return;
  }
  const local = new Set(waitingIds());
  section.replaceChildren(h('ul', { class: 'list' }, page.items.map((o) => h('li', {},
    h('a', { class: 'item obligation' + (o.overdue ? ' overdue' : ''), href: '/bao-cao/' + encodeURIComponent(o.id), 'data-id': o.id },
      h('div', { class: 'item-title' }, o.requirementTitle),
      h('div', { class: 'item-meta' },
        forReview ? h('span', {}, o.unitName) : null,
        h('span', {}, o.periodLabel),
        h('span', {}, 'Hạn nộp: ' + day(o.dueDate)),
        o.directiveSymbol ? h('span', {}, o.directiveSymbol) : null),
      h('div', { class: 'item-meta' },
        h('span', { class: 'mark state-' + o.state.toLowerCase() }, STATES[o.state] || o.state),
        o.overdue ? h('span', { class: 'mark urgent' }, 'Quá hạn') : null,
        o.late ? h('span', { class: 'mark urgent' }, 'Nộp muộn') : null,
        local.has(o.id) ? h('span', { class: 'mark waiting' }, 'Đang chờ gửi') : null))))));
}
