// Tổng hợp: completeness and timeliness of a report for my subtree in one period, drawn as bars
// (inline SVG built here: the CSP allows no inline style and no library is loaded), a table of the
// child units with drill-down, indicators against their targets, and export links. The address
// holds the choice (?vb=directive&yc=requirement&ky=period[&dv=unit]) so it can be shared.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { go } from '../router.js';
import { FREQUENCIES, currentPeriodKey, number, percent } from '../reporting-text.js';

export const title = 'Tổng hợp';
const SVG = 'http://www.w3.org/2000/svg';

export async function render(_params, { session }) {
  const q = new URLSearchParams(location.search);
  const chooser = h('section', { id: 'report-chooser', class: 'card' }, h('p', { class: 'muted' }, 'Đang tải văn bản có yêu cầu báo cáo…'));
  const result = h('section', { id: 'figures' });
  show(h('h1', {}, 'Tổng hợp báo cáo'), chooser, result);
  await drawChooser(chooser, session, q);
  if (q.get('vb') && q.get('yc') && q.get('ky')) await drawFigures(result, q);
}

/** Directive (issued by my unit, or any id typed), requirement, period. */
async function drawChooser(box, session, q) {
  let directives = [];
  try {
    directives = (await api('/api/directives?issuer=' + encodeURIComponent(session.unitId) + '&size=50')).items;
  } catch (ignored) { /* the directive can still be chosen from its own page ("Tổng hợp báo cáo") */ }
  const chosen = q.get('vb');
  if (chosen && !directives.some((d) => d.id === chosen)) directives.unshift({ id: chosen, symbol: chosen, subject: '' });
  const directive = h('select', { id: 'f-vb', name: 'vb' }, h('option', { value: '' }, '— Chọn văn bản —'),
    directives.map((d) => h('option', { value: d.id, selected: d.id === chosen }, (d.symbol || '') + ' ' + (d.subject || ''))));
  const requirement = h('select', { id: 'f-yc', name: 'yc' });
  const period = h('input', { id: 'f-ky', name: 'ky', value: q.get('ky') || '', placeholder: 'Ví dụ: 2026-M07, 2026-Q3, 2026-Y, ONCE' });
  let requirements = [];
  const loadRequirements = async () => {
    requirements = [];
    if (directive.value) {
      try {
        requirements = (await api('/api/directives/' + encodeURIComponent(directive.value))).reporting || [];
      } catch (ignored) { /* shown as "no requirement" */ }
    }
    requirement.replaceChildren(...(requirements.length ? requirements : [{ requirementId: '', title: 'Văn bản này không có yêu cầu báo cáo' }])
      .map((r) => h('option', { value: r.requirementId, selected: r.requirementId === q.get('yc') },
        r.title + (r.frequency ? ' (' + (FREQUENCIES[r.frequency] || r.frequency) + ')' : ''))));
    fillPeriod(false);
  };
  const fillPeriod = (force) => {
    const r = requirements.find((x) => x.requirementId === requirement.value);
    if (r && (force || !period.value)) period.value = currentPeriodKey(r);
  };
  directive.addEventListener('change', () => { period.value = ''; loadRequirements(); });
  requirement.addEventListener('change', () => fillPeriod(true));
  const form = h('form', { id: 'figures-form' },
    h('label', { for: 'f-vb' }, 'Văn bản'), directive,
    h('div', { class: 'row' },
      h('div', {}, h('label', { for: 'f-yc' }, 'Yêu cầu báo cáo'), requirement),
      h('div', {}, h('label', { for: 'f-ky' }, 'Kỳ báo cáo'), period)),
    h('div', { class: 'toolbar top-gap' }, h('button', { type: 'submit', id: 'show-figures' }, 'Xem tổng hợp')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!directive.value || !requirement.value || !period.value.trim()) return;
    go('/tong-hop?' + new URLSearchParams({ vb: directive.value, yc: requirement.value, ky: period.value.trim() }));
  });
  box.replaceChildren(form);
  await loadRequirements();
}

async function drawFigures(box, q) {
  const params = new URLSearchParams({ directiveId: q.get('vb'), requirementId: q.get('yc'), period: q.get('ky') });
  if (q.get('dv')) params.set('unitId', q.get('dv'));
  box.replaceChildren(h('p', { class: 'muted' }, 'Đang tính…'));
  let figures;
  let children;
  try {
    [figures, children] = await Promise.all([
      api('/api/reports/figures?' + params),
      api('/api/reports/figures/children?' + params + '&size=200'),
    ]);
  } catch (error) {
    box.replaceChildren(problemBox(error));
    return;
  }
  const c = figures.completeness;
  // Through h(): it skips the parts left out (null) and flattens lists.
  box.replaceChildren(h('div', {},
    h('h2', {}, figures.unitName || figures.unitId),
    q.get('dv') ? h('p', {}, h('a', { href: '/tong-hop?' + without(q, 'dv') }, '← Về đơn vị của tôi')) : null,
    h('div', { class: 'card' },
      h('p', { id: 'completeness-summary', class: 'big' },
        'Đã nộp ', h('strong', {}, c.submitted + '/' + c.expected), ' (' + percent(c.submitted, c.expected) + '%)',
        ' · đúng hạn ' + c.onTime + ', muộn ' + c.late + ', chưa nộp ' + c.missing),
      bars([
        { label: 'Đầy đủ', value: c.submitted, of: c.expected, kind: 'done' },
        { label: 'Đúng hạn', value: c.onTime, of: c.submitted || 0, kind: 'ontime' },
      ]),
      stacked(c),
      h('p', { class: 'muted' }, 'Chờ duyệt ' + c.awaitingReview + ' · bị trả lại ' + c.returned
        + ' · đã chấp nhận ' + c.accepted + ' · bản nháp ' + c.drafts)),
    indicators(figures.indicators || []),
    h('h2', {}, 'Đơn vị trực thuộc'),
    // Units of the subtree that were not asked for this report (0 expected) are left out.
    childTable((children.items || []).filter((u) => u.completeness.expected > 0), q),
    exports(params)));
}

