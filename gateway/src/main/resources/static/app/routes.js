// The screens. Each entry: the address (as the gateway serves it, see WebAppPages.java), the
// menu label (none: not in the menu), who sees it in the menu, and the module that draws it.
// A screen for a new API is one more line here and one module in screens/.

const ADMINS = ['central-admin', 'province-admin', 'unit-admin'];

export const ROUTES = [
  { path: '/', redirect: '/van-ban-den' },
  { path: '/van-ban-den', nav: 'Văn bản đến', load: () => import('./screens/inbox.js') },
  { path: '/van-ban-di', nav: 'Văn bản đi', load: () => import('./screens/sent.js') },
  { path: '/soan-thao', nav: 'Soạn và ban hành', roles: ['issuer'], load: () => import('./screens/compose.js') },
  { path: '/bao-cao', nav: 'Báo cáo', load: () => import('./screens/reports.js') },
  { path: '/bao-cao/:id', load: () => import('./screens/report.js') },
  { path: '/tong-hop', nav: 'Tổng hợp', load: () => import('./screens/dashboard.js') },
  { path: '/quan-tri', nav: 'Quản trị', roles: ADMINS, load: () => import('./screens/admin.js') },
  { path: '/van-ban/:id', load: () => import('./screens/directive.js') },
  { path: '/thong-bao', load: () => import('./screens/notifications.js') },
  { path: '/cai-dat/thong-bao', load: () => import('./screens/settings.js') },
];

export function match(pathname) {
  for (const route of ROUTES) {
    const names = [];
    const pattern = new RegExp('^' + route.path.replace(/:(\w+)/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    }) + '/?$');
    const found = pathname.match(pattern);
    if (found) {
      const params = {};
      names.forEach((name, i) => { params[name] = decodeURIComponent(found[i + 1]); });
      return { route, params };
    }
  }
  return null;
}

export function visible(route, session) {
  return !route.roles || route.roles.some((role) => session.roles.includes(role));
}
