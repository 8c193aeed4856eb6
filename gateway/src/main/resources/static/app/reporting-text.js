// Vietnamese labels of reporting (states, rhythms, indicator types) and the key of the period
// running today, as reporting-service names it (README "Periods and due dates").

export const STATES = {
  PENDING: 'Chưa lập', DRAFT: 'Bản nháp', SUBMITTED: 'Đã gửi, chờ duyệt', RETURNED: 'Bị trả lại',
  ACCEPTED: 'Đã chấp nhận', CLOSED: 'Đã đóng',
};

export const FREQUENCIES = {
  MONTHLY: 'Hằng tháng', QUARTERLY: 'Hằng quý', SIX_MONTH: '6 tháng', NINE_MONTH: '9 tháng',
  ANNUAL: 'Hằng năm', ONE_OFF: 'Một lần',
};

const DAY = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** "2026-12-15" → "15/12/2026" (a calendar day, no time zone shift). */
export function day(isoDate) {
  return isoDate ? DAY.format(new Date(isoDate + 'T00:00:00Z')) : '';
}

/** Today in Vietnam time as [year, month 1–12, day]. */
function vietnamToday(now = new Date()) {
  const vn = new Date(now.getTime() + 7 * 3600 * 1000);
  return [vn.getUTCFullYear(), vn.getUTCMonth() + 1, vn.getUTCDate()];
}

/**
 * The key of the period today belongs to: the first period whose cut-off (day `cutoffDay` of the
 * month, 0 = month end, clamped in short months) is on or after today.
 */
export function currentPeriodKey(requirement, now) {
  if (!requirement || requirement.frequency === 'ONE_OFF') return 'ONCE';
  const [year, month, dayOfMonth] = vietnamToday(now);
  const cutoff = requirement.cutoffDay == null ? 14 : requirement.cutoffDay;
  const monthLength = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cut = cutoff === 0 ? monthLength : Math.min(cutoff, monthLength);
  // The month whose cut-off closes the period today is in (13 = January of next year).
  let m = dayOfMonth <= cut ? month : month + 1;
  let y = year;
  if (m === 13) { m = 1; y += 1; }
  switch (requirement.frequency) {
    case 'MONTHLY': return y + '-M' + String(m).padStart(2, '0');
    case 'QUARTERLY': return y + '-Q' + Math.ceil(m / 3);
    case 'SIX_MONTH': return (m <= 6 ? y : y + 1) + '-H1';
    case 'NINE_MONTH': return (m <= 9 ? y : y + 1) + '-9M';
    default: return y + '-Y';
  }
}

/** A number as Vietnamese write it: 1.234,5 */
export function number(value) {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(Number(value));
}

export function percent(part, whole) {
  return whole > 0 ? Math.round((100 * part) / whole) : 0;
}
