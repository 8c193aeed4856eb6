// Vietnamese labels and formatting shared by the screens.

export const DOC_TYPES = {
  NQ: 'Nghị quyết', KL: 'Kết luận', CT: 'Chỉ thị', TT: 'Thông tri', KH: 'Kế hoạch',
  CTr: 'Chương trình', CV: 'Công văn', HD: 'Hướng dẫn', QC: 'Quy chế', 'QĐ': 'Quyết định',
  'QĐi': 'Quy định', TB: 'Thông báo', BC: 'Báo cáo',
};

export const URGENCY = { NORMAL: 'Thường', KHAN: 'Khẩn', THUONG_KHAN: 'Thượng khẩn', HOA_TOC: 'Hỏa tốc' };
export const SECRECY = { NONE: 'Thường', MAT: 'Mật', TOI_MAT: 'Tối mật', TUYET_MAT: 'Tuyệt mật' };

export function isUrgent(urgency) {
  return urgency && urgency !== 'NORMAL';
}

/** "dân vận" → "dan van": the same folding the server's search uses. */
export function fold(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
}

const DATE = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

export function when(iso) {
  return iso ? DATE.format(new Date(iso)) : '';
}
