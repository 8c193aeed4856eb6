// Cài đặt thông báo: Web Push on this device. The browser subscribes at its push service with the
// server's VAPID key; the subscription (endpoint + keys) goes to notification-service, which then
// sends encrypted pushes there. Channels per kind, quiet hours and the digest: preferences.js.
import { api } from '../api.js';
import { h, show, problemBox } from '../dom.js';
import { drawPreferences } from './preferences.js';

export const title = 'Cài đặt thông báo';

export async function render() {
  const status = h('p', { id: 'push-status', 'aria-live': 'polite' }, 'Đang kiểm tra…');
  const enable = h('button', { type: 'button', id: 'push-enable', onclick: () => turnOn(status, enable, disable) }, 'Bật thông báo đẩy trên thiết bị này');
  const disable = h('button', { type: 'button', class: 'secondary', id: 'push-disable', hidden: true, onclick: () => turnOff(status, enable, disable) }, 'Tắt trên thiết bị này');
  show(h('h1', {}, 'Cài đặt thông báo'),
    h('section', { class: 'card' },
      h('h2', {}, 'Thông báo đẩy'),
      h('p', {}, 'Nhận thông báo ngay khi có văn bản mới, kể cả khi không mở chidao.'),
      status, h('div', { class: 'toolbar' }, enable, disable)));
  drawPreferences();
  if (!supported()) {
    status.textContent = 'Trình duyệt này không hỗ trợ thông báo đẩy.';
    enable.disabled = true;
    return;
  }
  const registration = await navigator.serviceWorker.ready;
  const current = await registration.pushManager.getSubscription();
  setState(status, enable, disable, current);
}

function supported() {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function setState(status, enable, disable, subscription) {
  status.textContent = subscription ? 'Đã bật thông báo đẩy trên thiết bị này.' : 'Chưa bật thông báo đẩy trên thiết bị này.';
  enable.hidden = Boolean(subscription);
  disable.hidden = !subscription;
}

async function turnOn(status, enable, disable) {
  enable.disabled = true;
  try {
    if (await Notification.requestPermission() !== 'granted') {
      status.textContent = 'Trình duyệt chưa cho phép chidao hiển thị thông báo; hãy cho phép trong cài đặt của trình duyệt.';
      return;
    }
    const registration = await navigator.serviceWorker.ready;
    const { publicKey } = await api('/api/notifications/push/vapid-public-key');
    let subscription;
    try {
      subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes(publicKey) });
    } catch (refused) {
      status.textContent = 'Dịch vụ đẩy của trình duyệt không cấp được đăng ký (' + refused.message + ').';
      return;
    }
    await api('/api/notifications/push/subscriptions', { method: 'POST', body: subscription.toJSON() });
    setState(status, enable, disable, subscription);
  } catch (error) {
    status.replaceChildren(problemBox(error));
  } finally {
    enable.disabled = false;
  }
}

async function turnOff(status, enable, disable) {
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.getSubscription();
  if (subscription) {
    await api('/api/notifications/push/subscriptions?endpoint=' + encodeURIComponent(subscription.endpoint), { method: 'DELETE' }).catch(() => {});
    await subscription.unsubscribe();
  }
  setState(status, enable, disable, null);
}

/** base64url → bytes, as PushManager wants the key. */
function bytes(base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((base64url.length + 3) % 4);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
