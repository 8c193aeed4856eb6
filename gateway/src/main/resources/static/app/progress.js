// Receipt progress of a directive as one bar: delivered ⊇ read ⊇ acknowledged, drawn as layers
// (each count includes the units that went further), with the figures spelled out beside it.
// Widths are set through the CSSOM (allowed by the CSP, unlike style attributes).
import { h } from './dom.js';

const percent = (part, whole) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0);

/** @param p {audience, delivered, read, acknowledged} */
export function progressBar(p) {
  const layer = (kind, value) => {
    const el = h('span', { class: 'progress-' + kind });
    el.style.width = percent(value, p.audience) + '%';
    return el;
  };
  const label = 'Đã nhận ' + p.delivered + '/' + p.audience + ', đã đọc ' + p.read + '/' + p.audience
    + ', đã xác nhận ' + p.acknowledged + '/' + p.audience;
  return h('div', { class: 'progress-block', 'data-audience': p.audience, 'data-delivered': p.delivered,
    'data-read': p.read, 'data-acknowledged': p.acknowledged },
  h('div', { class: 'progress', role: 'img', 'aria-label': label },
    layer('delivered', p.delivered), layer('read', p.read), layer('acknowledged', p.acknowledged)),
  h('div', { class: 'progress-legend' },
    h('span', { class: 'key delivered' }, 'Đã nhận ', h('b', {}, p.delivered + '/' + p.audience)),
    h('span', { class: 'key read' }, 'Đã đọc ', h('b', {}, p.read + '/' + p.audience)),
    h('span', { class: 'key acknowledged' }, 'Đã xác nhận ', h('b', {}, p.acknowledged + '/' + p.audience))));
}

/** A plain bar for a job: `done` of `total`. */
export function jobBar(done, total) {
  const fill = h('span', { class: 'progress-read' });
  fill.style.width = (total > 0 ? percent(done, total) : 100) + '%';
  return h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': total, 'aria-valuenow': done }, fill);
}
