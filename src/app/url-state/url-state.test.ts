import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from './url-state';

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe('parseViewState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseViewState('')).toEqual({ topics: [], people: [], kinds: [], countries: [], lang: 'vi' });
    expect(parseViewState('?')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('reads every parameter of a shared link', () => {
    const s = parseViewState(
      '?event=2024-03-25-doi-thoai&q=blinken&topics=economy,defense&people=antony-blinken&kinds=visit,call' +
        '&countries=US,CN&from=2023-01&to=2024-12&view=2023-06-01~2024-06-30&lang=en',
    );
    expect(s).toEqual({
      event: '2024-03-25-doi-thoai',
      q: 'blinken',
      topics: ['defense', 'economy'],
      people: ['antony-blinken'],
      kinds: ['call', 'visit'],
      countries: ['CN', 'US'],
      from: '2023-01',
      to: '2024-12',
      view: { start: '2023-06-01', end: '2024-06-30' },
      lang: 'en',
    });
  });

  it('reads percent-encoded commas and Vietnamese search text', () => {
    const s = parseViewState('?topics=economy%2Cdefense&q=B%C3%B9i+Thanh+S%C6%A1n');
    expect(s.topics).toEqual(['defense', 'economy']);
    expect(s.q).toBe('Bùi Thanh Sơn');
  });

  it('drops invalid event ids', () => {
    expect(parseViewState('?event=<script>alert(1)</script>').event).toBeUndefined();
    expect(parseViewState('?event=ABC').event).toBeUndefined();
    expect(parseViewState(`?event=${'a'.repeat(121)}`).event).toBeUndefined();
    expect(parseViewState(`?event=${'a'.repeat(120)}`).event).toBe('a'.repeat(120));
    expect(parseViewState('?event=').event).toBeUndefined();
  });

  it('keeps valid list values, drops invalid ones and duplicates', () => {
    expect(parseViewState('?topics=economy,Economy,eco nomy,,economy,defense').topics).toEqual(['defense', 'economy']);
    expect(parseViewState('?people=antony-blinken,javascript:alert(1),bui-thanh-son').people).toEqual([
      'antony-blinken',
      'bui-thanh-son',
    ]);
    expect(parseViewState('?kinds=visit,party,VISIT,call,visit').kinds).toEqual(['call', 'visit']);
  });

  it('upper-cases country codes and drops anything that is not two letters', () => {
    expect(parseViewState('?countries=us,CN,USA,1A,vn,us').countries).toEqual(['CN', 'US', 'VN']);
  });

  it('accepts YYYY, YYYY-MM and YYYY-MM-DD dates with a real month and day', () => {
    expect(parseViewState('?from=2023&to=2024-02-29')).toMatchObject({ from: '2023', to: '2024-02-29' });
    for (const bad of ['2023-13', '2023-00', '2023-02-29', '2023-04-31', '23-01', '2023-1', '2023/01', 'tomorrow']) {
      expect(parseViewState(`?from=${bad}&to=${bad}`), bad).toEqual(DEFAULT_VIEW_STATE);
    }
  });

  it('accepts a view window only with two real days, start before end', () => {
    expect(parseViewState('?view=2023-06-01~2024-06-30').view).toEqual({ start: '2023-06-01', end: '2024-06-30' });
    for (const bad of ['2024-06-30~2023-06-01', '2023-06-01~2023-06-01', '2023-06~2024-06', '2023-06-01', '2023-06-01~2024-06-31', 'a~b~c']) {
      expect(parseViewState(`?view=${bad}`).view, bad).toBeUndefined();
    }
  });

  it('takes lang=en, and anything else as Vietnamese', () => {
    expect(parseViewState('?lang=en').lang).toBe('en');
    expect(parseViewState('?lang=fr').lang).toBe('vi');
    expect(parseViewState('?lang=EN').lang).toBe('vi');
  });

  it('trims the search, collapses its spaces and keeps at most 200 characters', () => {
    expect(parseViewState('?q=++bui+++thanh++').q).toBe('bui thanh');
    expect(parseViewState('?q=+++').q).toBeUndefined();
    expect(parseViewState(`?q=${'x'.repeat(500)}`).q).toHaveLength(200);
  });

  it('keeps markup in the search as plain text (it is only ever rendered as text)', () => {
    expect(parseViewState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').q).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throws on hostile or malformed input, and ignores unknown parameters', () => {
    for (const search of [
      '?q=%E0%A4%A',
      '?topics=%E0%A4%A,economy',
      '?event=%',
      '?view=%ZZ~%',
      '?&&&=&=',
      '?__proto__=x&constructor=y&topics=__proto__',
      '?utm_source=x&fbclid=y',
      '?' + 'topics=economy&'.repeat(1000),
      '?topics=' + 'a,'.repeat(10_000),
    ]) {
      expect(() => parseViewState(search), search).not.toThrow();
    }
    expect(parseViewState('?utm_source=x&topics=economy')).toEqual(state({ topics: ['economy'] }));
    expect(parseViewState('?topics=%E0%A4%A,economy').topics).toEqual(['economy']);
  });

  it('caps long lists so a crafted link cannot make the state huge', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `t${i}`).join(',');
    expect(parseViewState(`?topics=${ids}`).topics.length).toBeLessThanOrEqual(100);
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(serializeViewState(state({ q: '  ', lang: 'vi' }))).toBe('');
  });

  it('writes the parameters in a fixed order with readable commas and window', () => {
    const s = state({
      lang: 'en',
      view: { start: '2023-06-01', end: '2024-06-30' },
      to: '2024-12',
      from: '2023-01',
      countries: ['US', 'CN'],
      kinds: ['visit', 'call'],
      people: ['antony-blinken'],
      topics: ['economy', 'defense'],
      q: 'blinken',
      event: '2024-03-25-doi-thoai',
    });
    expect(serializeViewState(s)).toBe(
      'event=2024-03-25-doi-thoai&q=blinken&topics=defense,economy&people=antony-blinken&kinds=call,visit' +
        '&countries=CN,US&from=2023-01&to=2024-12&view=2023-06-01~2024-06-30&lang=en',
    );
  });

  it('gives one URL for one filter, whatever order the values were chosen in', () => {
    expect(serializeViewState(state({ topics: ['economy', 'defense'] }))).toBe(
      serializeViewState(state({ topics: ['defense', 'economy', 'defense'] })),
    );
  });

  it('encodes search text so that it cannot break the query string', () => {
    const query = serializeViewState(state({ q: 'a&b=c #d' }));
    expect(query).toBe('q=a%26b%3Dc+%23d');
    expect(parseViewState(query).q).toBe('a&b=c #d');
  });
});

