import { pending } from './pending.js';

const screen = pending('Báo cáo',
  'Các kỳ báo cáo của đơn vị với hạn nộp, biểu mẫu báo cáo (các phần và chỉ tiêu), bản nháp, và báo cáo bị trả lại kèm ý kiến người duyệt.');
export const { title, render } = screen;
