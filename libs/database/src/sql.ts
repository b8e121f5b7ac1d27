/**
 * A statement built by the `sql` tag: its text numbers the parameters ($1, $2 …) in the order
 * they appear, and `values` holds them in that order — what `query(text, values)` takes.
 */
export class Sql {
  readonly text: string;

  /** `parts` are the text around the parameters: one more part than values. */
  constructor(
    private readonly parts: readonly string[],
    readonly values: unknown[],
  ) {
    this.text = parts.reduce((text, part, index) => `${text}$${index}${part}`);
  }

  /** Appends this statement's parts and values to a statement being built. */
  appendTo(parts: string[], values: unknown[]): void {
    parts[parts.length - 1] += this.parts[0];
    parts.push(...this.parts.slice(1));
    values.push(...this.values);
  }
}

/**
 * A statement that reads top to bottom: every interpolated value is a parameter, never text —
 * an array is one parameter (write `unnest(${ids}::uuid[])`), so the text of a statement stays the
 * same for any number of rows and can be prepared. An interpolated `sql` fragment is written in
 * place, its parameters numbered on from the statement's.
 */
export function sql(strings: TemplateStringsArray, ...params: unknown[]): Sql {
  const parts = [strings[0]];
  const values: unknown[] = [];
  params.forEach((param, index) => {
    if (param instanceof Sql) param.appendTo(parts, values);
    else {
      values.push(param);
      parts.push('');
    }
    parts[parts.length - 1] += strings[index + 1];
  });
  return new Sql(parts, values);
}

/** Fragments one after another, `separator` between them (a list of conditions, of WITH queries…). */
export function joinSql(fragments: readonly Sql[], separator: string): Sql {
  const parts = [''];
  const values: unknown[] = [];
  fragments.forEach((fragment, index) => {
    if (index > 0) parts[parts.length - 1] += separator;
    fragment.appendTo(parts, values);
  });
  return new Sql(parts, values);
}

/**
 * Text the code itself wrote — a constant clause, an expression built from constants — to put in a
 * statement as it is. Never for a value from a request or a row: those are interpolated as parameters.
 */
export const rawSql = (text: string): Sql => new Sql([text], []);
