import { AdoptionKind, LeaderLevel, LedgerRowError } from '@sqmy/contract';
import { TITLE_MAX } from '@sqmy/items';
import { ADOPTION_BY_LABEL, AUTHOR_SEPARATOR, INSTRUCTION_SEPARATOR, LEADER_LEVEL_BY_LABEL, LedgerColumn } from './ledger-columns';
import { LedgerCells } from './ledger-file';

/** A 期号 of the committee's own bulletin: 2024年第3期, 2024年增刊第1期. */
export interface IssueRef {
  year: number;
  supplement: boolean;
  number: number;
}

export interface InstructionEntry {
  level: LeaderLevel;
  leaderName: string;
  instructedOn: string;
}

/** One checked ledger row, ready to be written. Dates are `YYYY-MM-DD`. */
export interface LedgerRow {
  row: number;
  ledgerNo: string;
  title: string;
  authors: string[];
  unitName: string;
  categoryCode: string | null;
  submittedOn: string;
  issue: IssueRef | null;
  reportedProvinceOn: string | null;
  reportedNationalOn: string | null;
  adoptedProvince: AdoptionKind | null;
  adoptedNational: AdoptionKind | null;
  instructions: InstructionEntry[];
  note: string | null;
}

/** Co-authors are separated by 、; commas and semicolons, which offices also use, are read the same way. */
const AUTHORS = new RegExp(`[${AUTHOR_SEPARATOR},，;；]`);
const LEDGER_NO_MAX = 64;
const NAME_MAX = 50;
const UNIT_MAX = 100;
const NOTE_MAX = 1000;
const ISSUE_REF = /^(\d{4})年(增刊)?第(\d{1,4})期$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Excel stores dates as days since 1899-12-30; a CSV saved from Excel may carry the bare number. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** `2024-3-5`, `2024/03/05` or an Excel serial → `2024-03-05`; null when it is not a real date. */
export function parseDate(text: string): string | null {
  if (/^\d{5}$/.test(text)) {
    const date = new Date(EXCEL_EPOCH + Number(text) * 86_400_000);
    return date.getUTCFullYear() >= 1990 && date.getUTCFullYear() <= 2100 ? date.toISOString().slice(0, 10) : null;
  }
  const match = ISO_DATE.exec(text.replace(/[/.]/g, '-'));
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1990 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function parseIssueRef(text: string): IssueRef | null {
  const match = ISSUE_REF.exec(text.replace(/\s/g, ''));
  if (!match || Number(match[3]) < 1) return null;
  return { year: Number(match[1]), supplement: match[2] !== undefined, number: Number(match[3]) };
}

/**
 * Checks every row (nothing is skipped after a first error) and returns the rows that passed with
 * every problem found, each with its row, column and a reason in Chinese. `categories` maps the
 * labels a 类别 cell may hold to their codes. `onProgress` is told how many rows were checked.
 */
export function checkLedgerRows(
  input: LedgerCells[],
  categories: ReadonlyMap<string, string>,
  onProgress: (checked: number) => void = () => undefined,
): { rows: LedgerRow[]; errors: LedgerRowError[] } {
  const rows: LedgerRow[] = [];
  const errors: LedgerRowError[] = [];
  const firstRowOf = new Map<string, number>();
  input.forEach(({ row, cells }, index) => {
    const before = errors.length;
    const problem = (column: LedgerColumn, reason: string) => errors.push({ row, column, reason });
    const required = (column: LedgerColumn, max: number) => {
      const text = cells[column];
      if (!text) problem(column, '不能为空');
      else if ([...text].length > max) problem(column, `最多 ${max} 个字（现有 ${[...text].length} 个）`);
      return text;
    };
    const date = (column: LedgerColumn, must: boolean) => {
      const text = cells[column];
      if (!text) {
        if (must) problem(column, '不能为空');
        return null;
      }
      const parsed = parseDate(text);
      if (!parsed) problem(column, `“${text}”不是有效日期（应为 YYYY-MM-DD）`);
      return parsed;
    };

    const ledgerNo = required('编号', LEDGER_NO_MAX);
    if (ledgerNo && firstRowOf.has(ledgerNo)) problem('编号', `与第${firstRowOf.get(ledgerNo)}行的编号“${ledgerNo}”重复`);
    else if (ledgerNo) firstRowOf.set(ledgerNo, row);
    const title = required('标题', TITLE_MAX);
    const authors = splitList(cells['作者'], AUTHORS);
    if (authors.length === 0) problem('作者', '不能为空');
    for (const name of authors) if ([...name].length > NAME_MAX) problem('作者', `姓名“${name.slice(0, 10)}…”过长（最多 ${NAME_MAX} 个字）`);
    if (new Set(authors).size !== authors.length) problem('作者', '同一作者重复列出');
    const unitName = required('报送单位', UNIT_MAX);
    const categoryLabel = cells['类别'];
    const categoryCode = categoryLabel ? (categories.get(categoryLabel) ?? null) : null;
    if (categoryLabel && !categoryCode) problem('类别', `未知类别“${categoryLabel}”（可选：${[...categories.keys()].join('、')}）`);
    const submittedOn = date('来稿日期', true);
    const issueText = cells['市级编发期号'];
    const issue = issueText ? parseIssueRef(issueText) : null;
    if (issueText && !issue) problem('市级编发期号', `“${issueText}”格式不对（应如 2024年第3期 或 2024年增刊第1期）`);
    if (issue && submittedOn && Number(submittedOn.slice(0, 4)) > issue.year) problem('市级编发期号', `来稿日期 ${submittedOn} 晚于 ${issue.year} 年的期号`);
    const reportedProvinceOn = date('报送省政协日期', false);
    const reportedNationalOn = date('报送全国政协日期', false);
    for (const [column, on] of [['报送省政协日期', reportedProvinceOn], ['报送全国政协日期', reportedNationalOn]] as const) {
      if (on && submittedOn && on < submittedOn) problem(column, `报送日期 ${on} 早于来稿日期 ${submittedOn}`);
    }
    const adoption = (column: '省政协采用' | '全国政协采用', reportColumn: LedgerColumn, reportedOn: string | null) => {
      const text = cells[column].replace(/采用$/, '');
      if (!text) return null;
      const kind = ADOPTION_BY_LABEL.get(text);
      if (!kind) problem(column, `“${cells[column]}”应为 ${[...ADOPTION_BY_LABEL.keys()].join('、')} 之一或留空`);
      else if (!cells[reportColumn]) problem(column, `有采用而没有“${reportColumn}”`);
      return kind && reportedOn ? kind : null;
    };
    const adoptedProvince = adoption('省政协采用', '报送省政协日期', reportedProvinceOn);
    const adoptedNational = adoption('全国政协采用', '报送全国政协日期', reportedNationalOn);
    const instructions = splitList(cells['领导批示'], INSTRUCTION_SEPARATOR).flatMap((entry) => {
      const parsed = parseInstruction(entry);
      if (typeof parsed === 'string') {
        problem('领导批示', parsed);
        return [];
      }
      return [parsed];
    });
    const note = cells['备注'];
    if ([...note].length > NOTE_MAX) problem('备注', `最多 ${NOTE_MAX} 个字`);

    if (errors.length === before) {
      rows.push({
        row,
        ledgerNo,
        title,
        authors,
        unitName,
        categoryCode,
        submittedOn: submittedOn!,
        issue,
        reportedProvinceOn,
        reportedNationalOn,
        adoptedProvince,
        adoptedNational,
        instructions,
        note: note || null,
      });
    }
    if ((index + 1) % 500 === 0) onProgress(index + 1);
  });
  onProgress(input.length);
  return { rows, errors };
}

/** `级别:姓名:YYYY-MM-DD` (colons full- or half-width) → the entry, or the reason it is not one. */
function parseInstruction(entry: string): InstructionEntry | string {
  const parts = entry.split(/[:：]/).map((part) => part.trim());
  if (parts.length !== 3) return `“${entry}”应为 级别:姓名:YYYY-MM-DD`;
  const [levelLabel, leaderName, dateText] = parts;
  const level = LEADER_LEVEL_BY_LABEL.get(levelLabel);
  if (!level) return `未知级别“${levelLabel}”（应为 ${[...LEADER_LEVEL_BY_LABEL.keys()].join('、')}）`;
  if (!leaderName || [...leaderName].length > NAME_MAX) return `“${entry}”缺少领导姓名或姓名过长`;
  const instructedOn = parseDate(dateText);
  if (!instructedOn) return `批示日期“${dateText}”不是有效日期（应为 YYYY-MM-DD）`;
  return { level, leaderName, instructedOn };
}

function splitList(text: string, separator: string | RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
