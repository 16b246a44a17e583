/// <reference lib="dom" />
// The automated accessibility audit (issue 16): axe-core runs in Chromium on every screen,
// menu and dialog of the built renderer, driven through the web harness against the local
// MSNP8 network, in the light theme and then the dark one. A "serious" or "critical"
// violation fails; every report is written next to the screenshots (helpers/axe.ts).
// The steps find controls through the names `t` (helpers/ui-names.ts, the catalogue's keys)
// and the run is named by its locale, so the same list runs in another language:
// startPair(size, profile, 'pt-BR') and that language's names.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRun, Screen } from './helpers/axe';
import { auditNow, auditScreens, blocking, newAuditRun, writeAuditReport } from './helpers/axe';
import type { OpenedPage } from './helpers/browser';
import { openPage } from './helpers/browser';
import type { Pair } from './helpers/pair';
import type { UiNames as Strings } from './helpers/ui-names';
import { EN_NAMES, PT_BR_NAMES } from './helpers/ui-names';
import { dismissPrompts, startPair } from './helpers/pair';

let pair: Pair;
let alice: OpenedPage;
let bob: OpenedPage;

beforeAll(async () => {
  pair = await startPair({ width: 860, height: 640 });
  ({ alice, bob } = pair);
});

afterAll(() => pair?.stop());

const ALICE = 'alice@tweener.test';
const BOB = 'bob@tweener.test';
const PASSWORD = 'tweener';

/** Steps through the catalogue `t`, so they hold in any language. */
function steps(t: Strings) {
  const menuButton = (page: Page, name: string) =>
    page.getByRole('navigation', { name: t.menu.label }).getByRole('button', { name });
  const menu = (page: Page) => page.getByRole('menu');
  const tree = (page: Page) => page.getByRole('tree', { name: t.list.label });
  const dialog = (page: Page, name?: string) =>
    page.getByRole('dialog', name ? { name, exact: true } : {});
  const input = (page: Page) => page.getByLabel(t.conversation.input);
  const signIn = async (page: Page, email: string, password: string) => {
    await page.getByLabel(t.signIn.email).fill(email);
    await page.getByLabel(t.signIn.password).fill(password);
    await page.getByRole('button', { name: t.signIn.submit }).click();
  };
  const escape = async (page: Page, gone: ReturnType<Page['getByRole']>) => {
    await page.keyboard.press('Escape');
    await gone.waitFor({ state: 'detached' });
  };
  const openMenu = (name: string): Screen => ({
    name: `menu-${name.toLowerCase()}`,
    open: async (page) => {
      await menuButton(page, name).click();
      await menu(page).waitFor();
    },
    close: (page) => escape(page, menu(page)),
  });
  /** The context menu of a row of the tree (a click on a group header would fold it). */
  const rowMenu = async (page: Page, rowName: string | RegExp) => {
    await tree(page).getByRole('treeitem', { name: rowName }).click({ button: 'right' });
    await menu(page).waitFor();
  };
  const fromMenu = async (page: Page, item: string) => {
    await menu(page).getByRole('menuitem', { name: item }).click();
  };
  const dialogScreen = (
    name: string,
    title: string,
    open: (page: Page) => Promise<void>,
  ): Screen => ({
    name,
    open: async (page) => {
      await open(page);
      await dialog(page, title).waitFor();
    },
    close: (page) => escape(page, dialog(page, title)),
  });
  const options = (page: Page) => dialog(page, t.options.title);
  const optionsTabs = (suffix: string, tabs: (keyof Strings['options']['tabs'])[]): Screen[] =>
    tabs.map((tab) => ({
      name: `options-${tab}${suffix}`,
      open: async (page) => {
        const control = options(page).getByRole('tab', { name: t.options.tabs[tab], exact: true });
        await control.click();
        await expect.poll(() => control.getAttribute('aria-selected')).toBe('true');
      },
    }));
  return {
    menuButton,
    menu,
    tree,
    dialog,
    input,
    signIn,
    escape,
    openMenu,
    rowMenu,
    fromMenu,
    dialogScreen,
    options,
    optionsTabs,
  };
}

