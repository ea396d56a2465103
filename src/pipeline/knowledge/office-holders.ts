/**
 * Who held which office when: public facts a reader brings to an undated article ("Ngoại trưởng
 * Rex Tillerson" can only be 2017–2018). Terms are YYYY-MM-DD (start of office, end of office);
 * an open end means "still in office as far as this table knows". Some starts and ends are only
 * known to the month and are given as the first day of it. This is knowledge of office terms,
 * never a list of events.
 */
import { shiftDay } from '../../shared/dates';
import { foldAccents } from '../../shared/text';
import { MINISTRIES, TITLE_FORMS } from './titles';

export type OfficeId =
  | 'us-president'
  | 'us-vice-president'
  | 'us-secretary-of-state'
  | 'us-secretary-of-defense'
  | 'us-national-security-adviser'
  | 'us-ambassador-to-vietnam'
  | 'us-trade-representative'
  | 'us-commerce-secretary'
  | 'us-treasury-secretary'
  | 'us-health-secretary'
  | 'us-agriculture-secretary'
  | 'us-energy-secretary'
  | 'us-house-speaker'
  | 'vn-general-secretary'
  | 'vn-president'
  | 'vn-prime-minister'
  | 'vn-deputy-prime-minister'
  | 'vn-national-assembly-chair'
  | 'vn-foreign-minister'
  | 'vn-defence-minister'
  | 'vn-trade-minister'
  | 'vn-public-security-minister'
  | 'vn-agriculture-minister'
  | 'vn-external-relations-head'
  | 'vn-hcmc-party-secretary'
  | 'vn-hanoi-party-secretary'
  | 'us-consul-general-hcmc'
  | 'vn-chief-of-general-staff'
  | 'us-pacific-fleet-commander'
  | 'us-indo-pacific-commander'
  | 'head-of-government'
  | 'head-of-state'
  | 'party-leader';

// How the press writes the two cities whose leaders the table knows.
const HCMC_FORMS = [
  'TPHCM',
  'TP.HCM',
  'TP. HCM',
  'TP HCM',
  'TP Hồ Chí Minh',
  'TP. Hồ Chí Minh',
  'Thành phố Hồ Chí Minh',
];
const HANOI_FORMS = ['Hà Nội', 'TP Hà Nội', 'TP. Hà Nội', 'Thành phố Hà Nội'];
const inCity = (title: string, cities: string[]): string[] => cities.map((c) => `${title} ${c}`);

/** The words the Vietnamese press puts before a holder's name, most specific first. */
const BASE_TITLES: Record<OfficeId, string[]> = {
  'us-president': ['Tổng thống'],
  'us-vice-president': ['Phó Tổng thống'],
  'us-secretary-of-state': ['Ngoại trưởng', 'Bộ trưởng Ngoại giao', 'Bộ trưởng'],
  'us-secretary-of-defense': ['Bộ trưởng Quốc phòng', 'Bộ trưởng'],
  'us-national-security-adviser': ['Cố vấn An ninh Quốc gia', 'Cố vấn An ninh'],
  'us-ambassador-to-vietnam': ['Đại sứ'],
  'us-trade-representative': ['Đại diện Thương mại', 'Trưởng Đại diện Thương mại'],
  'us-commerce-secretary': ['Bộ trưởng Thương mại', 'Bộ trưởng'],
  'us-treasury-secretary': ['Bộ trưởng Tài chính', 'Bộ trưởng Ngân khố', 'Bộ trưởng'],
  // Health and Human Services, translated several ways
  'us-health-secretary': [
    'Bộ trưởng Y tế và Dịch vụ Nhân sinh',
    'Bộ trưởng Y tế và Dịch vụ Con người',
    'Bộ trưởng Y tế và Phúc lợi Con người',
    'Bộ trưởng Y tế',
    'Bộ trưởng',
  ],
  'us-agriculture-secretary': ['Bộ trưởng Nông nghiệp', 'Bộ trưởng'],
  'us-energy-secretary': ['Bộ trưởng Năng lượng', 'Bộ trưởng'],
  'us-house-speaker': ['Chủ tịch Hạ viện'],
  'vn-general-secretary': ['Tổng Bí thư'],
  'vn-president': ['Chủ tịch nước', 'Chủ tịch'],
  'vn-prime-minister': ['Thủ tướng', 'Thủ tướng Chính phủ'],
  'vn-deputy-prime-minister': ['Phó Thủ tướng', 'Phó Thủ tướng Chính phủ'],
  'vn-national-assembly-chair': ['Chủ tịch Quốc hội'],
  'vn-foreign-minister': ['Bộ trưởng Ngoại giao', 'Bộ trưởng'],
  'vn-defence-minister': ['Bộ trưởng Quốc phòng', 'Bộ trưởng', 'Đại tướng'],
  // Industry and Trade since August 2007, Trade before it.
  'vn-trade-minister': ['Bộ trưởng Công Thương', 'Bộ trưởng Thương mại', 'Bộ trưởng'],
  'vn-public-security-minister': ['Bộ trưởng Công an', 'Bộ trưởng'],
  // Agriculture and Rural Development until March 2025, Agriculture and Environment since.
  'vn-agriculture-minister': [
    'Bộ trưởng Nông nghiệp và Phát triển nông thôn',
    'Bộ trưởng Nông nghiệp và Môi trường',
    'Bộ trưởng Nông nghiệp',
    'Bộ trưởng',
  ],
  'vn-external-relations-head': [
    'Trưởng Ban Đối ngoại Trung ương',
    'Trưởng ban Đối ngoại',
    'Trưởng ban',
  ],
  // A city's office names its city: "Bí thư Thành ủy" alone is any city's (a person may lead two).
  'vn-hcmc-party-secretary': inCity('Bí thư Thành ủy', HCMC_FORMS),
  'vn-hanoi-party-secretary': inCity('Bí thư Thành ủy', HANOI_FORMS),
  'us-consul-general-hcmc': [
    ...['Hoa Kỳ tại', 'Mỹ tại', 'tại'].flatMap((at) => inCity(`Tổng Lãnh sự ${at}`, HCMC_FORMS)),
  ],
  'vn-chief-of-general-staff': [
    'Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam',
    'Tổng Tham mưu trưởng QĐND Việt Nam',
    'Tổng Tham mưu trưởng QĐND',
    'Tổng Tham mưu trưởng',
  ],
  'us-pacific-fleet-commander': [
    'Tư lệnh Hạm đội Thái Bình Dương Hoa Kỳ',
    'Tư lệnh Hạm đội Thái Bình Dương Mỹ',
    'Tư lệnh Hạm đội Thái Bình Dương',
  ],
  // Pacific Command until May 2018, Indo-Pacific Command since; the press writes "Bộ Tư lệnh" or
  // "Bộ Chỉ huy", with either dash.
  'us-indo-pacific-commander': ['Bộ Tư lệnh', 'Bộ Chỉ huy'].flatMap((command) => [
    `Tư lệnh ${command} Ấn Độ Dương - Thái Bình Dương`,
    `Tư lệnh ${command} Ấn Độ Dương – Thái Bình Dương`,
    `Tư lệnh ${command} Thái Bình Dương`,
  ]),
  'head-of-government': ['Thủ tướng'],
  'head-of-state': ['Tổng thống', 'Chủ tịch'],
  'party-leader': ['Tổng Bí thư', 'Tổng thư ký'],
};

/**
 * A minister's title names the ministry with or without "Bộ": "Bộ trưởng Quốc phòng Phan Văn Giang"
 * and "Bộ trưởng Bộ Quốc phòng Phan Văn Giang" are the same title.
 */
function withMinistryForms(titles: string[]): string[] {
  return titles.flatMap((title) =>
    /^Bộ trưởng (?!Bộ )\S/u.test(title)
      ? [title.replace(/^Bộ trưởng /u, 'Bộ trưởng Bộ '), title]
      : [title],
  );
}

/** The words the Vietnamese press puts before a holder's name, most specific first. */
export const OFFICE_TITLES = Object.fromEntries(
  Object.entries(BASE_TITLES).map(([office, titles]) => [office, withMinistryForms(titles)]),
) as Record<OfficeId, string[]>;

export interface OfficeTerm {
  office: OfficeId;
  from: string;
  to?: string;
}

export interface OfficeHolder {
  /** The name as the Vietnamese press writes it in full. */
  name: string;
  country: string;
  /** Other full forms: "Marc E. Knapper", "Daniel J. Kritenbrink". */
  aliases: string[];
  /** The short form used after a title: surname for Westerners ("Blinken"), last given name for Vietnamese ("Sơn"). */
  short: string;
  /** The short form alone is distinctive enough ("Blinken", "Trump"); never for Vietnamese given names. */
  bare: boolean;
  terms: OfficeTerm[];
}

// [name, office, from, to?] — one row per term; a person with several offices has several rows.
type Row = [string, OfficeId, string, string?];

