import { joinSql, rawSql, sql } from './sql';

describe('sql', () => {
  it('numbers its parameters in the order they appear', () => {
    const id = 'f1e2';
    const statement = sql`SELECT title FROM item WHERE id = ${id} AND status = ${'draft'} LIMIT ${20}`;
    expect(statement.text).toBe('SELECT title FROM item WHERE id = $1 AND status = $2 LIMIT $3');
    expect(statement.values).toEqual(['f1e2', 'draft', 20]);
  });

  it('writes a fragment in place and numbers its parameters on', () => {
    const submitted = sql`status = ${'submitted'} AND unit_id = ${'u1'}`;
    const statement = sql`SELECT id FROM item WHERE committee_id = ${'c1'} AND ${submitted} LIMIT ${10}`;
    expect(statement.text).toBe('SELECT id FROM item WHERE committee_id = $1 AND status = $2 AND unit_id = $3 LIMIT $4');
    expect(statement.values).toEqual(['c1', 'submitted', 'u1', 10]);
  });

  it('nests fragments in fragments, and a fragment without parameters is plain text', () => {
    const inner = sql`version_no > ${0}`;
    const middle = sql`(${inner} OR ${sql`submitted_at IS NULL`}) AND title <> ${''}`;
    const statement = sql`SELECT ${sql`id`} FROM item WHERE ${middle} AND id = ${'i1'}`;
    expect(statement.text).toBe('SELECT id FROM item WHERE (version_no > $1 OR submitted_at IS NULL) AND title <> $2 AND id = $3');
    expect(statement.values).toEqual([0, '', 'i1']);
  });

  it('binds an array as one parameter, so the text is the same for any number of rows', () => {
    const insert = (ids: string[]) => sql`INSERT INTO item_author (item_id) SELECT * FROM unnest(${ids}::uuid[])`;
    expect(insert(['a']).text).toBe('INSERT INTO item_author (item_id) SELECT * FROM unnest($1::uuid[])');
    expect(insert(['a', 'b', 'c']).text).toBe(insert(['a']).text);
    expect(insert(['a', 'b', 'c']).values).toEqual([['a', 'b', 'c']]);
  });

  it('never writes a value into the text, whatever it holds', () => {
    const title = "'); DROP TABLE item; --";
    const statement = sql`SELECT id FROM item WHERE title = ${title} OR id = ANY(${[title]}::text[])`;
    expect(statement.text).toBe('SELECT id FROM item WHERE title = $1 OR id = ANY($2::text[])');
    expect(statement.text).not.toContain('DROP');
    expect(statement.values).toEqual([title, [title]]);
  });

  it('keeps a dollar sign of the text apart from its parameters', () => {
    const statement = sql`SELECT ${'x'} || '$1 $$'`;
    expect(statement.text).toBe(`SELECT $1 || '$1 $$'`);
  });
});

describe('joinSql', () => {
  it('joins fragments with a separator, numbering their parameters on', () => {
    const conditions = joinSql([sql`status = ${'draft'}`, sql`unit_id = ${'u1'}`, sql`title <> ''`], ' AND ');
    const statement = sql`SELECT id FROM item WHERE id = ${'i1'} AND ${conditions}`;
    expect(statement.text).toBe(`SELECT id FROM item WHERE id = $1 AND status = $2 AND unit_id = $3 AND title <> ''`);
    expect(statement.values).toEqual(['i1', 'draft', 'u1']);
  });

  it('answers empty text for no fragments', () => {
    expect(joinSql([], ', ').text).toBe('');
  });
});

describe('rawSql', () => {
  it('writes text the code wrote as it is, with no parameter', () => {
    const order = rawSql('ORDER BY submitted_at DESC');
    const statement = sql`SELECT id FROM item WHERE unit_id = ${'u1'} ${order} LIMIT ${20}`;
    expect(statement.text).toBe('SELECT id FROM item WHERE unit_id = $1 ORDER BY submitted_at DESC LIMIT $2');
    expect(statement.values).toEqual(['u1', 20]);
  });
});