/** The signed-in screens: list in both views, menus, dialogs, a conversation, Options. */
function signedInScreens(t: Strings, s: ReturnType<typeof steps>, friend: string): Screen[] {
  const bobRow = t.list.contactAria(friend, t.status.NLN);
  return [
    {
      name: 'contact-list-groups',
      open: (page) => s.tree(page).getByRole('treeitem', { name: bobRow }).waitFor(),
    },
    s.openMenu(t.menu.file),
    s.openMenu(t.menu.contacts),
    {
      name: 'menu-sort-by',
      open: async (page) => {
        await s.menuButton(page, t.menu.contacts).click();
        await s.menu(page).getByRole('menuitem', { name: t.menu.sortBy }).click();
        await page.getByRole('menuitemradio', { name: t.menu.sortStatus }).waitFor();
      },
    },
    {
      name: 'contact-list-status',
      open: async (page) => {
        await page.getByRole('menuitemradio', { name: t.menu.sortStatus }).click();
        await s
          .tree(page)
          .getByRole('treeitem', { name: new RegExp(`^${t.list.online}`) })
          .waitFor();
      },
      close: async (page) => {
        await s.menuButton(page, t.menu.contacts).click();
        await s.menu(page).getByRole('menuitem', { name: t.menu.sortBy }).click();
        await page.getByRole('menuitemradio', { name: t.menu.sortGroups }).click();
        await s.tree(page).getByRole('treeitem', { name: bobRow }).waitFor();
      },
    },
    s.openMenu(t.menu.tools),
    s.openMenu(t.menu.help),
    {
      name: 'menu-status',
      open: async (page) => {
        await page.getByRole('button', { name: new RegExp(`\\(${t.status.NLN}\\)`) }).click();
        await page.getByRole('menuitemradio', { name: t.status.BSY }).waitFor();
      },
      close: (page) => s.escape(page, s.menu(page)),
    },
    {
      name: 'menu-contact',
      open: (page) => s.rowMenu(page, bobRow),
      close: (page) => s.escape(page, s.menu(page)),
    },
    {
      name: 'menu-group',
      open: (page) => s.rowMenu(page, new RegExp(`^${t.list.groupAriaStart('Friends')}`)),
      close: (page) => s.escape(page, s.menu(page)),
    },
    s.dialogScreen('dialog-add-contact', t.addContact.title, async (page) => {
      await page.getByRole('button', { name: t.list.addContact, exact: true }).click();
    }),
    s.dialogScreen('dialog-create-group', t.groupMenu.createTitle, async (page) => {
      await s.menuButton(page, t.menu.contacts).click();
      await s.fromMenu(page, t.list.createGroup);
    }),
    s.dialogScreen('dialog-rename-group', t.groupMenu.rename, async (page) => {
      await s.rowMenu(page, new RegExp(`^${t.list.groupAriaStart('Friends')}`));
      await s.fromMenu(page, t.groupMenu.rename);
    }),
    s.dialogScreen('dialog-delete-group', t.appName, async (page) => {
      await s.rowMenu(page, new RegExp(`^${t.list.groupAriaStart('Friends')}`));
      await s.fromMenu(page, t.groupMenu.remove);
    }),
    s.dialogScreen('dialog-properties', t.dialogs.properties, async (page) => {
      await s.rowMenu(page, bobRow);
      await s.fromMenu(page, t.contactMenu.properties);
    }),
    s.dialogScreen('dialog-nickname', t.dialogs.nicknameTitle, async (page) => {
      await s.rowMenu(page, bobRow);
      await s.fromMenu(page, t.contactMenu.setNickname);
    }),
    s.dialogScreen('dialog-delete-contact', t.appName, async (page) => {
      await s.rowMenu(page, bobRow);
      await s.fromMenu(page, t.contactMenu.remove);
    }),
  ];
}