const ROWS: Row[] = [
  // United States: presidents and vice presidents
  ['Bill Clinton', 'us-president', '1993-01-20', '2001-01-20'],
  ['George W. Bush', 'us-president', '2001-01-20', '2009-01-20'],
  ['Barack Obama', 'us-president', '2009-01-20', '2017-01-20'],
  ['Donald Trump', 'us-president', '2017-01-20', '2021-01-20'],
  ['Joe Biden', 'us-president', '2021-01-20', '2025-01-20'],
  ['Donald Trump', 'us-president', '2025-01-20'],
  ['Al Gore', 'us-vice-president', '1993-01-20', '2001-01-20'],
  ['Dick Cheney', 'us-vice-president', '2001-01-20', '2009-01-20'],
  ['Joe Biden', 'us-vice-president', '2009-01-20', '2017-01-20'],
  ['Mike Pence', 'us-vice-president', '2017-01-20', '2021-01-20'],
  ['Kamala Harris', 'us-vice-president', '2021-01-20', '2025-01-20'],
  ['JD Vance', 'us-vice-president', '2025-01-20'],
  // Secretaries of state
  ['Warren Christopher', 'us-secretary-of-state', '1993-01-20', '1997-01-17'],
  ['Madeleine Albright', 'us-secretary-of-state', '1997-01-23', '2001-01-20'],
  ['Colin Powell', 'us-secretary-of-state', '2001-01-20', '2005-01-26'],
  ['Condoleezza Rice', 'us-secretary-of-state', '2005-01-26', '2009-01-20'],
  ['Hillary Clinton', 'us-secretary-of-state', '2009-01-21', '2013-02-01'],
  ['John Kerry', 'us-secretary-of-state', '2013-02-01', '2017-01-20'],
  ['Rex Tillerson', 'us-secretary-of-state', '2017-02-01', '2018-03-31'],
  ['Mike Pompeo', 'us-secretary-of-state', '2018-04-26', '2021-01-20'],
  ['Antony Blinken', 'us-secretary-of-state', '2021-01-26', '2025-01-20'],
  ['Marco Rubio', 'us-secretary-of-state', '2025-01-21'],
  // Secretaries of defense
  ['William Perry', 'us-secretary-of-defense', '1994-02-03', '1997-01-23'],
  ['William Cohen', 'us-secretary-of-defense', '1997-01-24', '2001-01-20'],
  ['Donald Rumsfeld', 'us-secretary-of-defense', '2001-01-20', '2006-12-18'],
  ['Robert Gates', 'us-secretary-of-defense', '2006-12-18', '2011-06-30'],
  ['Leon Panetta', 'us-secretary-of-defense', '2011-07-01', '2013-02-26'],
  ['Chuck Hagel', 'us-secretary-of-defense', '2013-02-27', '2015-02-17'],
  ['Ashton Carter', 'us-secretary-of-defense', '2015-02-17', '2017-01-20'],
  ['James Mattis', 'us-secretary-of-defense', '2017-01-20', '2018-12-31'],
  ['Patrick Shanahan', 'us-secretary-of-defense', '2019-01-01', '2019-06-23'],
  ['Mark Esper', 'us-secretary-of-defense', '2019-06-24', '2020-11-09'],
  ['Lloyd Austin', 'us-secretary-of-defense', '2021-01-22', '2025-01-20'],
  ['Pete Hegseth', 'us-secretary-of-defense', '2025-01-25'],
  // National security advisers
  ['Anthony Lake', 'us-national-security-adviser', '1993-01-20', '1997-03-14'],
  ['Sandy Berger', 'us-national-security-adviser', '1997-03-14', '2001-01-20'],
  ['Condoleezza Rice', 'us-national-security-adviser', '2001-01-20', '2005-01-26'],
  ['Stephen Hadley', 'us-national-security-adviser', '2005-01-26', '2009-01-20'],
  ['James Jones', 'us-national-security-adviser', '2009-01-20', '2010-10-08'],
  ['Tom Donilon', 'us-national-security-adviser', '2010-10-08', '2013-07-01'],
  ['Susan Rice', 'us-national-security-adviser', '2013-07-01', '2017-01-20'],
  ['Michael Flynn', 'us-national-security-adviser', '2017-01-20', '2017-02-13'],
  ['H. R. McMaster', 'us-national-security-adviser', '2017-02-20', '2018-04-09'],
  ['John Bolton', 'us-national-security-adviser', '2018-04-09', '2019-09-10'],
  ["Robert O'Brien", 'us-national-security-adviser', '2019-09-18', '2021-01-20'],
  ['Jake Sullivan', 'us-national-security-adviser', '2021-01-20', '2025-01-20'],
  ['Mike Waltz', 'us-national-security-adviser', '2025-01-20', '2025-05-01'],
  // US ambassadors to Vietnam (arrival to departure, to the month where the day is not known)
  ['Pete Peterson', 'us-ambassador-to-vietnam', '1997-05-09', '2001-07-15'],
  ['Raymond Burghardt', 'us-ambassador-to-vietnam', '2001-09-01', '2004-07-31'],
  ['Michael Marine', 'us-ambassador-to-vietnam', '2004-08-01', '2007-07-31'],
  ['Michael Michalak', 'us-ambassador-to-vietnam', '2007-08-01', '2010-08-31'],
  ['David Shear', 'us-ambassador-to-vietnam', '2011-08-01', '2014-09-30'],
  ['Ted Osius', 'us-ambassador-to-vietnam', '2014-12-01', '2017-10-31'],
  ['Daniel Kritenbrink', 'us-ambassador-to-vietnam', '2017-11-01', '2021-09-30'],
  ['Marc Knapper', 'us-ambassador-to-vietnam', '2022-01-01'],
  // US trade representatives and commerce secretaries
  ['Mickey Kantor', 'us-trade-representative', '1993-01-22', '1996-04-12'],
  ['Charlene Barshefsky', 'us-trade-representative', '1996-04-12', '2001-01-20'],
  ['Robert Zoellick', 'us-trade-representative', '2001-02-07', '2005-02-22'],
  ['Rob Portman', 'us-trade-representative', '2005-05-17', '2006-05-30'],
  ['Susan Schwab', 'us-trade-representative', '2006-06-08', '2009-01-20'],
  ['Ron Kirk', 'us-trade-representative', '2009-03-18', '2013-03-15'],
  ['Michael Froman', 'us-trade-representative', '2013-06-21', '2017-01-20'],
  ['Robert Lighthizer', 'us-trade-representative', '2017-05-15', '2021-01-20'],
  ['Katherine Tai', 'us-trade-representative', '2021-03-18', '2025-01-20'],
  ['Jamieson Greer', 'us-trade-representative', '2025-02-26'],
  ['Ron Brown', 'us-commerce-secretary', '1993-01-22', '1996-04-03'],
  ['Mickey Kantor', 'us-commerce-secretary', '1996-04-12', '1997-01-21'],
  ['William Daley', 'us-commerce-secretary', '1997-01-30', '2000-07-19'],
  ['Norman Mineta', 'us-commerce-secretary', '2000-07-21', '2001-01-20'],
  ['Don Evans', 'us-commerce-secretary', '2001-01-20', '2005-01-26'],
  ['Carlos Gutierrez', 'us-commerce-secretary', '2005-02-07', '2009-01-20'],
  ['Gary Locke', 'us-commerce-secretary', '2009-03-26', '2011-08-01'],
  ['John Bryson', 'us-commerce-secretary', '2011-10-21', '2012-06-21'],
  ['Penny Pritzker', 'us-commerce-secretary', '2013-06-26', '2017-01-20'],
  ['Wilbur Ross', 'us-commerce-secretary', '2017-02-28', '2021-01-20'],
  ['Gina Raimondo', 'us-commerce-secretary', '2021-03-03', '2025-01-20'],
  ['Howard Lutnick', 'us-commerce-secretary', '2025-02-21'],
  // Secretaries of the Treasury, Health and Human Services, Agriculture, Energy
  ['Robert Rubin', 'us-treasury-secretary', '1995-01-11', '1999-07-02'],
  ['Lawrence Summers', 'us-treasury-secretary', '1999-07-02', '2001-01-20'],
  ["Paul O'Neill", 'us-treasury-secretary', '2001-01-20', '2002-12-31'],
  ['John Snow', 'us-treasury-secretary', '2003-02-03', '2006-06-30'],
  ['Henry Paulson', 'us-treasury-secretary', '2006-07-10', '2009-01-20'],
  ['Timothy Geithner', 'us-treasury-secretary', '2009-01-26', '2013-01-25'],
  ['Jack Lew', 'us-treasury-secretary', '2013-02-28', '2017-01-20'],
  ['Steven Mnuchin', 'us-treasury-secretary', '2017-02-13', '2021-01-20'],
  ['Janet Yellen', 'us-treasury-secretary', '2021-01-26', '2025-01-20'],
  ['Scott Bessent', 'us-treasury-secretary', '2025-01-28'],
  ['Donna Shalala', 'us-health-secretary', '1993-01-22', '2001-01-20'],
  ['Tommy Thompson', 'us-health-secretary', '2001-02-02', '2005-01-26'],
  ['Mike Leavitt', 'us-health-secretary', '2005-01-26', '2009-01-20'],
  ['Kathleen Sebelius', 'us-health-secretary', '2009-04-28', '2014-06-09'],
  ['Sylvia Burwell', 'us-health-secretary', '2014-06-09', '2017-01-20'],
  ['Tom Price', 'us-health-secretary', '2017-02-10', '2017-09-29'],
  ['Alex Azar', 'us-health-secretary', '2018-01-29', '2021-01-20'],
  ['Xavier Becerra', 'us-health-secretary', '2021-03-19', '2025-01-20'],
  ['Robert F. Kennedy Jr.', 'us-health-secretary', '2025-02-13'],
  ['Dan Glickman', 'us-agriculture-secretary', '1995-03-30', '2001-01-19'],
  ['Ann Veneman', 'us-agriculture-secretary', '2001-01-20', '2005-01-20'],
  ['Mike Johanns', 'us-agriculture-secretary', '2005-01-21', '2007-09-20'],
  ['Ed Schafer', 'us-agriculture-secretary', '2008-01-28', '2009-01-20'],
  ['Tom Vilsack', 'us-agriculture-secretary', '2009-01-21', '2017-01-13'],
  ['Sonny Perdue', 'us-agriculture-secretary', '2017-04-25', '2021-01-20'],
  ['Tom Vilsack', 'us-agriculture-secretary', '2021-02-24', '2025-01-20'],
  ['Brooke Rollins', 'us-agriculture-secretary', '2025-02-13'],
  ['Bill Richardson', 'us-energy-secretary', '1998-08-18', '2001-01-20'],
  ['Spencer Abraham', 'us-energy-secretary', '2001-01-20', '2005-01-31'],
  ['Samuel Bodman', 'us-energy-secretary', '2005-02-01', '2009-01-20'],
  ['Steven Chu', 'us-energy-secretary', '2009-01-21', '2013-04-22'],
  ['Ernest Moniz', 'us-energy-secretary', '2013-05-21', '2017-01-20'],
  ['Rick Perry', 'us-energy-secretary', '2017-03-02', '2019-12-01'],
  ['Dan Brouillette', 'us-energy-secretary', '2019-12-04', '2021-01-20'],
  ['Jennifer Granholm', 'us-energy-secretary', '2021-02-25', '2025-01-20'],
  ['Chris Wright', 'us-energy-secretary', '2025-02-04'],
  // Speakers of the House of Representatives
  ['Newt Gingrich', 'us-house-speaker', '1995-01-04', '1999-01-03'],
  ['Dennis Hastert', 'us-house-speaker', '1999-01-06', '2007-01-03'],
  ['Nancy Pelosi', 'us-house-speaker', '2007-01-04', '2011-01-03'],
  ['John Boehner', 'us-house-speaker', '2011-01-05', '2015-10-29'],
  ['Paul Ryan', 'us-house-speaker', '2015-10-29', '2019-01-03'],
  ['Nancy Pelosi', 'us-house-speaker', '2019-01-03', '2023-01-03'],
  ['Kevin McCarthy', 'us-house-speaker', '2023-01-07', '2023-10-03'],
  ['Mike Johnson', 'us-house-speaker', '2023-10-25'],
  // Vietnam: general secretaries, presidents, prime ministers
  ['Đỗ Mười', 'vn-general-secretary', '1991-06-28', '1997-12-26'],
  ['Lê Khả Phiêu', 'vn-general-secretary', '1997-12-26', '2001-04-22'],
  ['Nông Đức Mạnh', 'vn-general-secretary', '2001-04-22', '2011-01-19'],
  ['Nguyễn Phú Trọng', 'vn-general-secretary', '2011-01-19', '2024-07-19'],
  ['Tô Lâm', 'vn-general-secretary', '2024-08-03'],
  ['Lê Đức Anh', 'vn-president', '1992-09-23', '1997-09-24'],
  ['Trần Đức Lương', 'vn-president', '1997-09-24', '2006-06-27'],
  ['Nguyễn Minh Triết', 'vn-president', '2006-06-27', '2011-07-25'],
  ['Trương Tấn Sang', 'vn-president', '2011-07-25', '2016-04-02'],
  ['Trần Đại Quang', 'vn-president', '2016-04-02', '2018-09-21'],
  ['Nguyễn Phú Trọng', 'vn-president', '2018-10-23', '2021-04-05'],
  ['Nguyễn Xuân Phúc', 'vn-president', '2021-04-05', '2023-01-18'],
  ['Võ Văn Thưởng', 'vn-president', '2023-03-02', '2024-03-21'],
  ['Tô Lâm', 'vn-president', '2024-05-22', '2024-10-21'],
  ['Lương Cường', 'vn-president', '2024-10-21'],
  ['Võ Văn Kiệt', 'vn-prime-minister', '1991-08-08', '1997-09-25'],
  ['Phan Văn Khải', 'vn-prime-minister', '1997-09-25', '2006-06-27'],
  ['Nguyễn Tấn Dũng', 'vn-prime-minister', '2006-06-27', '2016-04-07'],
  ['Nguyễn Xuân Phúc', 'vn-prime-minister', '2016-04-07', '2021-04-05'],
  ['Phạm Minh Chính', 'vn-prime-minister', '2021-04-05'],
  // Deputy prime ministers (those the foreign-relations press names most)
  ['Nguyễn Tấn Dũng', 'vn-deputy-prime-minister', '1997-09-29', '2006-06-27'],
  ['Vũ Khoan', 'vn-deputy-prime-minister', '2002-08-08', '2006-06-27'],
  ['Phạm Gia Khiêm', 'vn-deputy-prime-minister', '2002-08-08', '2011-08-03'],
  ['Nguyễn Sinh Hùng', 'vn-deputy-prime-minister', '2006-06-28', '2011-07-23'],
  ['Hoàng Trung Hải', 'vn-deputy-prime-minister', '2007-08-02', '2016-04-09'],
  ['Nguyễn Thiện Nhân', 'vn-deputy-prime-minister', '2007-08-02', '2013-10-31'],
  ['Nguyễn Xuân Phúc', 'vn-deputy-prime-minister', '2011-08-03', '2016-04-07'],
  ['Vũ Văn Ninh', 'vn-deputy-prime-minister', '2011-08-03', '2016-04-09'],
  ['Phạm Bình Minh', 'vn-deputy-prime-minister', '2013-11-13', '2023-01-05'],
  ['Vũ Đức Đam', 'vn-deputy-prime-minister', '2013-11-13', '2023-01-05'],
  ['Trương Hòa Bình', 'vn-deputy-prime-minister', '2016-04-09', '2021-04-08'],
  ['Vương Đình Huệ', 'vn-deputy-prime-minister', '2016-04-09', '2020-06-30'],
  ['Trịnh Đình Dũng', 'vn-deputy-prime-minister', '2016-04-09', '2021-04-08'],
  ['Lê Văn Thành', 'vn-deputy-prime-minister', '2021-04-08', '2023-06-20'],
  ['Lê Minh Khái', 'vn-deputy-prime-minister', '2021-04-08', '2024-08-28'],
  ['Trần Lưu Quang', 'vn-deputy-prime-minister', '2023-01-06', '2024-12-31'],
  ['Trần Hồng Hà', 'vn-deputy-prime-minister', '2023-01-06'],
  ['Lê Thành Long', 'vn-deputy-prime-minister', '2024-06-27'],
  ['Hồ Đức Phớc', 'vn-deputy-prime-minister', '2024-08-28'],
  ['Bùi Thanh Sơn', 'vn-deputy-prime-minister', '2024-08-28'],
  ['Nguyễn Hòa Bình', 'vn-deputy-prime-minister', '2025-02-19'],
  // Chairs of the National Assembly
  ['Nông Đức Mạnh', 'vn-national-assembly-chair', '1992-09-23', '2001-06-26'],
  ['Nguyễn Văn An', 'vn-national-assembly-chair', '2001-06-26', '2006-06-26'],
  ['Nguyễn Phú Trọng', 'vn-national-assembly-chair', '2006-06-26', '2011-07-23'],
  ['Nguyễn Sinh Hùng', 'vn-national-assembly-chair', '2011-07-23', '2016-03-31'],
  ['Nguyễn Thị Kim Ngân', 'vn-national-assembly-chair', '2016-03-31', '2021-03-31'],
  ['Vương Đình Huệ', 'vn-national-assembly-chair', '2021-03-31', '2024-04-26'],
  ['Trần Thanh Mẫn', 'vn-national-assembly-chair', '2024-05-20'],
  // Foreign ministers
  ['Nguyễn Mạnh Cầm', 'vn-foreign-minister', '1991-08-09', '2000-01-31'],
  ['Nguyễn Dy Niên', 'vn-foreign-minister', '2000-01-31', '2006-06-27'],
  ['Phạm Gia Khiêm', 'vn-foreign-minister', '2006-06-27', '2011-08-03'],
  ['Phạm Bình Minh', 'vn-foreign-minister', '2011-08-03', '2021-07-28'],
  ['Bùi Thanh Sơn', 'vn-foreign-minister', '2021-07-28', '2025-08-29'],
  // Acting minister from 29 August 2025, appointed by the National Assembly on 25 October 2025
  ['Lê Hoài Trung', 'vn-foreign-minister', '2025-08-29'],
  // Defence ministers
  ['Phạm Văn Trà', 'vn-defence-minister', '1997-12-29', '2006-06-27'],
  ['Phùng Quang Thanh', 'vn-defence-minister', '2006-06-27', '2016-04-09'],
  ['Ngô Xuân Lịch', 'vn-defence-minister', '2016-04-09', '2021-04-08'],
  ['Phan Văn Giang', 'vn-defence-minister', '2021-04-08'],
  // Trade ministers, then Industry and Trade (to the month before 2002)
  ['Trương Đình Tuyển', 'vn-trade-minister', '1997-11-01', '2000-01-31'],
  ['Vũ Khoan', 'vn-trade-minister', '2000-01-01', '2002-08-08'],
  ['Trương Đình Tuyển', 'vn-trade-minister', '2002-08-08', '2007-08-02'],
  ['Vũ Huy Hoàng', 'vn-trade-minister', '2007-08-02', '2016-04-09'],
  ['Trần Tuấn Anh', 'vn-trade-minister', '2016-04-09', '2021-04-08'],
  ['Nguyễn Hồng Diên', 'vn-trade-minister', '2021-04-08'],
  ['Cao Đức Phát', 'vn-agriculture-minister', '2004-06-29', '2016-04-09'],
  ['Nguyễn Xuân Cường', 'vn-agriculture-minister', '2016-04-09', '2021-04-08'],
  ['Lê Minh Hoan', 'vn-agriculture-minister', '2021-04-08', '2025-02-19'],
  ['Đỗ Đức Duy', 'vn-agriculture-minister', '2025-03-01'],
  // Public security ministers
  ['Lê Hồng Anh', 'vn-public-security-minister', '2002-08-08', '2011-08-03'],
  ['Trần Đại Quang', 'vn-public-security-minister', '2011-08-03', '2016-04-09'],
  ['Tô Lâm', 'vn-public-security-minister', '2016-04-09', '2024-06-06'],
  ['Lương Tam Quang', 'vn-public-security-minister', '2024-06-06'],
  // Heads of the Party Central Committee's Commission for External Relations (to the month)
  ['Hoàng Bình Quân', 'vn-external-relations-head', '2011-02-01', '2021-04-30'],
  ['Lê Hoài Trung', 'vn-external-relations-head', '2021-04-01', '2025-02-28'],
  // Party secretaries of Ho Chi Minh City since 2016 and of Hà Nội since 2021 (from the day the
  // Politburo's decision was announced), and US consuls general in Ho Chi Minh City since 2010.
  // A consul's term runs from the predecessor's departure to the successor's arrival as public
  // reports give them (a farewell call, a welcome), so it is never narrower than the real one.
  ['Đinh La Thăng', 'vn-hcmc-party-secretary', '2016-02-05', '2017-05-10'],
  ['Nguyễn Thiện Nhân', 'vn-hcmc-party-secretary', '2017-05-10', '2020-10-17'],
  ['Nguyễn Văn Nên', 'vn-hcmc-party-secretary', '2020-10-17', '2025-08-25'],
  ['Trần Lưu Quang', 'vn-hcmc-party-secretary', '2025-08-25'],
  ['Đinh Tiến Dũng', 'vn-hanoi-party-secretary', '2021-04-03', '2024-06-19'],
  ['Bùi Thị Minh Hoài', 'vn-hanoi-party-secretary', '2024-07-17', '2025-11-04'],
  ['Nguyễn Duy Ngọc', 'vn-hanoi-party-secretary', '2025-11-04'],
  ['Lê Thành Ân', 'us-consul-general-hcmc', '2010-08-06', '2013-08-06'],
  ['Rena Bitter', 'us-consul-general-hcmc', '2013-08-06', '2016-07-04'],
  ['Mary Tarnowka', 'us-consul-general-hcmc', '2016-07-01', '2019-07-15'],
  ['Marie Damour', 'us-consul-general-hcmc', '2019-07-01', '2022-08-31'],
  ['Susan Burns', 'us-consul-general-hcmc', '2022-07-29', '2025-08-18'],
  ['Melissa Brown', 'us-consul-general-hcmc', '2025-08-18'],
  // The military chiefs who receive and call on each other: Việt Nam's Chief of the General Staff,
  // the commanders of the US Pacific Fleet and of the US Pacific, later Indo-Pacific, Command. To
  // the month where the day is not public; a successor whose day is not known starts the day the
  // predecessor left, so a term is never narrower than the real one.
  ['Đỗ Bá Tỵ', 'vn-chief-of-general-staff', '2010-08-01', '2016-05-21'],
  ['Phan Văn Giang', 'vn-chief-of-general-staff', '2016-05-21', '2021-04-08'],
  ['Nguyễn Tân Cương', 'vn-chief-of-general-staff', '2021-04-08'],
  ['Patrick Walsh', 'us-pacific-fleet-commander', '2009-10-01', '2012-01-20'],
  ['Cecil Haney', 'us-pacific-fleet-commander', '2012-01-20', '2013-10-16'],
  ['Harry Harris', 'us-pacific-fleet-commander', '2013-10-16', '2015-05-27'],
  ['Scott Swift', 'us-pacific-fleet-commander', '2015-05-27', '2018-05-17'],
  ['John Aquilino', 'us-pacific-fleet-commander', '2018-05-17', '2021-04-30'],
  ['Samuel Paparo', 'us-pacific-fleet-commander', '2021-05-04', '2024-05-03'],
  ['Stephen Koehler', 'us-pacific-fleet-commander', '2024-05-03'],
  ['Timothy Keating', 'us-indo-pacific-commander', '2007-03-26', '2009-10-19'],
  ['Robert Willard', 'us-indo-pacific-commander', '2009-10-19', '2012-03-09'],
  ['Samuel Locklear', 'us-indo-pacific-commander', '2012-03-09', '2015-05-27'],
  ['Harry Harris', 'us-indo-pacific-commander', '2015-05-27', '2018-05-30'],
  ['Philip Davidson', 'us-indo-pacific-commander', '2018-05-30', '2021-04-30'],
  ['John Aquilino', 'us-indo-pacific-commander', '2021-04-30', '2024-05-03'],
  ['Samuel Paparo', 'us-indo-pacific-commander', '2024-05-03'],
  // Leaders Vietnamese foreign-news articles often name next to ours
  ['Shinzo Abe', 'head-of-government', '2012-12-26', '2020-09-16'],
  ['Yoshihide Suga', 'head-of-government', '2020-09-16', '2021-10-04'],
  ['Fumio Kishida', 'head-of-government', '2021-10-04', '2024-10-01'],
  ['Tony Blair', 'head-of-government', '1997-05-02', '2007-06-27'],
  ['Gordon Brown', 'head-of-government', '2007-06-27', '2010-05-11'],
  ['David Cameron', 'head-of-government', '2010-05-11', '2016-07-13'],
  ['Theresa May', 'head-of-government', '2016-07-13', '2019-07-24'],
  ['Boris Johnson', 'head-of-government', '2019-07-24', '2022-09-06'],
  ['Rishi Sunak', 'head-of-government', '2022-10-25', '2024-07-05'],
  ['Keir Starmer', 'head-of-government', '2024-07-05'],
  ['Manmohan Singh', 'head-of-government', '2004-05-22', '2014-05-26'],
  ['Narendra Modi', 'head-of-government', '2014-05-26'],
  ['Jacques Chirac', 'head-of-state', '1995-05-17', '2007-05-16'],
  ['Nicolas Sarkozy', 'head-of-state', '2007-05-16', '2012-05-15'],
  ['François Hollande', 'head-of-state', '2012-05-15', '2017-05-14'],
  ['Emmanuel Macron', 'head-of-state', '2017-05-14'],
  ['Hồ Cẩm Đào', 'party-leader', '2002-11-15', '2012-11-15'],
  ['Tập Cận Bình', 'party-leader', '2012-11-15'],
  ['Ôn Gia Bảo', 'head-of-government', '2003-03-16', '2013-03-15'],
  ['Lý Khắc Cường', 'head-of-government', '2013-03-15', '2023-03-11'],
  ['Thongloun Sisoulith', 'head-of-government', '2016-04-20', '2021-03-22'],
  ['Thongloun Sisoulith', 'party-leader', '2021-01-15'],
  ['Hun Manet', 'head-of-government', '2023-08-22'],
  ['Rodrigo Duterte', 'head-of-state', '2016-06-30', '2022-06-30'],
  ['Joko Widodo', 'head-of-state', '2014-10-20', '2024-10-20'],
];

