import JSZip from 'jszip';
import { IssueKind } from '@sqmy/contract';
import { renderIssueDocx } from './issue-docx';
import { buildIssueLayout, LayoutSource } from './issue-layout';

const layoutSource: LayoutSource = {
  series: { title: '晋中社情民意', issuingUnit: '政协晋中市委员会研究中心', marking: '内部资料 注意保存' },
  kind: IssueKind.Regular,
  number: { kind: IssueKind.Regular, year: 2024, number: 3, totalNumber: 45 },
  date: '2024-03-05',
  editorNote: '本期编者按。',
  corrects: null,
  items: [
    { title: '关于农村养老的建议', byline: '榆次区政协 张信息', editorNote: null, body: '一、情况。\n二、建议。' },
    { title: '关于停车难的建议', byline: '民盟晋中市委会 陈委员', editorNote: null, body: '正文。' },
  ],
  distribution: [{ label: '报', text: '省政协办公厅' }],
  copies: 30,
};
const layout = buildIssueLayout(layoutSource);

async function documentXml(buffer: Buffer): Promise<string> {
  return (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
}

describe('the .docx of an issue', () => {
  it('is a Word document with the masthead, number, date, items in order and foot', async () => {
    const xml = await documentXml(await renderIssueDocx(layout));
    const order = ['内部资料 注意保存', '晋中社情民意', '第3期（总第45期）', '政协晋中市委员会研究中心', '2024年3月5日', '本期编者按。', '关于农村养老的建议', '榆次区政协 张信息', '关于停车难的建议', '省政协办公厅', '共印30份'];
    const positions = order.map((text) => xml.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('sets the official fonts and the red masthead', async () => {
    const xml = await documentXml(await renderIssueDocx(layout));
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toMatch(/<w:color w:val="E60012"\/>/);
  });

  it('gives the same document text for the same layout', async () => {
    expect(await documentXml(await renderIssueDocx(layout))).toBe(await documentXml(await renderIssueDocx(layout)));
  });

  it('heads each 编者按 once, even when the editor typed the heading into the note', async () => {
    const headed = buildIssueLayout({
      ...layoutSource,
      editorNote: '编者按：本期编者按。',
      items: [{ ...layoutSource.items[0], editorNote: '【编者按】值得关注。' }],
    });
    const text = (await documentXml(await renderIssueDocx(headed))).replace(/<[^>]+>/g, '');
    expect(text.match(/编者按/g)).toHaveLength(3); // two headings and the note's own words "本期编者按"
    expect(text).toContain('编者按：本期编者按。');
    expect(text).toContain('编者按：值得关注。');
  });
});