/** A conversation with messages both ways and a file offer, and what opens inside it. */
function conversationScreens(t: Strings, s: ReturnType<typeof steps>): Screen[] {
  const region = (page: Page) =>
    page.getByRole('region', { name: new RegExp(`${t.conversation.regionEnd}$`) });
  return [
    { name: 'conversation', open: (page) => s.input(page).waitFor() },
    {
      name: 'conversation-emoticons',
      open: async (page) => {
        await page.getByRole('button', { name: t.conversation.emoticons }).click();
        await page.getByRole('grid', { name: t.conversation.emoticons }).waitFor();
      },
      close: async (page) => {
        await page.keyboard.press('Escape');
        await page
          .getByRole('grid', { name: t.conversation.emoticons })
          .waitFor({ state: 'detached' });
      },
    },
    s.dialogScreen('conversation-font', t.font.title, async (page) => {
      await page.getByRole('button', { name: t.conversation.font }).click();
    }),
    {
      name: 'conversation-invite',
      open: async (page) => {
        await page.getByRole('button', { name: t.conversation.invite }).click();
        await s.menu(page).waitFor();
      },
      close: (page) => s.escape(page, s.menu(page)),
    },
    {
      name: 'conversation-find',
      open: async (page) => {
        await s.input(page).press('Control+f');
        await region(page).getByRole('search').first().waitFor();
      },
      close: async (page) => {
        await page.keyboard.press('Escape');
        await region(page).getByRole('search').first().waitFor({ state: 'detached' });
      },
    },
    {
      name: 'conversation-history',
      open: async (page) => {
        await page.getByRole('button', { name: t.conversation.history }).click();
        await region(page).getByRole('search').first().waitFor();
      },
      close: async (page) => {
        await page.getByRole('button', { name: t.conversation.history }).click();
        await region(page).getByRole('search').first().waitFor({ state: 'detached' });
      },
    },
  ];
}

async function themeTo(t: Strings, s: ReturnType<typeof steps>, page: Page, theme: string) {
  await s.options(page).getByRole('tab', { name: t.options.tabs.preferences, exact: true }).click();
  await s.options(page).getByLabel(t.options.themeLabel).selectOption(theme);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
    .toBe(theme);
}

/** The conversation as Electron shows it, in a window of its own (#/conversation/<id>). */
async function auditConversationWindow(run: AuditRun, page: Page): Promise<void> {
  const id = await page.locator('section.conversation').getAttribute('data-conversation');
  expect(id).toBeTruthy();
  const url = `${page.url().split('#')[0]}#/conversation/${encodeURIComponent(id ?? '')}`;
  const window = await openPage(url, { width: 480, height: 420 });
  try {
    await window.page.getByRole('log').locator('.message').first().waitFor({ timeout: 30_000 });
    await auditNow(run, window.page, 'conversation-window');
  } finally {
    await window.close();
  }
}