// Countries of the leaders outside the US and Vietnam (ISO codes).
const FOREIGN_COUNTRY: Record<string, string> = {
  'Shinzo Abe': 'JP',
  'Yoshihide Suga': 'JP',
  'Fumio Kishida': 'JP',
  'Tony Blair': 'GB',
  'Gordon Brown': 'GB',
  'David Cameron': 'GB',
  'Theresa May': 'GB',
  'Boris Johnson': 'GB',
  'Rishi Sunak': 'GB',
  'Keir Starmer': 'GB',
  'Manmohan Singh': 'IN',
  'Narendra Modi': 'IN',
  'Jacques Chirac': 'FR',
  'Nicolas Sarkozy': 'FR',
  'François Hollande': 'FR',
  'Emmanuel Macron': 'FR',
  'Hồ Cẩm Đào': 'CN',
  'Tập Cận Bình': 'CN',
  'Ôn Gia Bảo': 'CN',
  'Lý Khắc Cường': 'CN',
  'Thongloun Sisoulith': 'LA',
  'Hun Manet': 'KH',
  'Rodrigo Duterte': 'PH',
  'Joko Widodo': 'ID',
};

const countryOf = (name: string, office: OfficeId): string =>
  office.startsWith('us-') ? 'US' : office.startsWith('vn-') ? 'VN' : (FOREIGN_COUNTRY[name] ?? '');

