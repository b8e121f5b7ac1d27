import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsDay, IsFlag, IsId, IsText, IsYear } from './kit';

class Sample {
  @IsId('编号无效', { optional: true })
  optionalId?: string;

  @IsId('编号无效', { optional: true, each: true })
  ids?: string[];

  @IsFlag('应为 true 或 false')
  flag?: boolean;

  @IsFlag('应为 true 或 false', { query: true })
  queryFlag?: boolean;

  @IsDay('日期无效', { optional: true })
  day?: string;

  @IsText('标题为 1–5 个字', { optional: true, max: 5 })
  title?: string;

  @IsText('名称为 1–5 个字', { optional: true, max: 5, missing: '请填写名称' })
  name?: string;

  @IsYear({ optional: true })
  year?: number;
}

class Required {
  @IsId('编号无效')
  id: string;
}

const ID = '3f0c2a4e-8d1b-4c7e-9a51-2b6d0e7f9c13';
const check = <T extends object>(type: new () => T, plain: object) => {
  const value = plainToInstance(type, plain);
  return { value, failed: validateSync(value).map((error) => error.property) };
};

describe('IsId', () => {
  it('accepts a UUID or nothing when optional', () => {
    expect(check(Sample, { optionalId: ID, ids: [ID] }).failed).toEqual([]);
    expect(check(Sample, {}).failed).toEqual([]);
    expect(check(Sample, { optionalId: null }).failed).toEqual([]);
  });
  it('refuses what is not a UUID, also inside arrays', () => {
    expect(check(Sample, { optionalId: 'abc', ids: [ID, '1'] }).failed).toEqual(['optionalId', 'ids']);
    expect(check(Sample, { optionalId: 42 }).failed).toEqual(['optionalId']);
  });
  it('requires the id unless optional', () => {
    expect(check(Required, {}).failed).toEqual(['id']);
    expect(check(Required, { id: ID }).failed).toEqual([]);
  });
});

describe('IsFlag', () => {
  it.each([
    [true, true],
    [false, false],
  ])('reads %p in a body as %p', (input, flag) => {
    const { value, failed } = check(Sample, { flag: input });
    expect(failed).toEqual([]);
    expect(value.flag).toBe(flag);
  });
  it.each(['true', 'false', '1', 'yes', '', 1, 0])('refuses %p in a body', (input) => {
    expect(check(Sample, { flag: input }).failed).toEqual(['flag']);
  });
  it.each([
    ['true', true],
    ['false', false],
    [true, true],
  ])('reads %p in a query string as %p', (input, flag) => {
    const { value, failed } = check(Sample, { queryFlag: input });
    expect(failed).toEqual([]);
    expect(value.queryFlag).toBe(flag);
  });
  it.each(['1', 'yes', 'TRUE', '', 1, 0])('refuses %p in a query string', (input) => {
    expect(check(Sample, { queryFlag: input }).failed).toEqual(['queryFlag']);
  });
  it('takes absent or null as the default', () => {
    expect(check(Sample, { flag: null, queryFlag: null }).failed).toEqual([]);
  });
});

describe('IsDay', () => {
  it('accepts a real day and refuses one that does not exist', () => {
    expect(check(Sample, { day: '2024-02-29' }).failed).toEqual([]);
    expect(check(Sample, { day: '2023-02-29' }).failed).toEqual(['day']);
    expect(check(Sample, { day: '2024-01-01T00:00:00Z' }).failed).toEqual(['day']);
  });
});

describe('IsYear', () => {
  it('reads a query string year and keeps it within 1990–2100', () => {
    expect(check(Sample, { year: '2024' })).toEqual({ value: expect.objectContaining({ year: 2024 }), failed: [] });
    expect(check(Sample, { year: '1989' }).failed).toEqual(['year']);
    expect(check(Sample, { year: '2101' }).failed).toEqual(['year']);
    expect(check(Sample, { year: '2024.5' }).failed).toEqual(['year']);
  });
});

describe('IsText', () => {
  it('trims before measuring', () => {
    const { value, failed } = check(Sample, { title: '  五个字标题  ' });
    expect(failed).toEqual([]);
    expect(value.title).toBe('五个字标题');
  });
  it('refuses blank, too long and non-string text', () => {
    expect(check(Sample, { title: '   ' }).failed).toEqual(['title']);
    expect(check(Sample, { title: '六个字的标题' }).failed).toEqual(['title']);
    expect(check(Sample, { title: 5 }).failed).toEqual(['title']);
  });
  it('names what is missing apart from a wrong length', () => {
    const messages = (plain: object) => validateSync(plainToInstance(Sample, plain)).flatMap((error) => Object.values(error.constraints ?? {}));
    expect(messages({ name: 5 })).toEqual(['名称为 1–5 个字', '请填写名称']);
    expect(messages({ name: '六个字的名称' })).toEqual(['名称为 1–5 个字']);
    expect(messages({ title: 5 })).toEqual(['标题为 1–5 个字', '标题为 1–5 个字']);
  });
});
