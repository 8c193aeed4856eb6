// Notification preferences (notification-service): e-mail and push on or off per kind of alert,
// quiet hours (e-mail and push held until they end; Thượng khẩn and Hỏa tốc still go at once) and
// a daily digest e-mail for low-priority alerts. In-app alerts are always recorded.
import { api } from '../api.js';
import { h, problemBox } from '../dom.js';
import { field, clearErrors, showErrors } from '../forms.js';

const KINDS = {
  NEW_DIRECTIVE: 'Văn bản mới đến', RECALL: 'Văn bản bị thu hồi hoặc thay thế', OBLIGATION_OPENED: 'Kỳ báo cáo mới',
  DUE_SOON: 'Sắp đến hạn báo cáo', OVERDUE: 'Quá hạn báo cáo', REPORT_STATUS: 'Báo cáo được nộp, trả lại hoặc chấp nhận',
};
const CHANNELS = { email: 'Thư điện tử', push: 'Thông báo đẩy' };

/** Appends the preferences form to the settings screen. */
export async function drawPreferences() {
  const section = h('section', { class: 'card', id: 'preferences' }, h('h2', {}, 'Kênh nhận thông báo'),
    h('p', { class: 'muted' }, 'Đang tải…'));
  document.getElementById('view').append(section);
  try {
    const prefs = await api('/api/notifications/preferences');
    section.replaceChildren(h('h2', {}, 'Kênh nhận thông báo'), form(prefs));
  } catch (error) {
    section.replaceChildren(h('h2', {}, 'Kênh nhận thông báo'), problemBox(error));
  }
}

function form(prefs) {
  const quiet = prefs.quietHours;
  const digest = prefs.digest;
  const quietOn = h('input', { type: 'checkbox', id: 'quiet-on', checked: !!quiet });
  const digestOn = h('input', { type: 'checkbox', id: 'digest-on', checked: !!digest });
  const quietStart = h('input', { type: 'time', name: 'quietHours.start', id: 'quiet-start', value: quiet ? quiet.start : '21:00' });
  const quietEnd = h('input', { type: 'time', name: 'quietHours.end', id: 'quiet-end', value: quiet ? quiet.end : '06:30' });
  const digestAt = h('input', { type: 'time', name: 'digest.at', id: 'digest-at', value: digest ? digest.at : '07:00' });
  const saved = h('p', { id: 'preferences-saved', 'aria-live': 'polite', class: 'ok' });
  const el = h('form', { id: 'preferences-form', novalidate: true },
    h('table', { class: 'channels' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Loại thông báo'), Object.values(CHANNELS).map((label) => h('th', {}, label)))),
      h('tbody', {}, Object.keys(prefs.channels).map((kind) => h('tr', {},
        h('td', {}, KINDS[kind] || kind,
          h('div', { class: 'field-error', 'data-error-for': 'channels.' + kind })),
        Object.keys(CHANNELS).map((channel) => h('td', {},
          h('input', { type: 'checkbox', name: 'ch', 'data-kind': kind, 'data-channel': channel, id: 'ch-' + kind + '-' + channel,
            'aria-label': (KINDS[kind] || kind) + ': ' + CHANNELS[channel], checked: prefs.channels[kind][channel] !== false }))))))),
    h('p', { class: 'muted hint' }, 'Thông báo trong ứng dụng luôn được ghi lại.'),
    h('h3', {}, h('label', { class: 'inline' }, quietOn, ' Giờ yên lặng')),
    h('p', { class: 'muted hint' }, 'Trong khoảng này thư và thông báo đẩy được giữ lại đến khi hết giờ; văn bản Thượng khẩn, Hỏa tốc vẫn gửi ngay.'),
    h('div', { class: 'row' }, field('quietHours.start', 'Từ', quietStart), field('quietHours.end', 'Đến', quietEnd)),
    h('div', { class: 'field-error', 'data-error-for': 'quietHours' }),
    h('h3', {}, h('label', { class: 'inline' }, digestOn, ' Thư tổng hợp hằng ngày')),
    h('p', { class: 'muted hint' }, 'Các thông báo ít khẩn (kỳ báo cáo mới, báo cáo được nộp hoặc chấp nhận) gộp vào một thư mỗi ngày.'),
    field('digest.at', 'Gửi lúc', digestAt),
    h('div', { class: 'form-problem' }),
    h('div', { class: 'toolbar' }, h('button', { type: 'submit', id: 'preferences-save' }, 'Lưu cài đặt')), saved);
  const sync = () => {
    quietStart.disabled = quietEnd.disabled = !quietOn.checked;
    digestAt.disabled = !digestOn.checked;
  };
  quietOn.addEventListener('change', sync);
  digestOn.addEventListener('change', sync);
  sync();
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(el);
    saved.textContent = '';
    const channels = {};
    el.querySelectorAll('input[name="ch"]').forEach((box) => {
      channels[box.dataset.kind] = { ...channels[box.dataset.kind], [box.dataset.channel]: box.checked };
    });
    const zone = (quiet && quiet.zone) || (digest && digest.zone) || 'Asia/Ho_Chi_Minh';
    try {
      await api('/api/notifications/preferences', { method: 'PUT', body: {
        channels,
        quietHours: quietOn.checked ? { start: quietStart.value, end: quietEnd.value, zone } : null,
        digest: digestOn.checked ? { at: digestAt.value, zone } : null,
      } });
      saved.textContent = 'Đã lưu cài đặt thông báo.';
    } catch (error) {
      showErrors(el, error);
    }
  });
  return el;
}
