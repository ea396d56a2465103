/** Shared UI strings of the app shell: kind labels, country names, header, footer, states. */
import type { EventKind } from '../../shared/schema';

export type UiLang = 'vi' | 'en';

export const KIND_LABELS: Record<UiLang, Record<EventKind, string>> = {
  vi: {
    visit: 'Chuyến thăm',
    meeting: 'Hội kiến',
    talks: 'Hội đàm',
    call: 'Điện đàm',
    dialogue: 'Đối thoại',
    signing: 'Ký kết',
    ceremony: 'Buổi lễ',
    statement: 'Tuyên bố',
    letter: 'Thư',
    milestone: 'Mốc quan hệ',
    other: 'Sự kiện khác',
  },
  en: {
    visit: 'Visit',
    meeting: 'Meeting',
    talks: 'Talks',
    call: 'Phone call',
    dialogue: 'Dialogue',
    signing: 'Signing',
    ceremony: 'Ceremony',
    statement: 'Statement',
    letter: 'Letter',
    milestone: 'Milestone',
    other: 'Other event',
  },
};

const COUNTRY_NAMES: Record<UiLang, Record<string, string>> = {
  vi: {
    VN: 'Việt Nam',
    US: 'Hoa Kỳ',
    CN: 'Trung Quốc',
    JP: 'Nhật Bản',
    KR: 'Hàn Quốc',
    IN: 'Ấn Độ',
    FR: 'Pháp',
    RU: 'Nga',
    LA: 'Lào',
    KH: 'Campuchia',
    PH: 'Philippines',
    AU: 'Australia',
    GB: 'Anh',
    DE: 'Đức',
    SG: 'Singapore',
    TH: 'Thái Lan',
    ID: 'Indonesia',
    MY: 'Malaysia',
  },
  en: {
    VN: 'Vietnam',
    US: 'United States',
    CN: 'China',
    JP: 'Japan',
    KR: 'South Korea',
    IN: 'India',
    FR: 'France',
    RU: 'Russia',
    LA: 'Laos',
    KH: 'Cambodia',
    PH: 'Philippines',
    AU: 'Australia',
    GB: 'United Kingdom',
    DE: 'Germany',
    SG: 'Singapore',
    TH: 'Thailand',
    ID: 'Indonesia',
    MY: 'Malaysia',
  },
};

/** A country's name in the UI language; falls back to the browser's Intl names, then the code. */
export function countryName(code: string, lang: UiLang): string {
  const known = COUNTRY_NAMES[lang][code];
  if (known) return known;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const SHELL_MESSAGES = {
  vi: {
    appTitle: 'Dòng thời gian quan hệ Việt Nam – Hoa Kỳ',
    appTagline: 'Các sự kiện ngoại giao từ năm 1995, dựng lại từ các bài báo tiếng Việt',
    stats: (events: number, articles: number, range: string) =>
      `${events} sự kiện · ${articles} nguồn bài báo${range ? ` · ${range}` : ''}`,
    langSwitch: 'Switch to English',
    langSwitchShort: 'EN',
    loading: 'Đang tải dữ liệu dòng thời gian…',
    errorTitle: 'Không tải được dữ liệu',
    errorBody: 'Tệp dữ liệu dòng thời gian không tải được hoặc không hợp lệ.',
    retry: 'Thử lại',
    footerData:
      'Dữ liệu được trích tự động từ các bài báo tiếng Việt; mỗi sự kiện dẫn về bài báo nguồn. Hãy kiểm tra lại với bài gốc trước khi trích dẫn.',
    footerSources: 'Nguồn bài báo',
    showTimeline: 'Xem dòng thời gian',
    showList: 'Xem danh sách',
    viewToggle: 'Chế độ xem',
    filtersHeading: 'Bộ lọc',
    timelineHeading: 'Dòng thời gian',
    listHeading: 'Danh sách sự kiện',
    filtersUnavailable: 'Bộ lọc đang được chuẩn bị…',
    noEvents: 'Không có sự kiện nào khớp với bộ lọc.',
    skipToContent: 'Chuyển đến nội dung chính',
  },
  en: {
    appTitle: 'Vietnam – United States relations timeline',
    appTagline: 'Diplomatic events since 1995, rebuilt from Vietnamese news articles',
    stats: (events: number, articles: number, range: string) =>
      `${events} events · ${articles} source articles${range ? ` · ${range}` : ''}`,
    langSwitch: 'Chuyển sang tiếng Việt',
    langSwitchShort: 'VI',
    loading: 'Loading the timeline data…',
    errorTitle: 'The data could not be loaded',
    errorBody: 'The timeline data file could not be fetched or is not valid.',
    retry: 'Try again',
    footerData:
      'The data is extracted automatically from Vietnamese news articles; every event links to its source articles. Check the originals before quoting.',
    footerSources: 'Source articles',
    showTimeline: 'Show timeline',
    showList: 'Show list',
    viewToggle: 'View',
    filtersHeading: 'Filters',
    timelineHeading: 'Timeline',
    listHeading: 'Event list',
    filtersUnavailable: 'Filters are loading…',
    noEvents: 'No event matches the filters.',
    skipToContent: 'Skip to main content',
  },
} as const;
