import { describe, expect, it } from 'vitest';
import { buildRows, collapseKey } from '../../../renderer/src/components/contact-list/buildRows';
import type { Row } from '../../../renderer/src/components/contact-list/buildRows';
import { contact } from '../fakeBridge';

const contacts = Object.fromEntries(
  [
    contact('bob@x.test', 'bob', 'BSY', { groupIds: [1] }),
    contact('alice@x.test', 'Alice', 'NLN', { groupIds: [1, 2] }),
    contact('dave@x.test', 'Dave', 'FLN', { groupIds: [1] }),
    contact('eve@x.test', 'Eve', 'NLN', { groupIds: [] }),
    contact('rl@x.test', 'Only reverse', 'NLN', { lists: 8 }),
  ].map((c) => [c.email, c]),
);
const groups = [
  { id: 0, name: 'Other Contacts' },
  { id: 1, name: 'Friends' },
  { id: 2, name: 'Coworkers' },
  { id: 3, name: 'Family' },
];
const text = (rows: Row[]): string[] =>
  rows.map((r) => (r.kind === 'group' ? `${r.label} ${r.count}` : `  ${r.email}`));

describe('buildRows', () => {
  it('Online / Not Online view: two headers with counts, alphabetical, only my list', () => {
    const rows = buildRows({
      contacts,
      groups,
      view: 'status',
      filter: '',
      collapsed: {},
      scope: 'me',
    });
    expect(text(rows)).toEqual([
      'Online (3)',
      '  alice@x.test',
      '  bob@x.test',
      '  eve@x.test',
      'Not Online (1)',
      '  dave@x.test',
    ]);
  });

  it('Groups view: online/total, online first, a contact in two groups twice, empty groups, group 0 last', () => {
    const rows = buildRows({
      contacts,
      groups,
      view: 'groups',
      filter: '',
      collapsed: {},
      scope: 'me',
    });
    expect(text(rows)).toEqual([
      'Coworkers (1/1)',
      '  alice@x.test',
      'Family (0/0)',
      'Friends (2/3)',
      '  alice@x.test',
      '  bob@x.test',
      '  dave@x.test',
      'Other Contacts (1/1)',
      '  eve@x.test',
    ]);
  });

  it('hides the members of a collapsed group but keeps its header and counts', () => {
    const collapsed = { [collapseKey('me', 'groups', 1)]: true };
    const rows = buildRows({
      contacts,
      groups,
      view: 'groups',
      filter: '',
      collapsed,
      scope: 'me',
    });
    expect(text(rows)).toContain('Friends (2/3)');
    expect(rows.filter((r) => r.kind === 'contact' && r.groupId === 1)).toEqual([]);
  });

  it('filters by name or address, showing matches even in collapsed groups', () => {
    const collapsed = { [collapseKey('me', 'groups', 1)]: true };
    const rows = buildRows({
      contacts,
      groups,
      view: 'groups',
      filter: 'DAV',
      collapsed,
      scope: 'me',
    });
    expect(text(rows)).toEqual(['Friends (0/1)', '  dave@x.test']);
  });
});