describe('round trip', () => {
  const cases: ViewState[] = [
    DEFAULT_VIEW_STATE,
    state({ event: '2023-09-10-tham-cua-tong-thong-biden' }),
    state({ q: 'Bùi Thanh Sơn & Blinken, 100%' }),
    state({ q: 'hoà bình +1 ~ ?' }),
    state({ topics: ['defense', 'economy'], people: ['antony-blinken', 'bui-thanh-son'] }),
    state({ kinds: ['call', 'dialogue', 'visit'], countries: ['CN', 'US'] }),
    state({ from: '2023', to: '2024-02-29' }),
    state({ view: { start: '1995-01-01', end: '2024-12-31' }, lang: 'en' }),
  ];
  it.each(cases.map((c) => [serializeViewState(c) || '(defaults)', c] as const))('%s', (_, s) => {
    expect(parseViewState(serializeViewState(s))).toEqual(s);
    expect(parseViewState('?' + serializeViewState(s))).toEqual(s);
  });
});

describe('round trip on generated states', () => {
  // A seeded generator: the same 500 states every run, covering every parameter and awkward text.
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const some = <T extends string>(values: readonly T[]): T[] =>
    [...new Set(values.filter(() => random() < 0.3))].sort();
  const texts = ['blinken', 'Bùi Thanh Sơn', 'hoà bình', 'a&b=c', '100% #1', '~,;:/?', '<b>x</b>', 'Đà Nẵng + Hà Nội'];
  const days = ['1995-07-11', '2000-02-29', '2023-06-01', '2024-06-30', '2024-12-31'];

  it('parse(serialize(s)) gives s back', () => {
    for (let i = 0; i < 500; i++) {
      const [start, end] = [pick(days), pick(days)].sort() as [string, string];
      const s: ViewState = {
        topics: some(['economy', 'defense', 'war-legacy', 'politics']),
        people: some(['antony-blinken', 'bui-thanh-son', 'joe-biden']),
        kinds: some(['visit', 'call', 'talks', 'milestone'] as const),
        countries: some(['US', 'VN', 'CN']),
        lang: pick(['vi', 'en'] as const),
        ...(random() < 0.5 ? { q: pick(texts) } : {}),
        ...(random() < 0.5 ? { event: pick(['2024-03-25-doi-thoai', 'a', '1995']) } : {}),
        ...(random() < 0.5 ? { from: pick(['2023', '2023-01', '2023-01-15']) } : {}),
        ...(random() < 0.5 ? { to: pick(['2024', '2024-12', '2024-02-29']) } : {}),
        ...(start < end ? { view: { start, end } } : {}),
      };
      expect(parseViewState(serializeViewState(s))).toEqual(s);
    }
  });
});
