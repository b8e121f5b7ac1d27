import { segment, segmentQuery, tsvectorText } from './segment';

const TITLE = '关于加强农村养老服务体系建设的建议';

describe('segment', () => {
  it('cuts an item title into words, two-character words included', () => {
    // pg_trgm finds no trigram in a two-character word, which is why we segment.
    const tokens = segment(TITLE);
    expect(tokens).toEqual(expect.arrayContaining(['农村', '养老', '服务', '体系', '服务体系', '建设']));
  });

  it('drops stop words, punctuation and whitespace', () => {
    const tokens = segment('关于 加强养老服务的建议：资金和人员都是问题，并且也在持续减少……');
    for (const stopWord of ['关于', '建议', '问题', '的', '和', '都', '是', '也', '在']) expect(tokens).not.toContain(stopWord);
    expect(tokens.filter((token) => /^[\p{P}\s]*$/u.test(token))).toEqual([]);
    expect(tokens).toEqual(expect.arrayContaining(['加强', '养老', '服务', '资金', '人员', '持续', '减少']));
  });

  it('lower-cases ASCII and folds full-width letters and digits', () => {
    expect(segment('ＧＤＰ增长，iPhone用户２０２４年')).toEqual(expect.arrayContaining(['gdp', 'iphone', '2024']));
  });

  it('returns nothing for blank text', () => {
    expect(segment(' \u3000\u200B\n')).toEqual([]);
    expect(tsvectorText('')).toBe('');
  });
});

describe('tsvectorText', () => {
  it('joins the tokens with spaces for to_tsvector(simple)', () => {
    expect(tsvectorText(TITLE)).toBe(segment(TITLE).join(' '));
    expect(tsvectorText(TITLE)).toContain('养老 服务');
  });
});

describe('segmentQuery', () => {
  it('finds every query token among the tokens of a matching item', () => {
    const document = new Set(segment(`${TITLE}\n农村留守、独居、空巢老人比例不断上升，日间照料中心缺乏运营经费。`));
    for (const query of ['农村养老', '养老服务', '养老 服务', '日间照料', '空巢老人', '农村 养老服务体系']) {
      const tokens = segmentQuery(query);
      expect(tokens.length).toBeGreaterThan(0);
      expect(tokens.filter((token) => !document.has(token))).toEqual([]);
    }
  });

  it('lists each token once', () => {
    expect(segmentQuery('养老 养老服务 养老')).toEqual(['养老', '服务']);
  });
});
