import { pending } from './pending.js';

const screen = pending('Văn bản đi',
  'Các văn bản đơn vị đã ban hành, với tiến độ tiếp nhận của từng văn bản (đã nhận / đã đọc / đã xác nhận) và danh sách đơn vị chưa đọc.');
export const { title, render } = screen;
