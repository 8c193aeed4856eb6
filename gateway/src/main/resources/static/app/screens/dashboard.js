import { pending } from './pending.js';

const screen = pending('Tổng hợp',
  'Mức độ đầy đủ và đúng hạn của báo cáo trong các đơn vị cấp dưới theo từng kỳ, chỉ tiêu so với mục tiêu, và xuất dữ liệu.');
export const { title, render } = screen;
