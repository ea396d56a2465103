/**
 * Vietnamese surnames: general knowledge shared by person finding (people.ts) and country finding
 * ("Đức" in "Nguyễn Minh Đức" is a given name, not Germany).
 */

/**
 * Common Vietnamese surnames, the family names of the Central Highlands' and the northern
 * mountains' peoples among them ("Êban Y Phu", "Ksor Phước Hà", "Giàng A Lử"): a capitalised run
 * starting with one is a Vietnamese name.
 */
export const VIETNAMESE_SURNAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Vương Tô Trương Đinh Đoàn Lâm Mai Trịnh Lưu Hà Cao Lương Thái Tạ Quách Kiều Châu Đào Văn Doãn Chu Triệu Tăng Lại Giang Khúc Mạc Thân Tôn Từ Lục Nghiêm La Hứa Âu Diệp Phùng Vi Ninh Tống Kim Hầu Khổng Đàm Đồng Mạc Êban Ksor Niê Siu Kpă Rơ Rah Mlô Byă Giàng Sùng Thào Lò Cầm Lường Quàng'.split(
    ' ',
  ),
);
