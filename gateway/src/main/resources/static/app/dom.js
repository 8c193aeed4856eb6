// Building DOM without innerHTML: every text from the server goes through textContent, so a
// directive's subject or body can never inject markup (and the CSP forbids inline scripts anyway).

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the contents of the main view and moves focus there (screen readers, keyboard). */
export function show(...children) {
  const view = document.getElementById('view');
  view.replaceChildren();
  append(view, children);
  view.focus({ preventScroll: true });
  return view;
}

export function banner(message, kind = 'info') {
  const el = document.getElementById('banner');
  el.replaceChildren();
  if (!message) {
    el.hidden = true;
    return;
  }
  el.className = 'banner' + (kind === 'error' ? ' error' : '');
  append(el, [message]);
  el.hidden = false;
}

/** A problem from the server, shown with its request id so the user can quote it. */
export function problemBox(error) {
  return h('div', { class: 'error-box', role: 'alert' },
    h('strong', {}, error.title || 'Có lỗi xảy ra'), ' ', error.message || '',
    error.requestId ? h('div', { class: 'muted' }, 'Mã yêu cầu: ', h('code', {}, error.requestId)) : null);
}
