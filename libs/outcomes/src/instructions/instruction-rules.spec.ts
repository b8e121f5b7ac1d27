import { InstructionStatus } from '@sqmy/contract';
import { InstructionProgress, instructionProblems, instructionStatus, instructionStatusSql } from './instruction-rules';

const registered: InstructionProgress = { instructedOn: '2024-06-10', referredTo: null, referredOn: null, reply: null, repliedOn: null, closedOn: null };
const referred = { ...registered, referredTo: '市生态环境局', referredOn: '2024-06-12' };
const replied = { ...referred, reply: '已制定整改方案', repliedOn: '2024-07-01' };
const closed = { ...replied, closedOn: '2024-07-05' };

describe('where a 批示 stands follows from its fields', () => {
  it.each([
    ['only registered', registered, InstructionStatus.Registered],
    ['referred to a department', referred, InstructionStatus.Referred],
    ['referred without a date yet', { ...registered, referredTo: '市生态环境局' }, InstructionStatus.Referred],
    ['the department replied', replied, InstructionStatus.Replied],
    ['closed', closed, InstructionStatus.Closed],
    ['closed at once, without referral (阅知)', { ...registered, closedOn: '2024-06-11' }, InstructionStatus.Closed],
  ])('%s', (_, entry, status) => {
    expect(instructionStatus(entry)).toBe(status);
  });

  it('the SQL form tests the same fields in the same order', () => {
    expect(instructionStatusSql('l')).toBe(
      "CASE WHEN l.closed_on IS NOT NULL THEN 'closed' WHEN l.reply IS NOT NULL THEN 'replied' WHEN l.referred_to IS NOT NULL THEN 'referred' ELSE 'registered' END",
    );
  });
});

describe('what is wrong with a 批示 entry', () => {
  it('an entry whose steps and dates are in order has no problem', () => {
    for (const entry of [registered, referred, replied, closed, { ...closed, repliedOn: '2024-07-05' }]) expect(instructionProblems(entry)).toEqual([]);
  });

  it('a reply before a referral', () => {
    expect(instructionProblems({ ...registered, reply: '已落实' })).toEqual([{ field: 'reply', message: '尚未转办，不能登记回函' }]);
    expect(instructionProblems({ ...registered, repliedOn: '2024-07-01' })).toEqual([
      { field: 'repliedOn', message: '尚未转办，不能登记回函' },
      { field: 'reply', message: '填写了回函日期，请填写回函内容' },
    ]);
  });

  it('a referral date without a department', () => {
    expect(instructionProblems({ ...registered, referredOn: '2024-06-12' })).toEqual([{ field: 'referredTo', message: '填写了转办日期，请填写转办部门' }]);
  });

  it('dates out of order name the later step, compared with the latest earlier date', () => {
    expect(instructionProblems({ ...referred, referredOn: '2024-06-09' })).toEqual([{ field: 'referredOn', message: '转办日期不能早于批示日期（2024-06-10）' }]);
    expect(instructionProblems({ ...closed, repliedOn: '2024-06-11' })).toEqual([{ field: 'repliedOn', message: '回函日期不能早于转办日期（2024-06-12）' }]);
    expect(instructionProblems({ ...registered, closedOn: '2024-06-01' })).toEqual([{ field: 'closedOn', message: '办结日期不能早于批示日期（2024-06-10）' }]);
  });
});
