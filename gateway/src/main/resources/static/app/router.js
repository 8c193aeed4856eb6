// Client-side navigation between screens (History API); the gateway answers every screen's
// address with the same page, so reloading or opening a link from an e-mail works too.
import { match, ROUTES, visible } from './routes.js';
import { h, show, problemBox } from './dom.js';

let context;
let current;

export function start(ctx) {
  context = ctx;
  drawNav();
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !match(url.pathname)) return;
    event.preventDefault();
    go(url.pathname + url.search);
  });
  window.addEventListener('popstate', () => render());
  document.getElementById('menu-toggle').addEventListener('click', (event) => {
    const nav = document.getElementById('nav');
    const open = nav.classList.toggle('open');
    event.currentTarget.setAttribute('aria-expanded', String(open));
  });
  return render();
}

export function go(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  return render();
}

function drawNav() {
  const nav = document.getElementById('nav');
  nav.replaceChildren(...ROUTES.filter((r) => r.nav && visible(r, context.session))
    .map((r) => h('a', { href: r.path, 'data-path': r.path }, r.nav)));
}

async function render() {
  const found = match(location.pathname);
  document.getElementById('nav').classList.remove('open');
  if (found && found.route.redirect) return go(found.route.redirect, { replace: true });
  for (const link of document.querySelectorAll('#nav a')) {
    const active = found && location.pathname.startsWith(link.dataset.path);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (current && current.leave) current.leave();
  current = null;
  if (!found) {
    show(h('h1', {}, 'Không tìm thấy trang'), h('p', {}, 'Địa chỉ này không có trong chidao.'));
    return;
  }
  try {
    const screen = await found.route.load();
    current = screen;
    document.title = (found.route.nav || screen.title || 'chidao') + ' — chidao';
    await screen.render(found.params, context);
  } catch (error) {
    show(h('h1', {}, 'Không mở được màn hình'), problemBox(error));
  }
}
