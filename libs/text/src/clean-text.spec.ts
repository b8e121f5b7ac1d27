import { cleanText, isBlank } from './clean-text';

describe('cleanText', () => {
  it('removes zero-width and other invisible characters an informant pasted along', () => {
    expect(cleanText('农村\u200B养老\u200C服务\u200D体系\u2060建设\uFEFF')).toBe('农村养老服务体系建设');
    expect(cleanText('\uFEFF关于\u0000加强\u0007养老\u202E服务\u00AD')).toBe('关于加强养老服务');
  });

  it('normalises line breaks and keeps at most one blank line between paragraphs', () => {
    expect(cleanText('一、基本情况\r\n情况\r问题\u2028建议\u2029完')).toBe('一、基本情况\n情况\n问题\n建议\n完');
    expect(cleanText('一、基本情况\n\n\n\n \n二、存在问题')).toBe('一、基本情况\n\n二、存在问题');
  });

  it('turns full-width, non-breaking and tab spaces into plain ones and trims every line', () => {
    expect(cleanText('　　近年来，我市农村人口老龄化加深。\t\n\u00A0\u00A0二、存在问题　')).toBe('近年来，我市农村人口老龄化加深。\n二、存在问题');
    expect(cleanText('使用\u3000iPhone\t\t和\u00A0Android  手机')).toBe('使用 iPhone 和 Android 手机');
  });

  it('removes spaces inside Chinese text and around Chinese punctuation', () => {
    expect(cleanText('关于 加强 农村 养老 服务 体系 建设 的 建议')).toBe('关于加强农村养老服务体系建设的建议');
    expect(cleanText('一、 基本情况 ： 我市 “ 挂牌不开门 ” 现象 ， 较为 普遍 。')).toBe('一、基本情况：我市“挂牌不开门”现象，较为普遍。');
    expect(cleanText('增长 GDP ， 占 3.5% 。')).toBe('增长 GDP，占 3.5%。');
  });

  it('keeps Chinese punctuation exactly', () => {
    const punctuation = '，。；：？！“”‘’（）《》、…—';
    expect(cleanText(`甲${punctuation}乙`)).toBe(`甲${punctuation}乙`);
    expect(cleanText('《意见》指出：“一院一策”……——好！')).toBe('《意见》指出：“一院一策”……——好！');
  });

  it('keeps ASCII words and numbers apart by single spaces', () => {
    expect(cleanText('Windows   10 与 Office\u3000 2016 covid-19 疫情')).toBe('Windows 10 与 Office 2016 covid-19 疫情');
    expect(cleanText('he said “hi” to me')).toBe('he said “hi” to me');
  });

  it('is idempotent', () => {
    const once = cleanText(' \u3000关于 加强 养老 服务 的 建议\r\n\r\n\r\n\t情况 ： iPhone  用户 ');
    expect(cleanText(once)).toBe(once);
  });
});

describe('isBlank', () => {
  it.each(['', '   ', '\u3000\u00A0\t\r\n', '\u200B\u200C\u200D\u2060\uFEFF', '\u3164\u0000 \n'])('is true for %j', (text) => {
    expect(isBlank(text)).toBe(true);
  });

  it.each(['。', 'a', ' 1 ', '\u200B建议'])('is false for %j', (text) => {
    expect(isBlank(text)).toBe(false);
  });

  it('agrees with cleanText on every character up to U+FFFF, alone and between spaces', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      for (const text of [char, ` ${char}\u200B\n`]) if (isBlank(text) !== (cleanText(text) === '')) disagreements.push(JSON.stringify(text));
    }
    expect(disagreements).toEqual([]);
  });
});
