/** A small real-looking dataset for the filter and list tests, validated by the real schema. */
import { datasetSchema, type Dataset, type TimelineEvent } from '../../shared/schema';
import { TOPICS } from '../../shared/topics';

type EventInput = Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'title' | 'kind' | 'start'>;

function event(input: EventInput): TimelineEvent {
  return { countries: ['VN', 'US'], participants: [], topics: [], summary: '', sources: [{ articleId: 'a1' }], ...input };
}

/** Six events, 1995–2024, with accents in both tone placements ("Hòa", "Hoà") and mixed facets. */
export function makeTestDataset(): Dataset {
  return datasetSchema.parse({
    version: 1,
    articles: [
      { id: 'a1', file: 'a1.txt', title: 'Hai nước đánh dấu cột mốc lịch sử', format: 'plain', text: '…' },
      { id: 'a2', file: 'a2.txt', title: 'Đối thoại Chính trị, An ninh và Quốc phòng', format: 'plain', text: '…' },
    ],
    topics: TOPICS,
    events: [
      // Listed out of order on purpose: the index sorts chronologically.
      event({
        id: '2024-03-25-doi-thoai-chinh-tri-an-ninh-quoc-phong',
        title: 'Đối thoại Chính trị, An ninh và Quốc phòng lần thứ 13',
        kind: 'dialogue',
        start: '2024-03-25',
        location: 'Hà Nội',
        participants: [
          { name: 'Đỗ Hùng Việt', title: 'Thứ trưởng Ngoại giao', country: 'VN' },
          { name: 'Mallory Stewart', title: 'Trợ lý Ngoại trưởng', country: 'US' },
        ],
        topics: ['defense', 'politics'],
        summary: 'Hai bên thảo luận hợp tác quốc phòng và an ninh.',
        sources: [{ articleId: 'a2' }],
      }),
      event({
        id: '1995-07-11-binh-thuong-hoa-quan-he',
        title: 'Việt Nam và Hoa Kỳ bình thường hóa quan hệ',
        kind: 'milestone',
        start: '1995-07-11',
        topics: ['politics'],
        summary: 'Tổng thống Bill Clinton tuyên bố bình thường hoá quan hệ.',
        participants: [{ name: 'Bill Clinton', title: 'Tổng thống', country: 'US' }],
      }),
      event({
        id: '2023-09-10-tham-cua-tong-thong-biden',
        title: 'Tổng thống Joe Biden thăm cấp Nhà nước Việt Nam',
        kind: 'visit',
        start: '2023-09-10',
        end: '2023-09-11',
        location: 'Hà Nội',
        participants: [
          { name: 'Joe Biden', title: 'Tổng thống', country: 'US' },
          { name: 'Nguyễn Phú Trọng', title: 'Tổng Bí thư', country: 'VN' },
        ],
        topics: ['politics', 'economy', 'technology'],
        summary: 'Hai nước nâng quan hệ lên Đối tác Chiến lược Toàn diện vì hòa bình, hợp tác và phát triển bền vững.',
      }),
      event({
        id: '2023-04-15-blinken-tham-viet-nam',
        title: 'Ngoại trưởng Antony Blinken thăm Việt Nam',
        kind: 'visit',
        start: '2023-04-15',
        location: 'Hà Nội',
        participants: [
          { name: 'Antony Blinken', title: 'Ngoại trưởng', country: 'US' },
          { name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao', country: 'VN' },
        ],
        topics: ['politics'],
        summary: 'Hai bên nhất trí thúc đẩy quan hệ vì hoà bình ở khu vực.',
      }),
      event({
        id: '2023-06-dien-dam-son-blinken',
        title: 'Điện đàm giữa Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Blinken',
        kind: 'call',
        start: '2023-06',
        participants: [
          { name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao', country: 'VN' },
          { name: 'Antony Blinken', title: 'Ngoại trưởng', country: 'US' },
        ],
        topics: ['regional'],
        summary: 'Trao đổi về tình hình Biển Đông.',
      }),
      event({
        id: '2018-asean-trung-quoc',
        title: 'Hội nghị với Trung Quốc bàn về Biển Đông',
        kind: 'meeting',
        start: '2018',
        countries: ['VN', 'CN'],
        participants: [{ name: 'Vương Nghị', title: 'Ngoại trưởng', country: 'CN' }],
        topics: ['regional'],
        summary: 'Các bên bàn về Bộ quy tắc ứng xử.',
      }),
    ],
  });
}
