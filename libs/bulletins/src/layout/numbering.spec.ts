import { IssueKind } from '@sqmy/contract';
import { documentFileName, numberLabel, numberLine } from './numbering';

describe('issue numbering', () => {
  const third = { kind: IssueKind.Regular, year: 2024, number: 3, totalNumber: 45 };
  const supplement = { kind: IssueKind.Supplement, year: 2024, number: 1, totalNumber: 2 };

  it('writes 第N期（总第M期） in the masthead, 增刊 for supplements', () => {
    expect(numberLine(third)).toBe('第3期（总第45期）');
    expect(numberLine(supplement)).toBe('增刊第1期（总第2期）');
  });

  it('leaves blanks on a draft', () => {
    expect(numberLine(null)).toBe('第\u3000期（总第\u3000期）');
    expect(numberLine(null, IssueKind.Supplement)).toBe('增刊第\u3000期（总第\u3000期）');
  });

  it('names an issue with its year', () => {
    expect(numberLabel(third)).toBe('2024年第3期（总第45期）');
    expect(numberLabel(supplement)).toBe('2024年增刊第1期（总第2期）');
  });

  it('names an issue imported from a ledger without a running number', () => {
    expect(numberLabel({ ...third, totalNumber: null })).toBe('2024年第3期');
  });

  it('names the download after the series and the issue, without book-title marks', () => {
    expect(documentFileName('晋中社情民意', third)).toBe('晋中社情民意2024年第3期.docx');
    expect(documentFileName('《晋中社情民意》', supplement)).toBe('晋中社情民意2024年增刊第1期.docx');
  });
});
