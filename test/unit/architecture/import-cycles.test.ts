// No import cycles between files (../shared/DESIGN.md, Layers): checked by the test command,
// over the whole repository (product and tests), with the graph of import-graph.ts.
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph';

describe('import cycles', () => {
  it('finds a cycle of two, a longer one and a self-import; not a diamond', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts', 'c.ts']],
      ['c.ts', ['d.ts', 'e.ts']],
      ['d.ts', ['f.ts']],
      ['e.ts', ['f.ts']],
      ['f.ts', []],
      ['g.ts', ['h.ts']],
      ['h.ts', ['i.ts']],
      ['i.ts', ['g.ts']],
      ['j.ts', ['j.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts'], ['g.ts', 'h.ts', 'i.ts'], ['j.ts']]);
  });

  it('the repository has none', () => {
    const graph = importGraph();
    // The graph is real: the services do import the core.
    expect(graph.get('main/services/account/msn-client-factory.ts')).toContain(
      'main/msnp/client.ts',
    );
    expect(importCycles(graph).map((cycle) => cycle.join(' ↔ '))).toEqual([]);
  });
});