// Other full forms the press uses.
const ALIASES: Record<string, string[]> = {
  'George W. Bush': ['George Bush'],
  'Bill Clinton': ['William J. Clinton', 'William Jefferson Clinton', 'William Clinton'],
  'Joe Biden': ['Joseph Biden'],
  'Antony Blinken': ['Anthony Blinken'],
  'Ashton Carter': ['Ash Carter'],
  'James Mattis': ['Jim Mattis'],
  'H. R. McMaster': ['Herbert McMaster'],
  'Marc Knapper': ['Marc E. Knapper', 'Marc Evans Knapper'],
  'Melissa Brown': ['Melissa A. Brown'],
  'Marie Damour': ['Marie C. Damour'],
  'Daniel Kritenbrink': ['Daniel J. Kritenbrink', 'Dan Kritenbrink'],
  'Pete Peterson': ['Douglas Peterson', 'Douglas Pete Peterson'],
  'Mike Pompeo': ['Michael Pompeo'],
  'Mike Pence': ['Michael Pence'],
  'Tom Price': ['Thomas Price'],
  'Tom Vilsack': ['Thomas Vilsack'],
  'Jack Lew': ['Jacob Lew'],
  'Steven Mnuchin': ['Steve Mnuchin'],
  'Lawrence Summers': ['Larry Summers'],
  'Alex Azar': ['Alex M. Azar'],
  'JD Vance': ['J. D. Vance', 'James David Vance'],
  'Trương Hòa Bình': ['Trương Hoà Bình'],
  'Nguyễn Hòa Bình': ['Nguyễn Hoà Bình'],
  'Tập Cận Bình': ['Xi Jinping'],
  'Hồ Cẩm Đào': ['Hu Jintao'],
  'Ôn Gia Bảo': ['Wen Jiabao'],
  'Lý Khắc Cường': ['Li Keqiang'],
};

// Surnames distinctive enough to stand alone ("ông Blinken", "Mattis cho biết").
const BARE = new Set([
  'Obama',
  'Trump',
  'Biden',
  'Pence',
  'Blinken',
  'Tillerson',
  'Pompeo',
  'Albright',
  'Rumsfeld',
  'Panetta',
  'Hagel',
  'Mattis',
  'Esper',
  'Hegseth',
  'McMaster',
  'Kritenbrink',
  'Knapper',
  'Osius',
  'Lighthizer',
  'Barshefsky',
  'Zoellick',
  'Raimondo',
  'Pritzker',
  'Lutnick',
  'Mnuchin',
  'Yellen',
  'Bessent',
  'Geithner',
  'Paulson',
  'Sebelius',
  'Vilsack',
  'Moniz',
  'Granholm',
  'Macron',
  'Modi',
  'Kishida',
  'Sarkozy',
  'Hollande',
  'Duterte',
]);

// Vietnamese and Chinese names written in Vietnamese are short-formed by their last syllable.
const VIETNAMESE_NAME =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Trương|Đoàn|Vương|Trịnh|Nông|Phùng|Tô|Lương|Tập|Ôn)\s/u;

function buildHolders(): OfficeHolder[] {
  const byName = new Map<string, OfficeHolder>();
  for (const [name, office, from, to] of ROWS) {
    let holder = byName.get(name);
    if (!holder) {
      const words = name.split(/\s+/);
      const short = words[words.length - 1] ?? name;
      holder = {
        name,
        country: countryOf(name, office),
        aliases: ALIASES[name] ?? [],
        short,
        bare: !VIETNAMESE_NAME.test(name) && BARE.has(short),
        terms: [],
      };
      byName.set(name, holder);
    }
    holder.terms.push(to === undefined ? { office, from } : { office, from, to });
  }
  return [...byName.values()];
}

