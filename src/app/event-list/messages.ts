/** UI strings of the event list, Vietnamese first. */
export const LIST_MESSAGES = {
  vi: {
    label: 'Danh sách sự kiện theo thời gian',
    empty: 'Không có sự kiện nào khớp với bộ lọc.',
    showMore: (n: number) => `Hiện thêm ${n} sự kiện`,
    showing: (shown: number, total: number) => `Đang hiện ${shown} trong ${total} sự kiện`,
    year: (year: string) => `Năm ${year}`,
  },
  en: {
    label: 'Chronological list of events',
    empty: 'No event matches the filters.',
    showMore: (n: number) => `Show ${n} more events`,
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} events`,
    year: (year: string) => year,
  },
} as const;
