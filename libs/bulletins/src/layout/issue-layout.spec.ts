import { IssueKind } from '@sqmy/contract';
import { buildIssueLayout, byline, LayoutSource, paragraphsOf } from './issue-layout';

const source: LayoutSource = {
  series: { title: '晋中社情民意', issuingUnit: '政协晋中市委员会研究中心', marking: '内部资料 注意保存' },
  kind: IssueKind.Regular,
  number: { kind: IssueKind.Regular, year: 2024, number: 3, totalNumber: 45 },
  date: '2024-03-05',
  editorNote: '  本期刊发两篇。 ',
  corrects: null,
  items: [
    { title: ' 关于农村养老的建议 ', byline: '榆次区政协 张信息', editorNote: '', body: '一、情况。\n\n  二、问题。\r\n三、建议。' },
    { title: '关于停车难的建议', byline: '民盟晋中市委会 陈委员', editorNote: '值得关注。', body: '正文' },
  ],
  distribution: [
    { label: '报', text: '省政协办公厅' },
    { label: '发', text: '各县（区、市）政协' },
  ],
  copies: 30,
};

describe('the issue layout', () => {
  it('has the masthead of DESIGN.md: title, number line, unit, Chinese date, marking', () => {
    expect(buildIssueLayout(source).masthead).toEqual({
      title: '晋中社情民意',
      numberLine: '第3期（总第45期）',
      issuingUnit: '政协晋中市委员会研究中心',
      dateText: '2024年3月5日',
      marking: '内部资料 注意保存',
    });
  });

  it('keeps the items in order, one paragraph per non-blank line, notes trimmed or absent', () => {
    const layout = buildIssueLayout(source);
    expect(layout.editorNote).toBe('本期刊发两篇。');
    expect(layout.items).toEqual([
      { title: '关于农村养老的建议', byline: '榆次区政协 张信息', editorNote: null, paragraphs: ['一、情况。', '二、问题。', '三、建议。'] },
      { title: '关于停车难的建议', byline: '民盟晋中市委会 陈委员', editorNote: '值得关注。', paragraphs: ['正文'] },
    ]);
  });

  it('ends with the distribution lines and the copies', () => {
    expect(buildIssueLayout(source).foot).toEqual({ distribution: source.distribution, copiesText: '共印30份' });
  });

  it('previews a draft with blanks for the number and no date', () => {
    const layout = buildIssueLayout({ ...source, kind: IssueKind.Supplement, number: null, date: null });
    expect(layout.masthead.numberLine).toBe('增刊第\u3000期（总第\u3000期）');
    expect(layout.masthead.dateText).toBe('');
  });

  it('says which issue a correction corrects', () => {
    const layout = buildIssueLayout({ ...source, corrects: { kind: IssueKind.Regular, year: 2024, number: 2 } });
    expect(layout.correctionNotice).toBe('本期系对2024年第2期的更正。');
  });

  it('writes the byline as unit and authors', () => {
    expect(byline('榆次区政协', ['张三', '李四'])).toBe('榆次区政协 张三 李四');
    expect(paragraphsOf('  \n')).toEqual([]);
  });

  it('prints a 编者按 the editor headed herself once: her heading goes, in any of its usual forms', () => {
    const typed = ['编者按：本期刊发两篇。', ' 编者按 : 本期刊发两篇。', '【编者按】本期刊发两篇。', '[ 编者按 ]：本期刊发两篇。', '（编者按）本期刊发两篇。'];
    for (const note of typed) {
      const layout = buildIssueLayout({ ...source, editorNote: note, items: [{ ...source.items[0], editorNote: note }] });
      expect([layout.editorNote, layout.items[0].editorNote]).toEqual(['本期刊发两篇。', '本期刊发两篇。']);
    }
    expect(buildIssueLayout({ ...source, editorNote: '编者按：' }).editorNote).toBeNull();
    // Only a heading in front, and only one: the words of the note stay as written.
    expect(buildIssueLayout({ ...source, editorNote: '本刊编者按：值得关注。' }).editorNote).toBe('本刊编者按：值得关注。');
  });
});

