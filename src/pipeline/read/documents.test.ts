import { describe, expect, it } from 'vitest';
import { findPrintedDocuments } from './documents';

describe('findPrintedDocuments', () => {
  it('reads a statement whose sender, office, place and date stand above its text', () => {
    const lines = [
      'Ngày Độc lập',
      '',
      'Jane Q. Doe',
      'Bộ trưởng Thương mại Hoa Kỳ',
      'Boston, Massachusetts',
      '4/7/2019',
      '',
      'Nhân dịp này, tôi xin gửi tới bạn bè Việt Nam lời chào trân trọng.',
    ];
    const { documents, headerLines } = findPrintedDocuments(lines);
    expect(documents).toEqual([
      {
        date: '2019-07-04',
        sender: 'Bộ trưởng Thương mại Hoa Kỳ Jane Q. Doe',
        place: 'Boston, Massachusetts',
        opening: 'Nhân dịp này, tôi xin gửi tới bạn bè Việt Nam lời chào trân trọng.',
      },
    ]);
    // The headline above the blank line is not part of the header.
    expect([...headerLines]).toEqual([2, 3, 4, 5]);
  });

  it('reads a letter: letterhead, dateline, addressee, salutation, then the signature', () => {
    const lines = [
      'BỘ NGOẠI GIAO',
      '',
      'Hà Nội, ngày 3 tháng 2 năm 2015',
      '',
      'Ngài Peter K. Lane',
      'Thống đốc Bang Oregon',
      '',
      'Kính thưa Ngài Thống đốc,',
      '',
      'Tôi vui mừng được biết chuyến thăm của Ngài đã thành công.',
      '',
      'Trân trọng,',
      '',
      'Trần Văn An',
    ];
    const { documents, headerLines } = findPrintedDocuments(lines);
    expect(documents).toEqual([
      {
        date: '2015-02-03',
        addressee: 'Thống đốc Bang Oregon Peter K. Lane',
        sender: 'Trần Văn An',
        place: 'Hà Nội',
        opening: 'Tôi vui mừng được biết chuyến thăm của Ngài đã thành công.',
      },
    ]);
    expect([...headerLines].sort((a, b) => a - b)).toEqual([0, 2, 4, 5]);
  });

  it('drops the formal "Nước" of a state\'s name so the office reads as a title', () => {
    const lines = [
      '20/5/2011',
      'Ngài Lê Văn Bình',
      'Thủ tướng Nước Cộng hòa Xã hội Chủ nghĩa Việt Nam',
      'Kính gửi Ngài,',
      'Tôi xin gửi lời chúc mừng tới Ngài.',
    ];
    expect(findPrintedDocuments(lines).documents[0]?.addressee).toBe(
      'Thủ tướng Cộng hòa Xã hội Chủ nghĩa Việt Nam Lê Văn Bình',
    );
  });

  it('leaves a page timestamp over reported news alone', () => {
    const lines = [
      'Hai bộ trưởng gặp nhau tại Hà Nội',
      '12/07/2016',
      'Sáng nay, Bộ trưởng Trần Văn An đã tiếp Đại sứ Peter K. Lane tại Hà Nội.',
    ];
    expect(findPrintedDocuments(lines)).toEqual({ documents: [], headerLines: new Set() });
  });
});
