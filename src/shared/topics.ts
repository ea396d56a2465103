/**
 * The topic taxonomy: the areas of cooperation the 2023 Vietnam–US Joint Statement lists.
 * The pipeline attaches these ids to events; the app shows the labels.
 */
import type { Topic } from './schema';

export const TOPICS = [
  { id: 'politics', label: 'Chính trị – ngoại giao', labelEn: 'Politics and diplomacy' },
  { id: 'economy', label: 'Kinh tế – thương mại – đầu tư', labelEn: 'Economy, trade and investment' },
  { id: 'technology', label: 'Khoa học – công nghệ – bán dẫn', labelEn: 'Science, technology and semiconductors' },
  { id: 'education', label: 'Giáo dục – đào tạo', labelEn: 'Education and training' },
  { id: 'climate-health', label: 'Khí hậu – năng lượng – môi trường – y tế', labelEn: 'Climate, energy, environment and health' },
  { id: 'war-legacy', label: 'Khắc phục hậu quả chiến tranh', labelEn: 'War legacy' },
  { id: 'culture', label: 'Văn hóa – giao lưu nhân dân – du lịch', labelEn: 'Culture, people-to-people ties and tourism' },
  { id: 'defense', label: 'Quốc phòng – an ninh', labelEn: 'Defence and security' },
  { id: 'human-rights', label: 'Nhân quyền', labelEn: 'Human rights' },
  { id: 'regional', label: 'Vấn đề khu vực và toàn cầu', labelEn: 'Regional and global issues' },
] as const satisfies readonly Topic[];

export type TopicId = (typeof TOPICS)[number]['id'];