function without(q, name) {
  const copy = new URLSearchParams(q);
  copy.delete(name);
  return copy.toString();
}

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  children.forEach((child) => el.append(child));
  return el;
}

/** Horizontal bars, one per measure, each as a share of its whole (width in %, scales to 360 px). */
function bars(rows) {
  return h('div', { class: 'bars' }, rows.map((r) => {
    const p = percent(r.value, r.of);
    return h('div', { class: 'bar-row' },
      h('span', { class: 'bar-label' }, r.label),
      svg('svg', { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img', 'aria-label': r.label + ' ' + p + '%' },
        svg('rect', { x: 0, y: 0, width: 100, height: 10, class: 'bar-back' }),
        svg('rect', { x: 0, y: 0, width: p, height: 10, class: 'bar-' + r.kind })),
      h('span', { class: 'bar-value' }, p + '%'));
  }));
}

/** One bar split into on time / late / not submitted, with a legend. */
function stacked(c) {
  const total = Math.max(c.expected, 1);
  const parts = [['ontime', c.onTime, 'Đúng hạn'], ['late', c.late, 'Muộn'], ['missing', c.missing, 'Chưa nộp']];
  let x = 0;
  const rects = parts.map(([kind, value]) => {
    const w = (100 * value) / total;
    const rect = svg('rect', { x, y: 0, width: w, height: 10, class: 'bar-' + kind });
    x += w;
    return rect;
  });
  return h('div', { class: 'stacked' },
    svg('svg', { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img',
      'aria-label': parts.map(([, v, label]) => label + ' ' + v).join(', ') }, ...rects),
    h('div', { class: 'legend' }, parts.map(([kind, value, label]) => h('span', {}, h('i', { class: 'swatch bar-' + kind }), label + ': ' + value))));
}

function indicators(list) {
  if (list.length === 0) return null;
  const ops = { GTE: '≥', LTE: '≤', EQ: '=' };
  return [h('h2', {}, 'Chỉ tiêu so với mục tiêu'), h('div', { class: 'table-wrap' }, h('table', { class: 'figures', id: 'indicator-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Chỉ tiêu'), h('th', {}, 'Giá trị'), h('th', {}, 'Mục tiêu'), h('th', {}, 'Đánh giá'))),
    h('tbody', {}, list.map((i) => h('tr', {},
      h('td', {}, i.name, h('div', { class: 'muted small' }, i.unitsReporting + ' đơn vị có số liệu')),
      h('td', { class: 'num' }, valueText(i)),
      h('td', { class: 'num' }, i.targetValue === null || i.targetValue === undefined ? '—' : (ops[i.targetOperator] || '') + ' ' + number(i.targetValue)),
      h('td', {}, i.meetsTarget === null || i.meetsTarget === undefined ? '—'
        : h('span', { class: 'mark ' + (i.meetsTarget ? 'ok' : 'urgent') }, i.meetsTarget ? 'Đạt' : 'Chưa đạt')))))))];
}

/** SHARE_MEETING_TARGET is the share of units meeting the target, not a value in the unit. */
function valueText(i) {
  if (i.value === null || i.value === undefined || i.unitsReporting === 0) return '—';
  if (i.aggregation === 'SHARE_MEETING_TARGET') return number(i.value) + '% đơn vị đạt';
  return number(i.value) + (i.unitOfMeasure ? ' ' + i.unitOfMeasure : '');
}

function childTable(items, q) {
  if (items.length === 0) return h('p', { class: 'muted' }, 'Không có đơn vị trực thuộc nào phải báo cáo.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'figures', id: 'children-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Đơn vị'), h('th', {}, 'Đã nộp'), h('th', {}, 'Đúng hạn'), h('th', {}, 'Chưa nộp'))),
    h('tbody', {}, items.map((u) => {
      const c = u.completeness;
      const drill = new URLSearchParams(q);
      drill.set('dv', u.unitId);
      return h('tr', { 'data-unit': u.unitId, class: c.missing > 0 ? 'has-missing' : '' },
        h('td', {}, h('a', { href: '/tong-hop?' + drill }, u.unitName || u.unitId)),
        h('td', { class: 'num' }, c.submitted + '/' + c.expected,
          svg('svg', { class: 'bar mini', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' },
            svg('rect', { x: 0, y: 0, width: 100, height: 10, class: 'bar-back' }),
            svg('rect', { x: 0, y: 0, width: percent(c.submitted, c.expected), height: 10, class: 'bar-done' }))),
        h('td', { class: 'num' }, String(c.onTime)),
        h('td', { class: 'num' }, String(c.missing)));
    }))));
}

/** Plain links: the browser downloads with the session cookie; same query as the figures. */
function exports(params) {
  return h('div', { class: 'toolbar top-gap', id: 'exports' },
    h('a', { class: 'button secondary', href: '/api/reports/figures.csv?' + params, download: '' }, 'Xuất CSV'),
    h('a', { class: 'button secondary', href: '/api/reports/figures.xlsx?' + params, download: '' }, 'Xuất Excel'),
    h('a', { class: 'button secondary', href: '/api/reports/consolidation.docx?' + params, download: '' }, 'Báo cáo tổng hợp (Word)'));
}
