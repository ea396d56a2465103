/** The legend: what the colours and the lanes of the timeline mean. */
import type { EventKind } from '../../shared/schema';
import { KIND_LABELS, type UiLang } from '../i18n/messages';
import { LANE_LABELS, LANES } from '../timeline/lanes';

// Kinds share a colour by family: a reader tells six colours apart, not eleven.
const FAMILIES: readonly { kinds: EventKind[]; swatch: string }[] = [
  { kinds: ['milestone'], swatch: 'event-milestone' },
  { kinds: ['visit'], swatch: 'event-visit' },
  { kinds: ['talks', 'meeting', 'dialogue'], swatch: 'event-talks' },
  { kinds: ['call', 'letter', 'statement'], swatch: 'event-call' },
  { kinds: ['signing', 'ceremony'], swatch: 'event-signing' },
  { kinds: ['other'], swatch: 'event-other' },
];

const TEXT = {
  vi: {
    heading: 'Chú giải',
    colours: 'Màu theo loại sự kiện',
    lanes: 'Các hàng, từ trên xuống',
    lanesRule:
      '“Cấp cao”: sự kiện có người đứng đầu nhà nước, chính phủ, Đảng hoặc Quốc hội tham dự (Tổng Bí thư, Chủ tịch nước, Thủ tướng, Chủ tịch Quốc hội, Tổng thống…), dù là chuyến thăm, điện đàm hay tuyên bố; các sự kiện khác xếp theo loại. Hàng không có sự kiện nào theo bộ lọc hiện tại được ẩn.',
    imprecise: 'Viền đứt: chỉ biết tháng hoặc năm',
    cluster: 'Thanh “N sự kiện”: nhiều sự kiện gộp lại khi thu nhỏ — nhấn để phóng to',
  },
  en: {
    heading: 'Legend',
    colours: 'Colours by kind of event',
    lanes: 'Lanes, top to bottom',
    lanesRule:
      '“Leaders”: every event attended by a head of state, government, party or parliament (General Secretary, President, Prime Minister, Chairman of the National Assembly), whether a visit, a call or a statement; other events go by kind. Lanes with no event under the current filters are hidden.',
    imprecise: 'Dashed border: only the month or year is known',
    cluster: 'An “N events” bar: events grouped when zoomed out — click to zoom in',
  },
};

/** A compact legend under the timeline. */
export function Legend({ lang }: { lang: UiLang }) {
  const t = TEXT[lang];
  return (
    <section
      data-testid="legend"
      aria-labelledby="legend-heading"
      className="mt-3 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="legend-heading" className="sr-only">
        {t.heading}
      </h2>
      <p className="mb-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {t.colours}
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1.5">
        {FAMILIES.map((family) => (
          <li
            key={family.swatch}
            className="flex items-center gap-1.5 text-slate-800 dark:text-slate-100"
          >
            <span aria-hidden="true" className={`legend-swatch ${family.swatch}`} />
            {family.kinds
              .map((kind, i) =>
                i === 0 ? KIND_LABELS[lang][kind] : KIND_LABELS[lang][kind].toLocaleLowerCase(lang),
              )
              .join(', ')}
          </li>
        ))}
      </ul>
      <p className="mt-2.5 mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {t.lanes}
      </p>
      <ol className="flex flex-wrap gap-x-2 gap-y-1 text-slate-800 dark:text-slate-100">
        {LANES.map((lane, i) => (
          <li key={lane}>
            {i > 0 ? (
              <span aria-hidden="true" className="mr-2 text-slate-400">
                ›
              </span>
            ) : null}
            {LANE_LABELS[lang][lane]}
          </li>
        ))}
      </ol>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{t.lanesRule}</p>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">
        {t.imprecise} · {t.cluster}
      </p>
    </section>
  );
}
