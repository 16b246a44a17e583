// The tray menu and tooltip (ui-spec §1.9), remembered window bounds, and the demo's
// launch variables: the pure parts beside the Electron code.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  trayChangedBy,
  trayMenuTemplate,
  trayTooltip,
  trayView,
} from '../../../main/windows/tray-menu';
import type { Contact } from '@shared/domain';
import type { TrayActions } from '../../../main/windows/tray-menu';
import { visibleBounds, WindowStateStore } from '../../../main/windows/window-state';
import { demoElectronCommand, readLaunchEnv } from '../../../main/launch-env';
import { conversationWindowAction } from '../../../main/windows/conversation-window-policy';
import { tempDir } from './support/services';

const actions = (): TrayActions => ({
  open: vi.fn(),
  toggle: vi.fn(),
  setStatus: vi.fn(),
  signOut: vi.fn(),
  exit: vi.fn(),
  message: vi.fn(),
});

describe('tray', () => {
  it('tooltip says who is signed in and how', () => {
    expect(trayTooltip({ signedIn: false, name: null, status: null, online: [] })).toBe(
      'Tweener - Not signed in',
    );
    expect(trayTooltip({ signedIn: true, name: 'Mike', status: 'BRB', online: [] })).toBe(
      'Tweener - Mike (Be Right Back)',
    );
    expect(trayTooltip({ signedIn: true, name: 'Mike', status: 'IDL', online: [] })).toBe(
      'Tweener - Mike (Away)',
    );
  });

  it('menu: open, status (ticked), sign out, message a contact, exit', () => {
    const a = actions();
    const menu = trayMenuTemplate(
      {
        signedIn: true,
        name: 'Mike',
        status: 'BSY',
        online: [{ email: 'bob@x.test', name: 'Bob' }],
      },
      a,
    );
    expect(menu.map((item) => item.label ?? item.type)).toEqual([
      'Open Tweener',
      'separator',
      'My Status',
      'Sign Out',
      'Send an Instant Message',
      'separator',
      'Exit',
    ]);
    const statuses = menu[2]?.submenu as { label: string; checked: boolean; click: () => void }[];
    expect(statuses.map((s) => s.label)).toEqual([
      'Online',
      'Busy',
      'Be Right Back',
      'Away',
      'On The Phone',
      'Out To Lunch',
      'Appear Offline',
    ]);
    expect(statuses.filter((s) => s.checked).map((s) => s.label)).toEqual(['Busy']);
    statuses[3]?.click();
    expect(a.setStatus).toHaveBeenCalledWith('AWY');
    const message = menu.find((item) => item.label === 'Send an Instant Message');
    const people = message?.submenu as { label: string; click: () => void }[];
    expect(people.map((p) => p.label)).toEqual(['Bob (bob@x.test)']);
    people[0]?.click();
    expect(a.message).toHaveBeenCalledWith('bob@x.test');
  });

  it('signed out: Sign In instead of Sign Out, status menu disabled', () => {
    const menu = trayMenuTemplate(
      { signedIn: false, name: null, status: null, online: [] },
      actions(),
    );
    expect(menu[2]?.enabled).toBe(false);
    expect(menu[3]?.label).toBe('Sign In');
  });
});

