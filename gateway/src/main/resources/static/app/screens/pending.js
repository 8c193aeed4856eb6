// A screen whose API is still being built: says what it will show, so the menu is complete and
// the screen slots in when the API lands (replace the module named in routes.js).
import { h, show } from '../dom.js';

export function pending(heading, what) {
  return {
    title: heading,
    render() {
      show(h('h1', {}, heading), h('div', { class: 'card' }, h('p', {}, what),
        h('p', { class: 'muted' }, 'Màn hình này sẽ hoạt động khi dịch vụ tương ứng sẵn sàng.')));
    },
  };
}