async function auditEverything(run: AuditRun, t: Strings): Promise<void> {
  const s = steps(t);
  const page = alice.page;

  // Signed out: the sign-in screen, Options (Connection), and a new network whose certificate
  // this computer does not know, which stops sign-in at the certificate dialog.
  await page.getByLabel(t.signIn.email).waitFor({ timeout: 40_000 });
  await auditNow(run, page, 'sign-in');
  await page.getByRole('button', { name: t.signIn.changeServer }).click();
  await s.options(page).getByLabel(t.options.network).waitFor();
  await auditNow(run, page, 'options-connection-signed-out');
  await s.options(page).getByRole('button', { name: t.options.newProfile }).click();
  await s.options(page).getByLabel(t.options.profileName).fill('Self-hosted');
  await s.options(page).getByLabel(t.options.host).fill('127.0.0.1');
  await s.options(page).getByLabel(t.options.port).fill(String(pair.world.network.dispatchPort));
  await s.options(page).getByLabel(t.options.nexus).fill(pair.world.network.nexusUrl);
  await auditNow(run, page, 'options-new-network');
  await s.options(page).getByRole('button', { name: t.options.saveProfile }).click();
  await expect
    .poll(() => s.options(page).getByRole('button', { name: t.networkFile.export }).isEnabled())
    .toBe(true);
  await s.options(page).getByRole('button', { name: t.dialogs.ok }).click();
  await s.options(page).waitFor({ state: 'detached' });

  await s.signIn(page, ALICE, PASSWORD);
  const certificate = s.dialog(page, t.certificate.title);
  await certificate.waitFor({ timeout: 40_000 });
  await auditNow(run, page, 'certificate-dialog');
  await certificate
    .getByRole('button', { name: new RegExp(`^${t.certificate.trustStart}`) })
    .click();
  await s.tree(page).waitFor({ timeout: 40_000 });
  if (await s.dialog(page).count()) await auditNow(run, page, 'dialog-added-you');
  await dismissPrompts(page, t.dialogs.close);

  // Signed out again, a wrong password: the failure.
  await s.menuButton(page, t.menu.file).click();
  await s.fromMenu(page, t.menu.signOut);
  await s.signIn(page, ALICE, 'wrong-password');
  await page.getByRole('alert').waitFor({ timeout: 40_000 });
  await auditNow(run, page, 'sign-in-failed');

  // Signed in, Bob online too (his sign-in toast on screen; the added-you prompt if any).
  await s.signIn(page, ALICE, PASSWORD);
  await s.tree(page).waitFor({ timeout: 40_000 });
  await bob.page.getByLabel(t.signIn.email).waitFor({ timeout: 40_000 });
  await s.signIn(bob.page, BOB, PASSWORD);
  await s.tree(bob.page).waitFor({ timeout: 40_000 });
  await dismissPrompts(bob.page, t.dialogs.close);
  const bobRow = t.list.contactAria('Bob', t.status.NLN);
  await s.tree(page).getByRole('treeitem', { name: bobRow }).waitFor({ timeout: 30_000 });
  await dismissPrompts(page, t.dialogs.close);
  await auditScreens(run, page, signedInScreens(t, s, 'Bob'));

  // A conversation: messages both ways, an emoticon, then Bob offers a file.
  await s.tree(page).getByRole('treeitem', { name: bobRow }).dblclick();
  await s.input(page).fill('Hi Bob :) are you coming tonight?');
  await s.input(page).press('Enter');
  await s.input(bob.page).waitFor({ timeout: 30_000 });
  await s.input(bob.page).fill('Yes! (L)');
  await s.input(bob.page).press('Enter');
  await page.locator('.message--in img[alt="(L)"]').waitFor({ timeout: 30_000 });
  const file = join(mkdtempSync(join(tmpdir(), 'tweener-axe-')), 'holiday.jpg');
  writeFileSync(file, Buffer.alloc(2048, 7));
  const [chooser] = await Promise.all([
    bob.page.waitForEvent('filechooser'),
    bob.page.getByRole('button', { name: t.conversation.sendFile }).click(),
  ]);
  await chooser.setFiles(file);
  await page.getByRole('button', { name: t.transfer.accept }).waitFor({ timeout: 30_000 });
  await auditScreens(run, page, conversationScreens(t, s));
  await auditConversationWindow(run, page);

  // Options, every tab.
  const allTabs: (keyof Strings['options']['tabs'])[] = [
    'personal',
    'preferences',
    'privacy',
    'sounds',
    'connection',
    'history',
  ];
  await s.menuButton(page, t.menu.tools).click();
  await s.fromMenu(page, t.menu.options);
  await s.options(page).waitFor();
  await auditScreens(run, page, s.optionsTabs('', allTabs));

  // The dark theme: the same Options tabs, then the signed-in screens and the conversation.
  await themeTo(t, s, page, 'dark');
  run.suffix = '-dark';
  await auditScreens(run, page, s.optionsTabs('', allTabs));
  await s.options(page).getByRole('button', { name: t.dialogs.cancel }).click();
  await s.options(page).waitFor({ state: 'detached' });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
    .toBe('dark');
  await auditScreens(run, page, conversationScreens(t, s));
  await auditConversationWindow(run, page);
  await auditScreens(run, page, signedInScreens(t, s, 'Bob'));
  // Signed out in the dark: the sign-in screen and a failure.
  await s.menuButton(page, t.menu.file).click();
  await s.fromMenu(page, t.menu.signOut);
  await page.getByLabel(t.signIn.email).waitFor({ timeout: 40_000 });
  await auditNow(run, page, 'sign-in');
  await s.signIn(page, ALICE, 'wrong-password');
  await page.getByRole('alert').waitFor({ timeout: 40_000 });
  await auditNow(run, page, 'sign-in-failed');
  run.suffix = '';
}

/** Audits every screen in one language and writes its report; no blocking violation. */
async function auditIn(locale: string, names: Strings): Promise<void> {
  const run = newAuditRun(locale);
  try {
    await auditEverything(run, names);
  } finally {
    const report = writeAuditReport(run);
    console.log(`axe report: ${report}`);
  }
  expect(run.results.length).toBeGreaterThan(40);
  expect(blocking(run)).toEqual([]);
}

describe('accessibility audit (axe-core)', () => {
  it('has no serious or critical violation on any screen, menu or dialog, in both themes', async () => {
    await auditIn('en', EN_NAMES);
  }, 300_000);

  it('and none in Portuguese either (both browsers in pt-BR, the same screens)', async () => {
    await pair.stop();
    pair = await startPair({ width: 860, height: 640 }, 'spec', 'pt-BR');
    ({ alice, bob } = pair);
    await auditIn('pt-BR', PT_BR_NAMES);
  }, 300_000);
});
