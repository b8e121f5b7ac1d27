import { diffText, diffVersions } from './version-diff';

describe('diffVersions', () => {
  it('shows the editor’s change character by character, with the author’s substance kept', () => {
    const diff = diffVersions(
      { title: '关于加强农村养老服务的建议', body: '建议加快建设互助幸福院。' },
      { title: '关于加强农村养老服务体系建设的建议', body: '建议加快建设农村互助幸福院。' },
    );
    expect(diff.title).toEqual([
      { op: 'equal', text: '关于加强农村养老服务' },
      { op: 'insert', text: '体系建设' },
      { op: 'equal', text: '的建议' },
    ]);
    expect(diff.body).toEqual([
      { op: 'equal', text: '建议加快建设' },
      { op: 'insert', text: '农村' },
      { op: 'equal', text: '互助幸福院。' },
    ]);
    expect(diff.stats).toEqual({ inserted: 6, deleted: 0 });
  });

  it('counts deleted and replaced characters, and a character outside the BMP once', () => {
    expect(diffText('养老𠀀服务', '养老服务')).toEqual([
      { op: 'equal', text: '养老' },
      { op: 'delete', text: '𠀀' },
      { op: 'equal', text: '服务' },
    ]);
    expect(diffVersions({ title: '甲𠀀', body: '乙' }, { title: '甲', body: '丙' }).stats).toEqual({ inserted: 1, deleted: 2 });
  });

  it('finds nothing between a version and itself', () => {
    expect(diffVersions({ title: 'a', body: '正文' }, { title: 'a', body: '正文' })).toEqual({
      title: [{ op: 'equal', text: 'a' }],
      body: [{ op: 'equal', text: '正文' }],
      stats: { inserted: 0, deleted: 0 },
    });
  });
});