/** Every office-holder this table knows, with their terms. */
export const OFFICE_HOLDERS: readonly OfficeHolder[] = buildHolders();

/**
 * The last day the table vouches for, the day it was last checked: an open term ends here, since
 * who holds an office after it is not known. (A plan told in an article may still fall after it:
 * year.ts allows a coming year for those.)
 */
export const KNOWN_UNTIL = '2026-11-24';

// ---------------------------------------------------------------------------------------------
// Finding office-holders in an article

/** One office-holder named in a sentence. */
export interface OfficeHolderMention {
  holder: OfficeHolder;
  sentenceIndex: number;
  /** The offices the title before the name points to; empty when the name came without a title. */
  offices: OfficeId[];
  /** "đắc cử", "tân", "cựu", "nguyên", "khi đó": not (or no longer, or not yet) in office now. */
  qualified: boolean;
  /** Titled with an office this table does not give the person ("Quyền Bộ trưởng Bộ Ngoại giao"). */
  otherOffice?: boolean;
  /** Titled as a deputy ("Thứ trưởng", "Phó …") in an office the table does not give the person. */
  deputy?: boolean;
  /** "Tổng thống đắc cử Mỹ Donald Trump": between the election and the start of a term. */
  elect?: boolean;
  /** "Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung": acting, so early in the term the title names. */
  acting: boolean;
  /** "tân Chủ tịch nước Nguyễn Phú Trọng": new, so around the start of the term the title names. */
  newly?: boolean;
}

interface NameKey {
  holder: OfficeHolder;
  /** Folded tokens of the name (or of the short form). */
  tokens: string[];
  /** Offices whose title must stand right before a short form; undefined for a full name or a bare surname. */
  offices?: OfficeId[];
  /** Title tokens (folded) that must precede, for a short form. */
  title?: string[];
  /** The same title + short form belongs to several holders ("Phó Thủ tướng Dũng"): never matched. */
  ambiguous?: boolean;
}

const foldCache = new Map<string, string>();
function fold(token: string): string {
  let folded = foldCache.get(token);
  if (folded === undefined) {
    folded = foldAccents(token);
    if (foldCache.size < 50_000) foldCache.set(token, folded);
  }
  return folded;
}

const tokensOf = (text: string): string[] => tokenize(text).map((t) => t.folded);

// Tokens of a sentence: raw, lower-cased and accent-folded, one cache probe per token. A hand-written
// scanner: a Unicode regex costs more than everything else here together.
const tokenCache = new Map<string, Tok>();
const PUNCT_TOKENS = new Set([',', '.', ';', ':', '!', '?', '(', ')', '"', '“', '”', '–', '—']);

function isWordChar(code: number): boolean {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Latin letters with diacritics (incl. Vietnamese) and combining marks; not general punctuation
  return (code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7) || code >= 0x3000;
}

function tokenOf(raw: string): Tok {
  let tok = tokenCache.get(raw);
  if (!tok) {
    const lower = raw.toLowerCase();
    tok = {
      raw,
      lower,
      folded: fold(lower),
      punct: PUNCT_TOKENS.has(raw),
      capital: raw[0] !== lower[0],
    };
    if (tokenCache.size < 100_000) tokenCache.set(raw, tok);
  }
  return tok;
}

function tokenize(sentence: string): Tok[] {
  const out: Tok[] = [];
  let start = -1;
  for (let k = 0; k <= sentence.length; k++) {
    const code = k < sentence.length ? sentence.charCodeAt(k) : 32;
    // "O'Brien": an apostrophe between letters stays inside the word
    const inner =
      (code === 39 || code === 0x2019) && start >= 0 && isWordChar(sentence.charCodeAt(k + 1));
    if (isWordChar(code) || inner) {
      if (start < 0) start = k;
      continue;
    }
    if (start >= 0) {
      out.push(tokenOf(sentence.slice(start, k)));
      start = -1;
    }
    const ch = sentence[k];
    if (ch !== undefined && PUNCT_TOKENS.has(ch)) out.push(tokenOf(ch));
  }
  return out;
}

// Country words that may stand between a title and a name: "Tổng thống Mỹ Joe Biden",
// "Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper", "Bộ trưởng Quốc phòng Việt Nam, Đại tướng".
const BETWEEN = new Set([
  'my',
  'hoa',
  'ky',
  'viet',
  'nam',
  'tai',
  'nuoc',
  'chinh',
  'phu',
  'dai',
  'tuong',
  'ong',
  'ba',
]);

// Key lookup by the key's last token: one Map probe per token of the text.
const KEYS_BY_LAST = new Map<string, NameKey[]>();
function addKey(key: NameKey): void {
  const last = key.tokens[key.tokens.length - 1];
  if (last === undefined) return;
  const list = KEYS_BY_LAST.get(last) ?? [];
  list.push(key);
  KEYS_BY_LAST.set(last, list);
}

// Title + short form keys that point to more than one holder ("Bộ trưởng Dũng") are ambiguous.
const titledShortOwners = new Map<string, Set<OfficeHolder>>();
for (const holder of OFFICE_HOLDERS) {
  for (const full of [holder.name, ...holder.aliases]) addKey({ holder, tokens: tokensOf(full) });
  if (holder.bare) addKey({ holder, tokens: tokensOf(holder.short) });
  const titles = new Map<string, OfficeId[]>();
  for (const term of holder.terms) {
    for (const title of OFFICE_TITLES[term.office]) {
      const list = titles.get(title) ?? [];
      if (!list.includes(term.office)) list.push(term.office);
      titles.set(title, list);
    }
  }
  for (const [title, offices] of titles) {
    const titleTokens = tokensOf(title);
    const signature = [...titleTokens, fold(holder.short.toLowerCase())].join(' ');
    const owners = titledShortOwners.get(signature) ?? new Set<OfficeHolder>();
    owners.add(holder);
    titledShortOwners.set(signature, owners);
    addKey({ holder, tokens: tokensOf(holder.short), offices, title: titleTokens });
  }
}

const TITLE_PHRASES: string[][] = [...new Set(Object.values(OFFICE_TITLES).flat())].map(tokensOf);
const TITLE_TOKENS = Object.fromEntries(
  Object.entries(OFFICE_TITLES).map(([office, titles]) => [office, titles.map(tokensOf)]),
) as Record<OfficeId, string[][]>;

// longest keys first so "Joe Biden" wins over "Biden"; ambiguous title + short forms are marked once
for (const keys of KEYS_BY_LAST.values()) {
  keys.sort((a, b) => b.tokens.length - a.tokens.length);
  for (const key of keys) {
    if (key.title)
      key.ambiguous =
        (titledShortOwners.get([...key.title, ...key.tokens].join(' '))?.size ?? 0) > 1;
  }
}

// Not in office at the time: "Tổng thống đắc cử", "cựu Ngoại trưởng", "ứng cử viên Donald Trump",
// "ông Donald Trump được bầu làm tổng thống", "Phó Tổng thống Joe Biden khi đó", and the dead:
// "viếng Tổng Bí thư …", "Tổng Bí thư … từ trần" (a term ended by death dates nothing after it).
// Compared with their accents: folded, "tuần qua có đến" would read as "quá cố" and "Nguyễn" as "nguyên".
const QUALIFIERS_BEFORE = [
  ['đắc', 'cử'],
  ['cựu'],
  ['nguyên'],
  ['tiền', 'nhiệm'],
  ['ứng', 'cử', 'viên'],
  ['ứng', 'viên'],
  // A death the text tells: "viếng Tổng Bí thư …", "trước sự ra đi của …", "cố Thủ tướng …".
  ['viếng'],
  ['ra', 'đi', 'của'],
  ['cố'],
  // The one a newcomer replaces has left: "nhận nhiệm sở, thay thế ông X", "kế nhiệm …".
  ['thay', 'thế'],
  ['kế', 'nhiệm'],
];
const QUALIFIERS_AFTER = [
  ['đắc', 'cử'],
  ['trúng', 'cử'],
  ['thắng', 'cử'],
  ['được', 'bầu'],
  ['khi', 'đó'],
  ['lúc', 'đó'],
  ['khi', 'ấy'],
  ['tiền', 'nhiệm'],
  ['quá', 'cố'],
  ['từ', 'trần'],
  ['qua', 'đời'],
];

interface Tok {
  raw: string;
  lower: string;
  folded: string;
  punct: boolean;
  capital: boolean;
}

function isPunct(tok: Tok | undefined): boolean {
  return tok === undefined || tok.punct;
}

/** Whether tokens[at…] spell `words` (folded). */
function spells(tokens: Tok[], at: number, words: string[]): boolean {
  return words.every((w, k) => tokens[at + k]?.folded === w);
}

function spellsExactly(tokens: Tok[], at: number, words: string[]): boolean {
  return words.every((w, k) => tokens[at + k]?.lower === w);
}

/**
 * Qualifier near a name: "Tổng thống đắc cử Mỹ Donald Trump", "cựu Ngoại trưởng John Kerry",
 * "Phó Tổng thống Joe Biden khi đó".
 */
function qualifiedAt(tokens: Tok[], start: number, end: number): boolean {
  // Six words back: "sự ra đi của Tổng Bí thư <name>" puts "ra" six words before the name.
  for (let i = start - 1; i >= Math.max(0, start - 6) && !isPunct(tokens[i]); i--) {
    for (const q of QUALIFIERS_BEFORE) {
      if (!spellsExactly(tokens, i, q)) continue;
      // "cố Thủ tướng" is the late Prime Minister; "Cố vấn" is an adviser, "cố gắng" an effort
      if (q[0] === 'cố' && /^(van|gang)$/.test(tokens[i + 1]?.folded ?? '')) continue;
      return true;
    }
  }
  for (let i = end; i < Math.min(tokens.length, end + 4) && !isPunct(tokens[i]); i++) {
    const q = QUALIFIERS_AFTER.find((words) => spellsExactly(tokens, i, words));
    if (!q) continue;
    // Re-elected is still in office: "nhân dịp được bầu lại làm Tổng Bí thư", "tái đắc cử".
    if (tokens[i + q.length]?.lower === 'lại' || tokens[i - 1]?.lower === 'tái') continue;
    return true;
  }
  return false;
}