describe('tray state', () => {
  const contact = (
    email: string,
    name: string,
    status: Contact['status'],
    lists = 11,
  ): Contact => ({
    email,
    friendlyName: name,
    lists,
    groupIds: [],
    status,
    capabilities: 0,
    phones: {},
  });
  const self = {
    email: 'me@x.test',
    friendlyName: 'Mike',
    verified: true,
    status: 'BSY' as const,
    phones: {},
  };

  it('lists online forward-list contacts by name; nothing while signed out', () => {
    const contacts = new Map(
      [
        contact('zed@x.test', 'Zed', 'NLN'),
        contact('amy@x.test', 'Amy', 'AWY'),
        contact('off@x.test', 'Off', 'FLN'),
        contact('rl@x.test', 'Only reverse', 'NLN', 8),
      ].map((c) => [c.email, c]),
    );
    const view = trayView({ session: { phase: 'online' }, self, contacts });
    expect(view).toEqual({
      signedIn: true,
      name: 'Mike',
      status: 'BSY',
      online: [
        { email: 'amy@x.test', name: 'Amy' },
        { email: 'zed@x.test', name: 'Zed' },
      ],
    });
    expect(trayView({ session: { phase: 'signedOut' }, self, contacts })).toMatchObject({
      signedIn: false,
      status: null,
      online: [],
    });
  });

  it('is rebuilt on sign-in state, own status, presence and a contact removed', () => {
    expect(
      trayChangedBy([
        { type: 'session', epoch: 1, account: 'p/me@x.test', session: { phase: 'signedOut' } },
      ]),
    ).toBe(true);
    expect(trayChangedBy([{ type: 'self', epoch: 1, account: 'p/me@x.test', self }])).toBe(true);
    expect(
      trayChangedBy([{ type: 'contacts', epoch: 1, account: 'p/me@x.test', contacts: [] }]),
    ).toBe(true);
    expect(
      trayChangedBy([
        { type: 'contactRemoved', epoch: 1, account: 'p/me@x.test', email: 'a@x.test' },
      ]),
    ).toBe(true);
    expect(trayChangedBy([{ type: 'sound', sound: 'message' }])).toBe(false);
    expect(trayChangedBy([])).toBe(false);
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('restores bounds that are on a screen as they were', () => {
    const saved = { x: 100, y: 100, width: 320, height: 640 };
    expect(visibleBounds(saved, screen)).toEqual(saved);
    expect(visibleBounds(undefined, screen)).toBeNull();
    expect(visibleBounds(saved, [])).toBeNull();
  });

  it('moves a window that hangs off the screen fully back on, title bar included', () => {
    // Mostly off the right edge, and above the top (title bar unreachable).
    expect(visibleBounds({ x: 1900, y: -200, width: 320, height: 640 }, screen)).toEqual({
      x: 1600,
      y: 0,
      width: 320,
      height: 640,
    });
  });

  it('a monitor that went away: onto the primary (first) screen', () => {
    const primaryFirst = [
      { x: 0, y: 0, width: 1280, height: 760 },
      { x: -1280, y: 0, width: 1280, height: 1000 },
    ];
    expect(visibleBounds({ x: 3000, y: 100, width: 320, height: 640 }, primaryFirst)).toEqual({
      x: 960,
      y: 100,
      width: 320,
      height: 640,
    });
  });

  it('stays on the screen it overlaps most, shrunk to fit a smaller one', () => {
    const two = [
      { x: 0, y: 0, width: 1920, height: 1040 },
      { x: 1920, y: 0, width: 1024, height: 728 },
    ];
    expect(visibleBounds({ x: 1900, y: 50, width: 1200, height: 900 }, two)).toEqual({
      x: 1920,
      y: 0,
      width: 1024,
      height: 728,
    });
  });

  it('survives a restart', async () => {
    const dir = await tempDir();
    const store = await WindowStateStore.open(dir, () => undefined);
    await store.set('conversation', { x: 5, y: 6, width: 500, height: 400 });
    expect((await WindowStateStore.open(dir, () => undefined)).get('conversation')).toEqual({
      x: 5,
      y: 6,
      width: 500,
      height: 400,
    });
  });
});

describe('demo launch variables', () => {
  it('reads a valid profile and accounts, ignores malformed ones', () => {
    const profile = {
      id: 'local-demo',
      name: 'Local',
      host: '127.0.0.1',
      port: 4000,
      nexusUrl: 'https://127.0.0.1:5000/rdr/pprdr.asp',
      loginUrl: null,
      caCertPem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      pinnedCertSha256: null,
      builtIn: true,
    };
    const env = readLaunchEnv({
      TWEENER_DEMO_PROFILE: JSON.stringify(profile),
      TWEENER_DEMO_ACCOUNTS: '[{"email":"alice@tweener.test","password":"tweener"}]',
      TWEENER_USER_DATA: '/tmp/x',
    });
    expect(env).toEqual({
      profile,
      demoAccounts: [{ email: 'alice@tweener.test', password: 'tweener' }],
      userDataDir: '/tmp/x',
    });
    expect(readLaunchEnv({ TWEENER_DEMO_PROFILE: '{oops', TWEENER_DEMO_ACCOUNTS: '[1]' })).toEqual({
      profile: null,
      demoAccounts: [],
      userDataDir: null,
    });
  });
});

describe('demo launch command', () => {
  it('runs electron-vite preview of the built app with this Node, no shell or npx', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const { command, args } = demoElectronCommand(root);
    expect(command).toBe(process.execPath);
    expect(existsSync(args[0] ?? '')).toBe(true);
    expect(args.slice(1)).toEqual(['preview', '--skipBuild']);
  });
});

describe('conversation window policy', () => {
  it('incoming: opens without focus and flashes, or flashes an unfocused open window', () => {
    expect(conversationWindowAction({ exists: false, focused: false }, 'incoming')).toBe(
      'openInactiveAndFlash',
    );
    expect(conversationWindowAction({ exists: true, focused: false }, 'incoming')).toBe('flash');
    expect(conversationWindowAction({ exists: true, focused: true }, 'incoming')).toBe('none');
  });

  it('asked for by the person: opens or comes to the front', () => {
    expect(conversationWindowAction({ exists: false, focused: false }, 'user')).toBe(
      'openAndFocus',
    );
    expect(conversationWindowAction({ exists: true, focused: false }, 'user')).toBe('focus');
  });
});
