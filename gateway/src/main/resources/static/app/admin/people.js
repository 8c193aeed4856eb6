// The people of the chosen unit and their posts (identity's memberships API): list, add someone
// (their login account is provisioned in Keycloak), change a post's position and roles, leave.
import { api } from '../api.js';
import { h, problemBox } from '../dom.js';
import { field, clearErrors, showErrors } from '../forms.js';

export const POSITIONS = { BI_THU: 'Bí thư', PHO_BI_THU: 'Phó Bí thư', VAN_THU: 'Văn thư', QUAN_TRI: 'Quản trị', MEMBER: 'Đảng viên' };
export const ROLES = {
  issuer: 'Ban hành văn bản', reporter: 'Báo cáo', reviewer: 'Duyệt báo cáo', member: 'Thành viên',
  'unit-admin': 'Quản trị đơn vị', 'province-admin': 'Quản trị tỉnh', 'central-admin': 'Quản trị trung ương',
};
const ACCOUNT = {
  CREATED: 'đã tạo tài khoản đăng nhập', UPDATED: 'đã cập nhật tài khoản', UNCHANGED: 'tài khoản không đổi',
  DISABLED: 'tài khoản đã khóa (không còn chức vụ nào)', PENDING: 'tài khoản sẽ được cập nhật khi máy chủ đăng nhập sẵn sàng',
  NOT_MANAGED: 'tài khoản không do chidao quản lý',
};

export function peoplePanel(unit) {
  const list = h('ul', { class: 'list members', id: 'members-list' }, h('li', { class: 'muted' }, 'Đang tải…'));
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const panel = h('div', { class: 'people' }, h('h3', {}, 'Cán bộ và chức vụ'), outcome, list, joinForm(unit, () => load(unit, list, outcome), outcome));
  load(unit, list, outcome);
  return panel;
}

async function load(unit, list, outcome) {
  try {
    const page = await api('/api/org/units/' + encodeURIComponent(unit.id) + '/members?size=200');
    list.replaceChildren(...(page.items.length ? page.items.map((m) => member(unit, m, () => load(unit, list, outcome), outcome))
      : [h('li', { class: 'muted' }, 'Đơn vị chưa có cán bộ nào.')]));
  } catch (error) {
    list.replaceChildren(problemBox(error));
  }
}

function positionSelect(selected) {
  return h('select', { name: 'position' }, Object.entries(POSITIONS).map(([value, label]) => h('option', { value, selected: value === selected }, label)));
}

function roleBoxes(chosen) {
  return h('div', { class: 'chips roles', role: 'group', 'data-field': 'roles' }, Object.entries(ROLES).map(([value, label]) =>
    h('label', { class: 'chip' }, h('input', { type: 'checkbox', name: 'roles', value, checked: chosen.includes(value) }), ' ', label)));
}

function member(unit, m, reload, outcome) {
  const form = h('form', { class: 'member-edit', novalidate: true, hidden: true },
    field('position', 'Chức vụ', positionSelect(m.position)),
    field('roles', 'Vai trò', roleBoxes(m.roles || [])),
    field('email', 'Thư công vụ', h('input', { type: 'email', name: 'email', value: m.email || '' })),
    h('div', { class: 'form-problem' }),
    h('div', { class: 'toolbar' }, h('button', { type: 'submit' }, 'Lưu'),
      h('button', { type: 'button', class: 'secondary', onclick: () => { form.hidden = true; } }, 'Hủy')));
  const url = '/api/org/units/' + encodeURIComponent(unit.id) + '/members/' + encodeURIComponent(m.username);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const data = new FormData(form);
    try {
      const changed = await api(url, { method: 'PUT', body: { position: data.get('position'), roles: data.getAll('roles'), email: data.get('email') || null } });
      outcome.replaceChildren(h('p', { class: 'ok' }, 'Đã lưu chức vụ của ' + m.username + ': ' + (ACCOUNT[changed.account] || changed.account) + '.'));
      reload();
    } catch (error) {
      showErrors(form, error);
    }
  });
  const leave = h('button', { type: 'button', class: 'secondary small leave', onclick: async () => {
    if (leave.dataset.armed !== 'true') {
      leave.dataset.armed = 'true';
      leave.textContent = 'Bấm lần nữa để xác nhận';
      return;
    }
    try {
      const changed = await api(url, { method: 'DELETE' });
      outcome.replaceChildren(h('p', { class: 'ok' }, m.username + ' đã rời đơn vị: ' + (ACCOUNT[changed.account] || changed.account) + '.'));
      reload();
    } catch (error) {
      outcome.replaceChildren(problemBox(error));
    }
  } }, 'Rời đơn vị');
  return h('li', { class: 'item', 'data-username': m.username },
    h('div', { class: 'item-title' }, m.username, ' — ', m.positionLabel || POSITIONS[m.position] || m.position),
    h('div', { class: 'item-meta' }, h('span', {}, m.email), (m.roles || []).map((r) => h('span', { class: 'mark' }, ROLES[r] || r)),
      m.active === false ? h('span', { class: 'muted' }, '(đã rời)') : null),
    m.active === false ? null : h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'secondary small', onclick: () => { form.hidden = !form.hidden; } }, 'Sửa chức vụ'), leave),
    form);
}

function joinForm(unit, reload, outcome) {
  const form = h('form', { class: 'member-join', id: 'member-join', novalidate: true },
    h('div', { class: 'row' },
      field('username', 'Tên đăng nhập', h('input', { name: 'username', autocomplete: 'off' })),
      field('email', 'Thư công vụ', h('input', { type: 'email', name: 'email', autocomplete: 'off' }))),
    field('position', 'Chức vụ', positionSelect('MEMBER')),
    field('roles', 'Vai trò', roleBoxes([])),
    h('div', { class: 'form-problem' }),
    h('button', { type: 'submit' }, 'Thêm vào đơn vị'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const data = new FormData(form);
    try {
      const joined = await api('/api/org/units/' + encodeURIComponent(unit.id) + '/members', { method: 'POST', body: {
        username: data.get('username'), email: data.get('email'), position: data.get('position'), roles: data.getAll('roles'),
      } });
      outcome.replaceChildren(h('p', { class: 'ok' }, 'Đã thêm ' + joined.membership.username + ': ' + (ACCOUNT[joined.account] || joined.account) + '.'));
      form.reset();
      reload();
    } catch (error) {
      showErrors(form, error);
    }
  });
  return h('details', {}, h('summary', {}, 'Thêm cán bộ vào đơn vị'), form);
}
