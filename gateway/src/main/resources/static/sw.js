// chidao's service worker: the app's shell from cache (fast repeat visits on slow links, and the
// app opens offline), directives once opened readable offline, and Web Push notifications.
const VERSION = 'v1';
const SHELL = 'chidao-shell-' + VERSION;
const DOCS = 'chidao-docs';
const SHELL_FILES = [
  '/index.html', '/css/app.css', '/img/icon.svg', '/manifest.webmanifest',
  '/app/main.js', '/app/api.js', '/app/dom.js', '/app/router.js', '/app/routes.js', '/app/bell.js',
  '/app/text.js', '/app/official.js', '/app/screens/inbox.js', '/app/screens/directive.js',
  '/app/screens/compose.js', '/app/screens/settings.js', '/app/screens/notifications.js',
  '/app/screens/pending.js', '/app/screens/sent.js', '/app/screens/reports.js',
  '/app/screens/dashboard.js', '/app/screens/admin.js',
  '/app/forms.js', '/app/progress.js', '/app/units.js', '/app/screens/directive-more.js',
  '/app/screens/preferences.js', '/app/admin/changes.js', '/app/admin/people.js', '/app/admin/import.js',
  '/app/screens/report.js', '/app/report-drafts.js', '/app/reporting-text.js', '/app/receipt.js',
  '/app/report-attachments.js', '/app/compose-requirement.js', '/app/compose-branches.js',
  '/app/directive-attachments.js', '/app/compose-attachments.js',
];
// Answers kept for offline reading: a directive and the names of the units it was sent to.
const READABLE_OFFLINE = [/^\/api\/directives\/[^/?]+$/, /^\/api\/org\/units\/[^/?]+$/,
  // …and a report form once opened, so a draft can be typed without a connection.
  /^\/api\/reports\/obligations\/[^/?]+$/];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('chidao-shell-') && n !== SHELL).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  // Signing out: what this person opened must not stay readable on a shared device.
  if (event.data === 'signed-out') event.waitUntil(caches.delete(DOCS));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('/index.html')));
  } else if (/^\/(app|css|img)\/|^\/manifest\.webmanifest$/.test(url.pathname)) {
    event.respondWith(staleWhileRevalidate(request));
  } else if (READABLE_OFFLINE.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(networkFirst(request));
  }
});

async function staleWhileRevalidate(request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  const fresh = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (cached) {
    fresh.catch(() => {});
    return cached;
  }
  return fresh;
}

async function networkFirst(request) {
  const cache = await caches.open(DOCS);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw offline;
  }
}

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (notJson) {
    data = { title: 'chidao', body: event.data ? event.data.text() : '' };
  }
  const url = data.directiveId ? '/van-ban/' + encodeURIComponent(data.directiveId) : '/van-ban-den';
  event.waitUntil(self.registration.showNotification(data.title || 'chidao', {
    body: data.body || '', icon: '/img/icon.svg', tag: data.directiveId || undefined, lang: 'vi', data: { url },
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/van-ban-den';
  event.waitUntil(self.clients.matchAll({ type: 'window' }).then((windows) => {
    const open = windows.find((w) => new URL(w.url).origin === location.origin);
    return open ? open.navigate(url).then((w) => w && w.focus()) : self.clients.openWindow(url);
  }));
});