/** "Tổng thống đắc cử Mỹ Donald Trump": a title and "đắc cử" right before the name. */
function electBefore(tokens: Tok[], start: number): boolean {
  for (let i = start - 2; i >= Math.max(0, start - 5) && !isPunct(tokens[i]); i--)
    if (spells(tokens, i, ['dac', 'cu']) && spells(tokens, i - 2, ['tong', 'thong'])) return true;
  return false;
}

/**
 * The office of the holder's own that "được bầu (làm) …" or "trúng cử …" right after the name names;
 * never a US office (a US president is elected months before the term: see electedAfter).
 */
function electedTo(tokens: Tok[], end: number, holder: OfficeHolder): OfficeId | undefined {
  let verb = end;
  // "vừa được bầu", "mới trúng cử": just elected
  if (tokens[verb]?.folded === 'vua' || tokens[verb]?.folded === 'moi') verb++;
  let after: number;
  if (spells(tokens, verb, ['trung', 'cu'])) after = verb + 2;
  else if (tokens[verb]?.folded === 'duoc') {
    // "được Quốc hội bầu làm …": the electing body, a name of a few words, may stand between
    let bau = verb + 1;
    if (tokens[bau]?.capital)
      while (
        bau < verb + 6 &&
        tokens[bau] &&
        !isPunct(tokens[bau]) &&
        tokens[bau]!.folded !== 'bau'
      )
        bau++;
    if (tokens[bau]?.folded !== 'bau') return undefined;
    after = bau + 1;
  } else return undefined;
  // Re-elected ("được bầu lại") is no new term: the person stays in office.
  if (tokens[after]?.lower === 'lại') return undefined;
  for (let i = after; i < Math.min(tokens.length, after + 3) && !isPunct(tokens[i]); i++)
    for (const term of holder.terms)
      if (
        !term.office.startsWith('us-') &&
        TITLE_TOKENS[term.office].some((t) => t.length > 1 && spells(tokens, i, t))
      )
        return term.office;
  return undefined;
}

/** "ông Donald Trump được bầu là Tổng thống Mỹ thứ 45", "… đắc cử Tổng thống": elected, not yet in office. */
function electedAfter(tokens: Tok[], end: number): boolean {
  const verb = [
    ['duoc', 'bau'],
    ['dac', 'cu'],
    ['thang', 'cu'],
    ['trung', 'cu'],
  ].find((words) => spells(tokens, end, words));
  if (!verb) return false;
  for (let i = end + 2; i < Math.min(tokens.length, end + 6) && !isPunct(tokens[i]); i++)
    if (spells(tokens, i, ['tong', 'thong'])) return true;
  return false;
}

/** The position where the title before a name starts, skipping country words; -1 when no title. */
function titleBefore(tokens: Tok[], nameStart: number, title: string[]): number {
  let i = nameStart - 1;
  for (let skipped = 0; skipped < 5 && i >= 0; skipped++) {
    const start = i - title.length + 1;
    if (start >= 0 && spells(tokens, start, title)) {
      // "Phó Thủ tướng Khái" is not "Thủ tướng Khái"
      if (tokens[start - 1]?.folded === 'pho' && title[0] !== 'pho') return -1;
      return start;
    }
    // "Bộ trưởng Y tế Mỹ T. Price": a given name's initial stands between the title and the surname
    if (tokens[i]?.raw === '.' && /^\p{Lu}$/u.test(tokens[i - 1]?.raw ?? '')) {
      i -= 2;
      continue;
    }
    if (!BETWEEN.has(tokens[i]?.folded ?? '')) return -1;
    i--;
  }
  return -1;
}

/**
 * The holder's own office told right after the name, set off by a comma: "ông <name>, tân Đại sứ Hoa
 * Kỳ tại Việt Nam,", "<name>, Bí thư Thành ủy Hà Nội,". The title must end the phrase (only
 * country words and "tại" with its place may follow): in "<name>, Tổng thống Donald Trump" the
 * title is the next name's. "tân" before it makes the holder new in that office.
 */
function officesAfter(
  tokens: Tok[],
  nameEnd: number,
  holder: OfficeHolder,
): { offices: OfficeId[]; newly: boolean } {
  const offices: OfficeId[] = [];
  if (tokens[nameEnd + 1]?.raw !== ',') return { offices, newly: false };
  const newly = tokens[nameEnd + 2]?.lower === 'tân';
  const at = nameEnd + (newly ? 3 : 2);
  const countryWord = (k: number) => tokens[k]?.capital === true && BETWEEN.has(tokens[k]!.folded);
  for (const term of holder.terms) {
    if (offices.includes(term.office)) continue;
    const ends = TITLE_TOKENS[term.office].some((title) => {
      if (!spells(tokens, at, title)) return false;
      let k = at + title.length;
      while (countryWord(k)) k++;
      if (tokens[k]?.lower === 'tại') {
        k++;
        while (countryWord(k)) k++;
      }
      return isPunct(tokens[k]) || !tokens[k]!.capital;
    });
    if (ends) offices.push(term.office);
  }
  return { offices, newly: newly && offices.length > 0 };
}

/** Which office titles stand right before a full name: "Tổng thống Hoa Kỳ Joe Biden" → president. */
function officesBefore(tokens: Tok[], nameStart: number, holder: OfficeHolder): OfficeId[] {
  const offices: OfficeId[] = [];
  for (const term of holder.terms) {
    if (offices.includes(term.office)) continue;
    if (TITLE_TOKENS[term.office].some((t) => titleBefore(tokens, nameStart, t) >= 0))
      offices.push(term.office);
  }
  return offices;
}

const ALL_OFFICES = Object.keys(OFFICE_TITLES) as OfficeId[];

// Titles of offices the table does not hold ("Bí thư Thành ủy", "Thượng nghị sĩ"); not ranks, which
// go with any office ("Đại tướng Phùng Quang Thanh").
// A minister's or deputy's title goes on with the ministry ("Thứ trưởng Bộ Ngoại giao Việt Nam
// Phạm Bình Minh", years before he was the minister), and a first deputy's with "Thường trực"
// ("Thứ trưởng Thường trực Bộ Ngoại giao"): those forms too.
const OTHER_TITLE_TOKENS = TITLE_FORMS.filter((t) => t.level !== 'rank')
  .flatMap((t) =>
    /trưởng$/u.test(t.form)
      ? [`${t.form} Thường trực`, t.form].flatMap((form) => [
          form,
          ...MINISTRIES.flatMap((m) => [`${form} ${m}`, `${form} Bộ ${m}`]),
        ])
      : [t.form],
  )
  .map(tokensOf);

const RANKS = new Set(
  TITLE_FORMS.filter((t) => t.level === 'rank').map((t) => tokensOf(t.form).join(' ')),
);
const MILITARY_OFFICES = new Set<OfficeId>([
  'vn-defence-minister',
  'vn-chief-of-general-staff',
  'us-pacific-fleet-commander',
  'us-indo-pacific-commander',
]);
const servesInArms = (holder: OfficeHolder): boolean =>
  holder.terms.some((t) => MILITARY_OFFICES.has(t.office));

// Every title of titledOtherwise (the table's and the others) by its last word.
const TITLES_BY_LAST = new Map<string, string[][]>();
for (const title of [...ALL_OFFICES.flatMap((o) => TITLE_TOKENS[o]), ...OTHER_TITLE_TOKENS]) {
  const last = title[title.length - 1];
  if (last === undefined) throw new Error('a title without words');
  TITLES_BY_LAST.set(last, [...(TITLES_BY_LAST.get(last) ?? []), title]);
}

/**
 * The title that stands before a name whose own offices none matched, if any: an office the table
 * does not know ("Bí thư Thành ủy Vương Đình Huệ" in 2020, between his terms the table holds).
 */
function titledOtherwise(tokens: Tok[], nameStart: number): string[] | undefined {
  // titleBefore for every title at once: the positions it looks at do not depend on the title, so
  // at each only the titles ending in that word are tried. A title found after "Phó" (not its
  // own) is out, as titleBefore's -1 for it.
  let out: Set<string[]> | undefined;
  let i = nameStart - 1;
  for (let skipped = 0; skipped < 5 && i >= 0; skipped++) {
    for (const title of TITLES_BY_LAST.get(tokens[i]!.folded) ?? []) {
      const start = i - title.length + 1;
      if (start < 0 || out?.has(title) || !spells(tokens, start, title)) continue;
      if (tokens[start - 1]?.folded === 'pho' && title[0] !== 'pho') (out ??= new Set()).add(title);
      else return title;
    }
    if (tokens[i]!.raw === '.' && /^\p{Lu}$/u.test(tokens[i - 1]?.raw ?? '')) {
      i -= 2;
      continue;
    }
    if (!BETWEEN.has(tokens[i]!.folded)) return undefined;
    i--;
  }
  return undefined;
}

const CITY_TOKENS = [...HCMC_FORMS, ...HANOI_FORMS].map(tokensOf);

// Every title of titledOtherwiseAfter by its first word, longest first.
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const titles of TITLES_BY_LAST.values())
  for (const title of titles)
    TITLES_BY_FIRST.set(title[0]!, [...(TITLES_BY_FIRST.get(title[0]!) ?? []), title]);
for (const titles of TITLES_BY_FIRST.values()) titles.sort((a, b) => b.length - a.length);

/**
 * Whether an apposition closes at `at`: a comma before a lower-case word ("…, tiếp đoàn"), or a
 * closing parenthesis. After a headline's cut ("ông <name>, Bí thư Trung ương Đảng" and nothing
 * more) or before another title ("…, Phó Thủ tướng <other name>": a chain of titles all of the next
 * name's) it does not.
 */
const closesApposition = (tokens: Tok[], at: number): boolean =>
  tokens[at]?.raw === ')' ||
  (tokens[at]?.raw === ',' &&
    tokens[at + 1] !== undefined &&
    !isPunct(tokens[at + 1]) &&
    !tokens[at + 1]!.capital);

