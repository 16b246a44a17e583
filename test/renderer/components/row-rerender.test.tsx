// A presence change re-renders one row, not the list: every contact row draws one StatusIcon,
// so counting StatusIcon renders counts row renders.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../renderer/src/art/StatusIcon', () => ({
  StatusIcon: () => {
    renders.count += 1;
    return null;
  },
}));

beforeAll(() => fakeLayout());
afterEach(cleanup);

const people = Array.from({ length: 30 }, (_, i) =>
  contact(`p${i}@x.test`, `Person ${String(i).padStart(2, '0')}`, i % 3 === 0 ? 'FLN' : 'NLN'),
);

describe('row re-renders', () => {
  it('a status change between online states re-renders that row only', async () => {
    const bridge = await connected({ contacts: people });
    render(<App />);
    await screen.findByRole('treeitem', { name: 'Person 01, Online' });
    renders.count = 0;
    act(() => bridge.emit([{ type: 'contacts', contacts: [{ ...people[1]!, status: 'BSY' }] }]));
    screen.getByRole('treeitem', { name: 'Person 01, Busy' });
    expect(renders.count).toBe(1);
  });

  it('going offline moves the row but re-renders only the changed one', async () => {
    const bridge = await connected({ contacts: people });
    render(<App />);
    await screen.findByRole('treeitem', { name: 'Person 02, Online' });
    renders.count = 0;
    act(() => bridge.emit([{ type: 'contacts', contacts: [{ ...people[2]!, status: 'FLN' }] }]));
    screen.getByRole('treeitem', { name: 'Person 02, Offline' });
    expect(renders.count).toBe(1);
  });
});
