// Starts the app: who is signed in, the menu, the live bell, the screens, the service worker.
import { api, onSessionEnded, csrfToken } from './api.js';
import { h, banner, show, problemBox } from './dom.js';
import { start } from './router.js';
import { connect } from './bell.js';
import { startDraftSync } from './report-drafts.js';

const SESSION_KEY = 'chidao.session';

onSessionEnded(() => {
  banner(h('span', {}, 'Phiên đăng nhập đã hết hạn. ',
    h('button', { type: 'button', class: 'link', id: 'relogin', onclick: () => location.reload() }, 'Đăng nhập lại')), 'error');
});

document.getElementById('logout').addEventListener('submit', (event) => {
  event.currentTarget.elements._csrf.value = csrfToken();
  localStorage.removeItem(SESSION_KEY);
  localStorage.removeItem('chidao.draft');
  // The service worker forgets the directives opened on this device.
  if (navigator.serviceWorker && navigator.serviceWorker.controller) {
    navigator.serviceWorker.controller.postMessage('signed-out');
  }
});

async function session() {
  try {
    const who = await api('/api/session');
    localStorage.setItem(SESSION_KEY, JSON.stringify(who));
    return who;
  } catch (error) {
    const cached = error.status === 0 && localStorage.getItem(SESSION_KEY);
    if (cached) {
      banner('Đang ngoại tuyến: chỉ xem được các văn bản đã mở trước đây.');
      return JSON.parse(cached);
    }
    throw error;
  }
}

async function boot() {
  let who;
  try {
    who = await session();
  } catch (error) {
    show(h('h1', {}, 'Chưa đăng nhập'), problemBox(error),
      h('p', {}, h('a', { class: 'button', href: '/oauth2/authorization/keycloak' }, 'Đăng nhập')));
    return;
  }
  document.getElementById('who').textContent = who.displayName + ' (' + who.username + ')';
  if (navigator.onLine) connect();
  startDraftSync(who.username);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(() => {});
  }
  await start({ session: who });
}

boot();
