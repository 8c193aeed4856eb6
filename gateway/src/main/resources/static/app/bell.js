// The bell: the unread count, live. notification-service's stream sends "unread" on connect and
// whenever the count changes, and "notification" for each new alert; EventSource reconnects by
// itself. If the stream fails because the session ended, the app offers a new sign-in.
import { api } from './api.js';

const listeners = new Set();
let source;

/** Called with each new notification while a screen wants them (the inbox). */
export function onNotification(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setCount(count) {
  const el = document.getElementById('bell-count');
  el.textContent = count > 99 ? '99+' : String(count);
  el.dataset.count = String(count);
  document.querySelector('.bell').setAttribute('aria-label', count + ' thông báo chưa đọc');
}

export function connect() {
  if (source) source.close();
  source = new EventSource('/api/notifications/stream');
  source.addEventListener('unread', (event) => {
    setCount(JSON.parse(event.data).unread);
    document.getElementById('bell-count').dataset.live = 'true';
  });
  source.addEventListener('notification', (event) => {
    const item = JSON.parse(event.data);
    listeners.forEach((listener) => listener(item));
  });
  source.addEventListener('error', () => {
    // Closed by the server or the network. Ask once whether the session is still there; a 401
    // triggers the sign-in banner through api.js, otherwise EventSource keeps retrying.
    if (source.readyState === EventSource.CLOSED) api('/api/session').then(connect, () => {});
  });
}

// Leaving the page closes the stream at once instead of whenever the browser gets to it: Chromium
// keeps six connections per host, and an old page's open stream (with its pending requests) has
// been seen holding the next page's script requests back until they timed out. A page restored
// from the back/forward cache opens it again.
addEventListener('pagehide', () => {
  if (source) source.close();
});
addEventListener('pageshow', (event) => {
  if (event.persisted && source && navigator.onLine) connect();
});