/**
 * An office told right after a name whose own offices none matched, set off by commas: "ông
 * <name>, Chánh Văn phòng Trung ương Đảng, tiếp …", "<name>, Bí thư Tỉnh ủy <province>, cho biết".
 * Only a short place (two capitalised words at most, besides country words) may follow the title:
 * in "<name>, Tổng thống <two-word name>, …" the title is that known person's, and three
 * capitalised words are more likely a Vietnamese name than a place. A title the table gives the
 * person is theirs.
 */
function titledOtherwiseAfter(
  tokens: Tok[],
  nameEnd: number,
  holder: OfficeHolder,
): string[] | undefined {
  if (tokens[nameEnd + 1]?.raw !== ',') return undefined;
  const at = nameEnd + (tokens[nameEnd + 2]?.lower === 'tân' ? 3 : 2);
  // the person's own title, which officesAfter did not take ("<name>, Trưởng Ban Đối ngoại Trung
  // ương Đảng", the body named on): no other office
  if (holder.terms.some((term) => TITLE_TOKENS[term.office].some((t) => spells(tokens, at, t))))
    return undefined;
  const title = (TITLES_BY_FIRST.get(tokens[at]?.folded ?? '') ?? []).find((t) =>
    spells(tokens, at, t),
  );
  if (!title) return undefined;
  const placeStart = at + title.length;
  const city = CITY_TOKENS.find((c) => spells(tokens, placeStart, c));
  if (city) return closesApposition(tokens, placeStart + city.length) ? title : undefined;
  let k = placeStart;
  let placeWords = 0;
  for (; tokens[k] && !isPunct(tokens[k]) && tokens[k]!.capital; k++)
    if (!BETWEEN.has(tokens[k]!.folded)) placeWords++;
  if (placeWords > 2 || !closesApposition(tokens, k)) return undefined;
  // the capitalised words are a known person's name: the title is theirs
  const named = (KEYS_BY_LAST.get(tokens[k - 1]?.folded ?? '') ?? []).some(
    (key) => !key.title && matchBackwards(tokens, k - 1, key.tokens) >= placeStart,
  );
  return named ? undefined : title;
}

// A cheap first look, so that sentences naming nobody are never tokenised: does a capitalised word
// of the sentence end a name or stand as a short name ("Blinken", "Sơn")? A hand-written scan.
const NAME_WORDS = new Set(
  OFFICE_HOLDERS.flatMap((h) =>
    [h.name, ...h.aliases, h.short].map((n) => n.split(' ').pop() ?? n),
  ),
);

// Whether a code unit changes under toLowerCase, looked up once per code unit (64K bytes at most):
// lower-casing a one-character string for every accented letter of every sentence showed in the profile.
const UPPER = new Uint8Array(0x10000); // 0 unknown, 1 upper, 2 not
function isUpperCode(code: number): boolean {
  let known = UPPER[code];
  if (!known) {
    const ch = String.fromCharCode(code);
    known = ch !== ch.toLowerCase() ? 1 : 2;
    UPPER[code] = known;
  }
  return known === 1;
}

function namesSomeone(sentence: string): boolean {
  const length = sentence.length;
  for (let k = 0; k < length; k++) {
    const code = sentence.charCodeAt(k);
    const upper =
      (code >= 65 && code <= 90) || (code >= 0xc0 && isWordChar(code) && isUpperCode(code));
    if (!upper || (k > 0 && isWordChar(sentence.charCodeAt(k - 1)))) continue;
    let end = k + 1;
    while (end < length && (isWordChar(sentence.charCodeAt(end)) || sentence[end] === "'")) end++;
    if (NAME_WORDS.has(sentence.slice(k, end))) return true;
    k = end;
  }
  return false;
}

/** Office-holders named in the sentences: full names, distinctive surnames, or title + short name. */
export function findOfficeHolders(sentences: string[]): OfficeHolderMention[] {
  const mentions: OfficeHolderMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (!namesSomeone(sentence)) return;
    const tokens = tokenize(sentence);
    const claimed = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.capital) continue;
      const keys = KEYS_BY_LAST.get(tokens[i]!.folded);
      if (!keys) continue;
      for (const key of keys) {
        const start = matchBackwards(tokens, i, key.tokens);
        if (start < 0 || claimed.has(i)) continue;
        let offices: OfficeId[];
        let after: { offices: OfficeId[]; newly: boolean } | undefined;
        if (key.title) {
          if (key.ambiguous) continue;
          // a short name is compared with its accents: "Chủ tịch Quảng Trị" is not "Chủ tịch Quang"
          if (tokens[i]!.lower !== key.holder.short.toLowerCase()) continue;
          // "Chủ tịch Thượng viện": the name would go on with another capitalised word
          const next = tokens[i + 1];
          if (next && !next.punct && next.capital) continue;
          const titleStart = titleBefore(tokens, start, key.title);
          if (titleStart < 0) continue;
          // "Thủ tướng Chính phủ" is a title, not "Thủ tướng" + "Chính"
          if (
            TITLE_PHRASES.some((p) => p.length > key.title!.length && spells(tokens, titleStart, p))
          )
            continue;
          offices = key.offices ?? [];
        } else {
          offices = officesBefore(tokens, start, key.holder);
          if (offices.length === 0) {
            after = officesAfter(tokens, i, key.holder);
            offices = after.offices;
          }
        }
        for (let k = start; k <= i; k++) claimed.add(k);
        const mention: OfficeHolderMention = {
          holder: key.holder,
          sentenceIndex,
          offices,
          qualified: qualifiedAt(tokens, start, i + 1),
          acting: offices.length > 0 && actingBefore(tokens, start),
        };
        // "tân" with no title of the person's: new in an office the table does not know.
        if (after?.newly) mention.newly = true;
        else if (newBefore(tokens, start)) {
          if (offices.length > 0) mention.newly = true;
          else mention.qualified = true;
        }
        let otherTitle =
          !key.title && offices.length === 0
            ? (titledOtherwise(tokens, start) ?? titledOtherwiseAfter(tokens, i, key.holder))
            : undefined;
        // "Đại tướng <chief of staff>": the rank the table reads as the defence minister's title is
        // only a rank before an officer the table knows in another military office.
        if (otherTitle && RANKS.has(otherTitle.join(' ')) && servesInArms(key.holder))
          otherTitle = undefined;
        if (otherTitle) {
          mention.otherOffice = true;
          // "Thứ trưởng Bộ Công an Tô Lâm": a deputy is not, at the same time, in any office the
          // table gives the person.
          if (otherTitle[0] === 'pho' || (otherTitle[0] === 'thu' && otherTitle[1] === 'truong'))
            mention.deputy = true;
        }
        if (mention.qualified && (electBefore(tokens, start) || electedAfter(tokens, i + 1)))
          mention.elect = true;
        // "Nguyễn Phú Trọng được bầu làm Chủ tịch nước": Việt Nam's National Assembly elects and the
        // term starts that day, so the person is new in that office, not yet to take it up.
        const elected = mention.elect ? undefined : electedTo(tokens, i + 1, key.holder);
        if (elected) {
          mention.qualified = false;
          mention.offices = [elected];
          mention.newly = true;
        }
        mentions.push(mention);
        break;
      }
    }
  });
  return mentions;
}

// "quyền" ending another word: "chính quyền Tổng thống Biden" is the administration, not an acting president.
const QUYEN_COMPOUNDS = new Set([
  'chính',
  'nhân',
  'chủ',
  'ủy',
  'uỷ',
  'thẩm',
  'đặc',
  'toàn',
  'bình',
]);

/** Whether `word` stands right before the title of the name (within its phrase), passing `keep`. */
function wordBeforeTitle(
  tokens: Tok[],
  nameStart: number,
  word: string,
  keep: (i: number) => boolean = () => true,
): boolean {
  for (let i = nameStart - 1; i >= Math.max(0, nameStart - 8) && !isPunct(tokens[i]); i--) {
    if (tokens[i]!.lower === word && keep(i) && TITLE_PHRASES.some((p) => spells(tokens, i + 1, p)))
      return true;
  }
  return false;
}

/** "tân Chủ tịch nước <name>", "tân Đại sứ Hoa Kỳ <name>": "tân" (new) right before the title of the name. */
function newBefore(tokens: Tok[], nameStart: number): boolean {
  return wordBeforeTitle(tokens, nameStart, 'tân');
}

/** "Quyền Bộ trưởng Bộ Ngoại giao <name>": "quyền" (acting) right before the title of the name. */
function actingBefore(tokens: Tok[], nameStart: number): boolean {
  return wordBeforeTitle(
    tokens,
    nameStart,
    'quyền',
    (i) => !QUYEN_COMPOUNDS.has(tokens[i - 1]?.lower ?? ''),
  );
}

/** Where a key ending at token `end` starts, skipping dots and middle initials ("Marc E. Knapper"); -1 if it does not match. */
function matchBackwards(tokens: Tok[], end: number, key: string[]): number {
  let t = end;
  for (let k = key.length - 1; k >= 0; k--) {
    const word = key[k]!;
    while (
      k < key.length - 1 &&
      t >= 0 &&
      (tokens[t]!.raw === '.' || (tokens[t]!.folded.length === 1 && word.length > 1))
    )
      t--;
    if (t < 0 || tokens[t]!.folded !== word) return -1;
    t--;
  }
  return t + 1;
}

// ---------------------------------------------------------------------------------------------
// The years the office-holders allow

export interface DayInterval {
  from: string;
  to: string;
}

/** The dates the named office-holders allow: the stretch where (most of) them were in office together. */
export interface OfficeConstraint {
  intervals: DayInterval[];
  /** The feasible years, first to last, when any date is feasible. */
  years?: { from: number; to: number };
  /** Holders whose terms make the constraint. */
  people: string[];
  /** Holders named but left out: qualified ("cựu", "đắc cử"), historical, or out of step with the others. */
  ignored: string[];
  reason: string;
}

const YEAR_IN_TEXT = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g;
const TERM_YEARS = new Map<OfficeHolder, Array<[number, number]>>(
  OFFICE_HOLDERS.map((h) => [
    h,
    h.terms.map((t) => [Number(t.from.slice(0, 4)), Number((t.to ?? KNOWN_UNTIL).slice(0, 4))]),
  ]),
);

