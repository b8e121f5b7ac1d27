import { join } from 'node:path';
import { findCycle, LibGraph, readLibGraph } from './lib-graph';

const graphOf = (edges: Record<string, string[]>): LibGraph => new Map(Object.entries(edges).map(([lib, deps]) => [lib, new Set(deps)]));

describe('the import graph between libs', () => {
  it('finds a cycle in a synthetic graph and none in a chain', () => {
    expect(findCycle(graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(graphOf({ a: ['b'], b: ['c'], c: [] }))).toBeNull();
  });

  it('has no cycle between the libs of this repository', () => {
    const graph = readLibGraph(join(__dirname, '../../..'));
    expect(graph.get('scoring')).toContain('outcomes');
    const cycle = findCycle(graph);
    expect(cycle && cycle.join(' → ')).toBeNull();
  });
});
