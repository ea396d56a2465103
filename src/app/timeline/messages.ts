/** UI strings of the timeline feature. */
export const TIMELINE_MESSAGES = {
  vi: {
    region: 'Dòng thời gian các sự kiện',
    help: 'Kéo để di chuyển, cuộn hoặc chụm để phóng to. Bàn phím: mũi tên chuyển sự kiện, Enter mở, Esc đóng, + / − phóng to, thu nhỏ.',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    fitAll: 'Xem toàn bộ',
    goLatest: 'Đến sự kiện mới nhất',
    loading: 'Đang tải dòng thời gian…',
    cursor: (title: string, date: string, index: number, total: number) =>
      `${title}, ${date} (${index}/${total}). Nhấn Enter để mở.`,
    empty: 'Không có sự kiện nào khớp với bộ lọc.',
  },
  en: {
    region: 'Timeline of events',
    help: 'Drag to pan, scroll or pinch to zoom. Keyboard: arrows move between events, Enter opens, Esc closes, + / − zoom.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Fit all events',
    goLatest: 'Go to the latest event',
    loading: 'Loading the timeline…',
    cursor: (title: string, date: string, index: number, total: number) =>
      `${title}, ${date} (${index} of ${total}). Press Enter to open.`,
    empty: 'No event matches the filters.',
  },
} as const;
