import { describe, expect, it } from 'vitest';
import { capitalOf, findPlaces, findVenues } from './places';

describe('places', () => {
  it('puts an act done "from" a city, told as an aside, in that city when nothing else places it', () => {
    const cities = (text: string) => findVenues(text).map((p) => p.city);
    expect(
      cities(
        'Hôm qua, từ TP Hồ Chí Minh, Tổng lãnh sự Hoa Kỳ gửi lời chúc tới người dân thành phố.',
      ),
    ).toEqual(['Thành phố Hồ Chí Minh']);
    // A journey's start is no venue: "từ" without an aside, or beside the place it goes to.
    expect(cities('Đoàn đã bay từ Hà Nội sang Tokyo.')).toEqual([]);
    expect(cities('Sáng 3/4, từ Hà Nội, đoàn lên đường tới Đà Nẵng.')).toEqual(['Đà Nẵng']);
  });

  it("does not put an act where a person named after the preposition works, nor at an envoy's post", () => {
    expect(
      findVenues(
        'bà Brown đã trình Thư ủy nhiệm tới ông Doãn Hoàng Minh, Cục trưởng Cục lãnh sự, Bộ Ngoại giao Việt Nam.',
      ),
    ).toEqual([]);
    expect(
      findVenues('Phái đoàn Tổng Lãnh Sự Hoa Kỳ tại Sài Gòn đã đến thăm nghĩa trang Biên Hòa.').map(
        (p) => p.city,
      ),
    ).toEqual(['Biên Hòa']);
    // The names without diacritics the overseas press writes; "Little Saigon" stays in California.
    expect(findVenues('Cuộc họp diễn ra tại Saigon chiều qua.').map((p) => p.city)).toEqual([
      'Thành phố Hồ Chí Minh',
    ]);
    expect(findVenues('Ông phát biểu tại Hanoi hôm thứ Ba.').map((p) => p.city)).toEqual([
      'Hà Nội',
    ]);
    expect(findVenues('Hội chợ Tết mở tại Little Saigon.').map((p) => p.city)).toEqual([
      'Orange County',
    ]);
    expect(
      findVenues('Lễ kỷ niệm được tổ chức tại Đại sứ quán Hoa Kỳ tại Hà Nội.').map((p) => p.city),
    ).toEqual(['Hà Nội']);
    expect(
      findVenues('Về phía Hoa Kỳ có đại diện Văn phòng MIA Hoa Kỳ tại Hà Nội và các cựu binh.'),
    ).toEqual([]);
    expect(
      findVenues('Buổi tiếp diễn ra tại Văn phòng USAID tại Hà Nội.').map((p) => p.city),
    ).toEqual(['Hà Nội']);
    // A mission's own seat: the guests came from it, the meeting was elsewhere.
    expect(
      findVenues('Sở Ngoại vụ Huế tiếp cán bộ Tổng Lãnh sự quán Mỹ tại TP.HCM chiều qua.'),
    ).toEqual([]);
    expect(
      findVenues('Đoàn đã đến thăm Tổng Lãnh sự quán Mỹ tại TP.HCM.').map((p) => p.city),
    ).toEqual(['Thành phố Hồ Chí Minh']);
    expect(
      findVenues(
        'Về phía Hoa Kỳ có Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper, đại diện Đại sứ quán Hoa Kỳ tại Việt Nam.',
      ),
    ).toEqual([]);
  });

  it('gives the canonical city of every form', () => {
    expect(findPlaces('tại thủ đô Washington D.C., Hoa Kỳ').map((p) => p.city)).toEqual([
      'Washington',
    ]);
    expect(findPlaces('ở TP.HCM và Hà Nội').map((p) => p.city)).toEqual([
      'Thành phố Hồ Chí Minh',
      'Hà Nội',
    ]);
    expect(findPlaces('tại Điện Elysée').map((p) => p.city)).toEqual(['Paris']);
    expect(findPlaces('gặp ông Ngọc tại trụ sở Bộ Ngoại giao Mỹ').map((p) => p.city)).toEqual([
      'Washington',
    ]);
    expect(findPlaces('thành phố Tuy Hoà, tỉnh Phú Yên').map((p) => p.city)).toEqual([
      'Tuy Hòa',
      'Phú Yên',
    ]);
    // A navy base's city before its state; Pearl Harbor is Honolulu's.
    expect(findPlaces('tàu neo tại cảng Norfolk, bang Virginia').map((p) => p.city)).toEqual([
      'Norfolk',
      'Virginia',
    ]);
    expect(findPlaces('thăm Trân Châu Cảng').map((p) => p.city)).toEqual(['Honolulu']);
  });

  it('puts an act at a Vietnamese ministry in Hà Nội, not one at a foreign ministry', () => {
    expect(
      findVenues('Ngày 23/9/2022, tại Bộ Y tế, Thứ trưởng Đỗ Xuân Tuyên làm việc với đoàn').map(
        (p) => p.city,
      ),
    ).toEqual(['Hà Nội']);
    expect(findVenues('hai bên hội đàm tại Bộ Công Thương Hoa Kỳ')).toEqual([]);
  });

  it('keeps only the places an event is put in', () => {
    expect(findVenues('hai bộ trưởng gặp nhau tại Clark, Philippines').map((p) => p.city)).toEqual([
      'Clark',
    ]);
    expect(findVenues('khu di tích Bạch Đằng Giang (Hải Phòng)').map((p) => p.city)).toEqual([
      'Hải Phòng',
    ]);
    expect(findVenues('Washington ủng hộ một Việt Nam độc lập')).toEqual([]);
    // An embassy sits in the capital of its host state
    expect(
      findVenues('đoàn đã đến thăm cán bộ, nhân viên Đại sứ quán Việt Nam tại Hoa Kỳ').map(
        (p) => p.city,
      ),
    ).toEqual(['Washington']);
    // A speech's dateline: a hotel and its city
    expect(findVenues('Khách sạn Sheraton, Hà Nội').map((p) => p.city)).toEqual(['Hà Nội']);
    expect(findVenues('Khách sạn Sheraton cho biết Hà Nội đông khách')).toEqual([]);
    expect(
      findVenues('Khu Công nghệ cao Thành phố Hồ Chí Minh, Tp. Hồ Chí Minh').map((p) => p.city),
    ).toEqual(['Thành phố Hồ Chí Minh']);
    // The presidential palace however it is spelt, and the cities' airports
    expect(
      findVenues('John Kerry chào xã giao Chủ tịch nước tại Phủ chủ tịch.').map((p) => p.city),
    ).toEqual(['Hà Nội']);
    expect(findVenues('lô vaccine vừa về tới sân bay Nội Bài').map((p) => p.city)).toEqual([
      'Hà Nội',
    ]);
    expect(findVenues('Đại sứ Marc Knapper đến thăm Orange County').map((p) => p.city)).toEqual([
      'Orange County',
    ]);
    expect(findVenues('đoàn đã tới sân bay Tân Sơn Nhất').map((p) => p.city)).toEqual([
      'Thành phố Hồ Chí Minh',
    ]);
    // A state is a place after a preposition, not as a senator's constituency.
    expect(findVenues('đoàn làm việc tại bang Ohio').map((p) => p.city)).toEqual(['Ohio']);
    expect(
      findVenues('thượng nghị sĩ Gorden Smith (bang Oregon) và Robert Bennett (Utah)'),
    ).toEqual([]);
  });

  it('reads ministries’ headquarters, "tại <city>, <country>" and a capitalised "Tại"', () => {
    const cities = (s: string) => findVenues(s).map((p) => p.city);
    expect(cities('Sáng 5/3, tại Trụ sở Bộ Ngoại giao, Bộ trưởng tiếp')).toEqual(['Hà Nội']);
    expect(cities('tại trụ sở Bộ Quốc phòng Mỹ ở Arlington')).toEqual([]);
    expect(cities('hội đàm tại Nagoya, Nhật Bản, ngày 3/4')).toEqual(['Nagoya']);
    expect(cities('gặp tại Việt Nam, Mỹ và Nhật Bản')).toEqual([]);
    expect(cities('Tại Paris, hai bên đã ký')).toEqual(['Paris']);
    expect(cities('hội đàm với Ngoại trưởng Mỹ tại Bộ Ngoại giao Mỹ')).toEqual(['Washington']);
    expect(cities('Tổng Thống Bush đã tiếp Thủ Tướng Khải tại Tòa Bạch Ốc')).toEqual([
      'Washington',
    ]);
  });

  it("knows Việt Nam's provinces, but not a given name or the Pacific", () => {
    const cities = (s: string) => findVenues(s).map((p) => p.city);
    expect(cities('Đại sứ Marc Knapper thăm và làm việc tại tỉnh Điện Biên')).toEqual([
      'Điện Biên',
    ]);
    expect(cities('Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh trình quốc thư')).toEqual([]);
    expect(cities('hợp tác tại khu vực Thái Bình Dương')).toEqual([]);
  });

  it('knows capitals', () => {
    expect(capitalOf('US')).toBe('Washington');
    expect(capitalOf('VN')).toBe('Hà Nội');
    expect(capitalOf('LA')).toBe('Vientiane');
    expect(capitalOf('MM')).toBe('Nay Pyi Taw');
  });

  it('puts a journey at its destination and knows Cam Ranh and foreign capitals', () => {
    const cities = (s: string) => findVenues(s).map((p) => p.city);
    expect(
      cities('Chiều 8-3, Thủ tướng rời TP Hải Phòng, tới Hà Nội, bắt đầu chuyến thăm'),
    ).toEqual(['Hà Nội']);
    expect(cities('đoàn đã rời Hà Nội sáng nay')).toEqual(['Hà Nội']);
    // what was done before leaving is not where the traveller goes
    expect(
      cities('Sáng 5/6, đoàn rời Huế, nơi đoàn đã làm việc hai ngày ở Huế, và tới Đà Nẵng.'),
    ).toEqual(['Đà Nẵng']);
    expect(cities('hai tàu hải quân cập cảng quốc tế Cam Ranh ngày 2/5')).toEqual(['Cam Ranh']);
    expect(cities('hội nghị diễn ra ở thủ đô Nay Pyi Taw của Myanmar')).toEqual(['Nay Pyi Taw']);
    expect(cities('tại Viêng Chăn, Lào')).toEqual(['Vientiane']);
  });
});