/**
 * The feasible dates of an article from the office-holders it names. A person qualified as former
 * or elect anywhere counts for nothing; a mention in a sentence dated within that person's term
 * ("Tổng thống Donald Trump vào tháng 11-2017") is history, not the present. When the others
 * disagree, the stretch covered by most of them (titled mentions weigh double) wins. `titledOnly`
 * counts only those named with a title ("bà Hillary Clinton" in 2000 held no office yet).
 */
export function officeConstraint(
  sentences: string[],
  { titledOnly = false }: { titledOnly?: boolean } = {},
): OfficeConstraint | undefined {
  const found = findOfficeHolders(sentences);
  const mentions = titledOnly ? found.filter((m) => m.offices.length > 0) : found;
  if (mentions.length === 0) return undefined;
  const qualified = new Set(
    mentions.filter((m) => m.qualified || m.otherOffice).map((m) => m.holder),
  );
  // A president-elect: the article falls between the election (early November) and the term's start
  const elect = new Set(mentions.filter((m) => m.elect).map((m) => m.holder));
  const perHolder = new Map<
    OfficeHolder,
    {
      offices: Set<OfficeId>;
      untitled: boolean;
      weight: number;
      acting: boolean;
      newly: boolean;
    }
  >();
  const ignored = new Set<string>();
  const yearsBySentence = new Map<number, number[]>();
  for (const m of mentions) {
    // "Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung": an office the table does not know of, so the
    // terms it does know say nothing about the article's date.
    if (qualified.has(m.holder) && !elect.has(m.holder)) {
      ignored.add(m.holder.name);
      continue;
    }
    let years = yearsBySentence.get(m.sentenceIndex);
    if (!years) {
      const sentence = sentences[m.sentenceIndex] ?? '';
      years = /\d{4}/.test(sentence)
        ? [...sentence.matchAll(YEAR_IN_TEXT)].map((y) => Number(y[1]))
        : [];
      yearsBySentence.set(m.sentenceIndex, years);
    }
    const spans = TERM_YEARS.get(m.holder) ?? [];
    if (years.some((y) => spans.some(([from, to]) => y >= from && y <= to))) continue;
    const entry = perHolder.get(m.holder) ?? {
      offices: new Set<OfficeId>(),
      untitled: false,
      weight: 1,
      acting: false,
      newly: false,
    };
    if (m.acting) entry.acting = true;
    if (m.newly) entry.newly = true;
    if (m.offices.length === 0) entry.untitled = true;
    else {
      m.offices.forEach((o) => entry.offices.add(o));
      entry.weight = 2;
    }
    perHolder.set(m.holder, entry);
  }
  for (const h of perHolder.keys()) ignored.delete(h.name);
  if (perHolder.size === 0)
    return { intervals: [], people: [], ignored: [...ignored], reason: 'no office-holder counts' };

  // Each holder's intervals: the titled offices when a title was given, else every term.
  const holderIntervals = new Map<OfficeHolder, DayInterval[]>();
  for (const [holder, entry] of perHolder) {
    if (elect.has(holder)) {
      const presidencies = holder.terms.filter((t) => t.office === 'us-president');
      holderIntervals.set(
        holder,
        presidencies.map((t) => ({ from: shiftDay(t.from, -80), to: t.from })),
      );
      continue;
    }
    const terms = holder.terms.filter(
      (t) => entry.offices.size === 0 || entry.offices.has(t.office),
    );
    // An acting holder is in the first months of the term: the appointment follows within months.
    const end = (t: OfficeTerm) => {
      const to = lastDay(t);
      const actingEnd = shiftDay(t.from, ACTING_DAYS);
      return entry.acting && actingEnd < to ? actingEnd : to;
    };
    if (entry.newly) {
      // New in office: from the weeks before the start ("tân Tổng thống" for one elected) to its first months.
      const around = (t: OfficeTerm) => {
        const to = lastDay(t);
        const newEnd = shiftDay(t.from, NEW_DAYS);
        return { from: shiftDay(t.from, -NEW_BEFORE_DAYS), to: newEnd < to ? newEnd : to };
      };
      holderIntervals.set(holder, mergeIntervals(terms.map(around)));
      continue;
    }
    const union = mergeIntervals(terms.map((t) => ({ from: t.from, to: end(t) })));
    holderIntervals.set(holder, heldTogether(terms, entry.offices) ?? union);
  }

  // Sweep: the dates covered by the greatest weight of holders.
  const events: Array<{ at: string; delta: number; holder: OfficeHolder }> = [];
  for (const [holder, intervals] of holderIntervals) {
    const weight = perHolder.get(holder)!.weight;
    for (const iv of intervals) {
      events.push({ at: iv.from, delta: weight, holder });
      events.push({ at: nextDay(iv.to), delta: -weight, holder });
    }
  }
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.delta - b.delta));
  let best = 0;
  let current = 0;
  const segments: Array<{ from: string; to: string; weight: number }> = [];
  for (let k = 0; k < events.length; k++) {
    current += events[k]!.delta;
    const next = events[k + 1];
    if (next && next.at > events[k]!.at) {
      segments.push({ from: events[k]!.at, to: previousDay(next.at), weight: current });
      best = Math.max(best, current);
    }
  }
  let intervals = mergeIntervals(segments.filter((s) => s.weight === best && best > 0));
  // "Thứ trưởng Bộ Công an Tô Lâm": while a deputy, not yet (or no longer) in the offices the table
  // gives the person. Told with a year, it is history.
  const deputies = new Set(
    mentions
      .filter(
        (m) =>
          m.deputy &&
          !m.qualified &&
          !perHolder.has(m.holder) &&
          !/\d{4}/.test(sentences[m.sentenceIndex] ?? ''),
      )
      .map((m) => m.holder),
  );
  const excluded: string[] = [];
  for (const holder of deputies) {
    const held = holder.terms.map((t) => ({ from: t.from, to: lastDay(t) }));
    const outside = subtractIntervals(intervals, held);
    if (outside.length > 0 && !sameIntervals(outside, intervals)) {
      intervals = outside;
      excluded.push(holder.name);
    }
  }
  const people: string[] = [];
  for (const [holder, ivs] of holderIntervals) {
    const inside = ivs.some((iv) => intervals.some((w) => iv.from <= w.from && iv.to >= w.to));
    if (inside) people.push(holder.name);
    else ignored.add(holder.name);
  }
  const first = intervals[0];
  const last = intervals[intervals.length - 1];
  const deputised = excluded.length
    ? `, ${excluded.join(', ')} not yet or no longer in office`
    : '';
  const reason = `in office together: ${people.join(', ')}${deputised} (${first && last ? `${first.from}..${last.to}` : 'never'})`;
  const constraint: OfficeConstraint = { intervals, people, ignored: [...ignored], reason };
  if (first && last)
    constraint.years = { from: Number(first.from.slice(0, 4)), to: Number(last.to.slice(0, 4)) };
  return constraint;
}

/** How long a holder is called new ("tân Đại sứ", "tân Chủ tịch nước") after the term starts, and before it. */
const NEW_DAYS = 120;
const NEW_BEFORE_DAYS = 80;

/** How long an acting holder ("Quyền Bộ trưởng") may act before being appointed, at most. */
const ACTING_DAYS = 183;

/**
 * One person titled with several offices in one article holds them at once: "Phó Thủ tướng, Bộ
 * trưởng Bộ Ngoại giao Phạm Bình Minh" is 2013–2021, not 2011–2023. Undefined for a single office,
 * or when the offices were never held together (a former title told as background).
 */
function heldTogether(terms: OfficeTerm[], offices: Set<OfficeId>): DayInterval[] | undefined {
  if (offices.size < 2) return undefined;
  let together: DayInterval[] | undefined;
  for (const office of offices) {
    const held = mergeIntervals(
      terms.filter((t) => t.office === office).map((t) => ({ from: t.from, to: lastDay(t) })),
    );
    together = together ? intersectIntervals(together, held) : held;
  }
  return together && together.length > 0 ? together : undefined;
}

/** The stretches two lists of day intervals have in common. */
export function intersectIntervals(a: DayInterval[], b: DayInterval[]): DayInterval[] {
  const out: DayInterval[] = [];
  for (const x of a)
    for (const y of b) {
      const from = x.from > y.from ? x.from : y.from;
      const to = x.to < y.to ? x.to : y.to;
      if (from <= to) out.push({ from, to });
    }
  return out;
}

/** The stretches of `a` outside every interval of `b`. */
function subtractIntervals(a: DayInterval[], b: DayInterval[]): DayInterval[] {
  let out = a;
  for (const y of b)
    out = out.flatMap((x) => {
      if (y.to < x.from || y.from > x.to) return [x];
      const parts: DayInterval[] = [];
      if (y.from > x.from) parts.push({ from: x.from, to: previousDay(y.from) });
      if (y.to < x.to) parts.push({ from: nextDay(y.to), to: x.to });
      return parts;
    });
  return out;
}

function mergeIntervals(list: DayInterval[]): DayInterval[] {
  const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: DayInterval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.from <= nextDay(last.to)) {
      if (iv.to > last.to) last.to = iv.to;
    } else out.push({ from: iv.from, to: iv.to });
  }
  return out;
}

// The days a holder took an office over from a predecessor: "office day".
const HANDOVERS = new Set(
  OFFICE_HOLDERS.flatMap((h) => h.terms.map((t) => `${t.office} ${t.from}`)),
);

/**
 * A term's last day in office. A term that ends the day the successor's starts (a US president's at
 * noon on 20 January) leaves that day to the successor: an outgoing holder named with the incoming
 * one (a predecessor recalled in passing) would otherwise meet them on that one day, and the day
 * would win as the only one covered by both.
 */
const lastDay = (t: OfficeTerm): string =>
  !t.to ? KNOWN_UNTIL : HANDOVERS.has(`${t.office} ${t.to}`) ? previousDay(t.to) : t.to;

const sameIntervals = (a: DayInterval[], b: DayInterval[]): boolean =>
  a.length === b.length && a.every((x, k) => x.from === b[k]!.from && x.to === b[k]!.to);
const nextDay = (day: string): string => shiftDay(day, 1);
const previousDay = (day: string): string => shiftDay(day, -1);
