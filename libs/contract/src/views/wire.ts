/**
 * What JSON makes of a server view: every `Date` becomes its ISO string, in nested objects and
 * arrays too. The server's views keep `Date`; the web reads `Wire<XView>`.
 */
export type Wire<T> = T extends Date
  ? string
  : T extends (infer E)[]
    ? Wire<E>[]
    : T extends readonly (infer E)[]
      ? readonly Wire<E>[]
      : T extends object
        ? { [K in keyof T]: Wire<T[K]> }
        : T;

/** A page of a list with the count of all its entries. */
export interface Page<T> {
  items: T[];
  total: number;
}
