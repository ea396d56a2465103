/** Vietnamese month words a reader knows: "tháng Năm" is May, "tháng Giêng" January, "tháng Chạp" December. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  giêng: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
  chạp: 12,
};

/** A weekday as the papers print it: "thứ Hai", "thứ 2", "Chủ nhật" (a regex source, no groups). */
export const WEEKDAY_SOURCE = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)`;
