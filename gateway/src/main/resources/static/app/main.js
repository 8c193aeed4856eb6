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

// The service worker's cache of directives opened on this device (sw.js DOCS).
const OPENED_DOCUMENTS = 'chidao-docs';

document.getElementById('logout').addEventListener('submit', (event) => {
  // What this person opened must not stay readable on a shared device: the page drops it itself
  // (it may not be under the service worker's control yet), then signs out.
  event.preventDefault();
  const form = event.currentTarget;
  form.elements._csrf.value = csrfToken();
  localStorage.removeItem(SESSION_KEY);
  localStorage.removeItem('chidao.draft');
  const forget = 'caches' in window ? caches.delete(OPENED_DOCUMENTS) : Promise.resolve();
  forget.catch(() => {}).finally(() => form.submit());
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
