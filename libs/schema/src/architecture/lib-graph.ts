import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type LibGraph = Map<string, Set<string>>;

const IMPORT = /(?:from|import)\s*'@sqmy\/([a-z-]+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Each lib under libsDir and the other libs its non-spec sources import as @sqmy/<lib>. */
export function readLibGraph(libsDir: string): LibGraph {
  const graph: LibGraph = new Map();
  for (const lib of readdirSync(libsDir)) {
    const deps = new Set<string>();
    for (const file of sourceFiles(join(libsDir, lib, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) if (match[1] !== lib) deps.add(match[1]);
    }
    graph.set(lib, deps);
  }
  return graph;
}

/** The first cycle found, as a path that starts and ends on the same lib; null when the graph has none. */
export function findCycle(graph: LibGraph): string[] | null {
  const done = new Set<string>();
  const visit = (lib: string, path: string[]): string[] | null => {
    const at = path.indexOf(lib);
    if (at >= 0) return [...path.slice(at), lib];
    if (done.has(lib)) return null;
    for (const dep of graph.get(lib) ?? []) {
      const cycle = visit(dep, [...path, lib]);
      if (cycle) return cycle;
    }
    done.add(lib);
    return null;
  };
  for (const lib of graph.keys()) {
    const cycle = visit(lib, []);
    if (cycle) return cycle;
  }
  return null;
}
