import { ItemStatus } from '../item-status';
import { ItemView } from './items';
import { Wire } from './wire';

/** Type-level checks: `npm run lint` (tsc) fails on this file when Wire is wrong; the runs only show it was compiled. */
describe('Wire<T>: what JSON makes of a view', () => {
  it('turns a Date into a string, and leaves the rest', () => {
    const x: Wire<{ a: Date; b: Date | null; n: number; s: ItemStatus }> = { a: '2024-03-05T00:00:00.000Z', b: null, n: 1, s: ItemStatus.Draft };
    // @ts-expect-error a Date is no longer what the wire holds
    const wrong: Wire<{ a: Date }> = { a: new Date() };
    expect([x, wrong]).toHaveLength(2);
  });

  it('goes into nested objects and arrays', () => {
    const x: Wire<{ list: { at: Date }[]; nested: { inner: { at: Date } }; tuple: readonly Date[] }> = {
      list: [{ at: '2024-03-05T00:00:00.000Z' }],
      nested: { inner: { at: '2024-03-05T00:00:00.000Z' } },
      tuple: ['2024-03-05T00:00:00.000Z'],
    };
    // @ts-expect-error dates in arrays are strings too
    const wrong: Wire<{ list: { at: Date }[] }> = { list: [{ at: new Date() }] };
    expect([x, wrong]).toHaveLength(2);
  });

  it("types an item's view as the web reads it", () => {
    const event: Wire<ItemView>['events'][number]['at'] = '2024-03-05T00:00:00.000Z';
    // @ts-expect-error a field the view does not have
    const missing: Wire<ItemView>['nope'] = null;
    expect([event, missing]).toHaveLength(2);
  });
});
