/// <reference lib="dom" />
// The keyboard walk (issue 16): every screen with Tab, Shift+Tab and the arrow keys only. Tab
// goes round the whole page and back to where it started (no trap), reaching every control;
// inside a modal dialog it goes round the dialog only; composite widgets (the list, the menu
// bar, Options' tabs, menus) are entered with Tab and walked with the arrows; whatever has
// the focus shows it (an outline of at least 2 px from :focus-visible). Nothing looks
// clickable that the keyboard cannot reach.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { screenshot } from './helpers/browser';
import { signIn } from './helpers/flows';
import type { Pair } from './helpers/pair';
import { dismissPrompts, startPair } from './helpers/pair';

let pair: Pair;
let alice: OpenedPage;
let bob: OpenedPage;

beforeAll(async () => {
  pair = await startPair();
  ({ alice, bob } = pair);
});

afterAll(() => pair?.stop());

interface Stop {
  id: string;
  label: string;
  /** The focus is drawn: an outline of 2 px or more, 3:1 against what is behind it. */
  visible: boolean;
}

/** Tags every element with a stable id (data-kw) and describes the focused one. */
async function here(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    el.dataset['kw'] ??= String(Math.random()).slice(2);
    const style = getComputedStyle(el);
    // The ring is drawn just outside the element: against what is behind it, 3:1 or more.
    const rgb = (c: string): number[] | null => {
      const m = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(c);
      if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const lum = (c: number[]) =>
      c
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
    let behind: number[] = [255, 255, 255];
    for (let at = el.parentElement; at; at = at.parentElement) {
      const bg = rgb(getComputedStyle(at).backgroundColor);
      if (bg) {
        behind = bg;
        break;
      }
    }
    const ring = rgb(style.outlineColor);
    const [hi, lo] = ring ? [lum(ring), lum(behind)].sort((a, b) => b - a) : [0, 0];
    const contrast = ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && contrast >= 3;
    const label =
      el.getAttribute('aria-label') ??
      el.getAttribute('title') ??
      (el.textContent ?? '').trim().slice(0, 40) ??
      el.tagName;
    return {
      id: el.dataset['kw'],
      label: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${label}"`,
      visible: el.matches(':focus-visible') && outline,
    };
  });
}

/**
 * Presses `key` until the focus comes back to where it was after the first press; returns
 * the stops in order. Fails when it never comes back (a trap, or more than `max` stops).
 */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', max = 150): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const stop = await here(page);
    if (!stop) continue; // the page itself, between the last control and the first
    if (stops[0]?.id === stop.id) return stops;
    // A date field takes one Tab per part (day, month, year) while keeping the focus.
    if (stops.at(-1)?.id === stop.id) continue;
    if (stops.some((s) => s.id === stop.id)) {
      throw new Error(
        `focus trapped: back to ${stop.label} without reaching ${stops[0]?.label}: ${stops.map((s) => s.label).join(' → ')}`,
      );
    }
    stops.push(stop);
  }
  throw new Error(`Tab did not come round in ${max} presses: ${stops.map((s) => s.label)}`);
}

/** The controls Tab must reach inside `scope`: visible, enabled, in the tab order. */
async function tabbable(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const selector =
      'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';
    return [...root.querySelectorAll<HTMLElement>(selector)]
      .filter(
        (el) =>
          el.tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== 'hidden' &&
          !el.closest('[aria-hidden="true"], [inert]'),
      )
      .map((el) => (el.dataset['kw'] ??= String(Math.random()).slice(2)));
  });
}

/**
 * What looks clickable (a pointer cursor) but neither is nor sits in something the keyboard
 * reaches: a control only a mouse can use. Composites (tree, grid, menu, tablist) count as
 * reached through their own arrows.
 */
async function mouseOnly(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const reachable = (el: Element | null): boolean => {
      for (let at = el; at; at = at.parentElement) {
        const h = at as HTMLElement;
        if (h.tabIndex >= 0 && h.getAttribute('tabindex') !== null) return true;
        if (/^(A|BUTTON|INPUT|SELECT|TEXTAREA|LABEL|SUMMARY)$/.test(h.tagName)) return true;
        if (/^(tree|grid|menu|tablist)$/.test(h.getAttribute('role') ?? '')) return true;
      }
      return false;
    };
    return [...root.querySelectorAll<HTMLElement>('*')]
      .filter(
        (el) =>
          getComputedStyle(el).cursor === 'pointer' &&
          el.getClientRects().length > 0 &&
          !el.closest('[aria-hidden="true"]') &&
          !reachable(el) &&
          !el.querySelector('button, a[href], input, select, textarea'),
      )
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

/** Walks the scope both ways and checks reach, order and visible focus. */
async function walkAll(page: Page, scope: Locator, what: string): Promise<Stop[]> {
  const forward = await walk(page, 'Tab');
  const backward = await walk(page, 'Shift+Tab');
  const expected = await tabbable(scope);
  const reached = new Set(forward.map((s) => s.id));
  const missing = expected.filter((id) => !reached.has(id));
  expect(missing, `${what}: controls Tab never reached`).toEqual([]);
  // Shift+Tab visits the same stops in the opposite order.
  expect(new Set(backward.map((s) => s.id)), `${what}: Shift+Tab`).toEqual(reached);
  expect(
    forward.filter((s) => !s.visible).map((s) => s.label),
    `${what}: focus not shown`,
  ).toEqual([]);
  expect(await mouseOnly(scope), `${what}: mouse-only controls`).toEqual([]);
  return forward;
}

/** Focuses `start` with Tab alone (no click): proof that it is in the tab order. */
async function tabTo(page: Page, start: Locator, max = 80): Promise<void> {
  const id = await start.evaluate((el) => ((el as HTMLElement).dataset['kw'] ??= 'target'));
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await here(page))?.id === id) return;
  }
  throw new Error(`Tab never reached ${await start.evaluate((el) => el.outerHTML.slice(0, 80))}`);
}

/** The item a composite with the focus points at (aria-activedescendant). */
const activeItem = (page: Page): Promise<{ role: string; text: string } | null> =>
  page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant');
    const item = id ? document.getElementById(id) : null;
    return item
      ? { role: item.getAttribute('role') ?? '', text: (item.textContent ?? '').trim() }
      : null;
  });

const activeLabel = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const tree = document.activeElement;
    const id = tree?.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.getAttribute('aria-label') ?? null) : null;
  });

describe('the keyboard alone', () => {
  it('reaches every control of every screen, with the focus always shown', async () => {
    const page = alice.page;
    const body = page.locator('body');

    // Sign-in screen.
    await page.getByLabel('E-mail address:').waitFor({ timeout: 40_000 });
    const signInStops = await walkAll(page, body, 'sign-in');
    expect(signInStops.length).toBeGreaterThan(5);

    // The menu bar with the arrows: → along it, ↓ opens a menu, Esc closes it.
    await tabTo(page, page.getByRole('button', { name: 'File' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect((await here(page))?.label).toContain('"Contacts"');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menu').waitFor();
    // A menu keeps the focus and points at its item (aria-activedescendant); ↓ moves it.
    const firstItem = await activeItem(page);
    expect(firstItem?.role).toMatch(/^menuitem/);
    // Signed out, Sort by is the one item enabled: → opens its submenu, ↓ moves there.
    expect(firstItem?.text).toContain('Sort Contacts by');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await activeItem(page))?.role).toBe('menuitemradio');
    const sortFirst = await activeItem(page);
    await page.keyboard.press('ArrowDown');
    expect((await activeItem(page))?.text).not.toBe(sortFirst?.text);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });

    // Sign in from the keyboard: type in the fields, Enter submits.
    await signIn(page, 'alice@tweener.test', 'tweener');
    const tree = page.getByRole('tree', { name: 'Contacts' });
    await tree.waitFor({ timeout: 40_000 });
    await dismissPrompts(page);
    await bob.page.getByLabel('E-mail address:').waitFor({ timeout: 40_000 });
    await signIn(bob.page, 'bob@tweener.test', 'tweener');
    await tree.getByRole('treeitem', { name: 'Bob, Online' }).waitFor({ timeout: 40_000 });
    await dismissPrompts(page);

    // The list: Tab into it, arrows visit every row, ← folds a group, → opens it again.
    await tabTo(page, tree);
    await page.keyboard.press('Home');
    const rows = await tree
      .getByRole('treeitem')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const visited = [await activeLabel(page)];
    for (let i = 1; i < rows.length; i += 1) {
      await page.keyboard.press('ArrowDown');
      visited.push(await activeLabel(page));
    }
    expect(visited).toEqual(rows);
    await page.keyboard.press('Home');
    const group = tree.getByRole('treeitem').first();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => group.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => group.getAttribute('aria-expanded')).toBe('true');

    // Bob's row, Enter: the conversation, with the focus in its input.
    for (let i = 0; i < rows.length && (await activeLabel(page)) !== 'Bob, Online'; i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    // Shift+F10 opens Bob's menu with its first item pointed at; Esc gives the list back.
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu').waitFor();
    expect((await activeItem(page))?.text).toBe('Send an Instant Message');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    expect(await tree.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await activeLabel(page)).toBe('Bob, Online');
    await page.keyboard.press('Enter');
    const input = page.getByLabel('Type your message');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('hello from the keyboard');
    await page.keyboard.press('Enter');
    await page.locator('.message--out').first().waitFor({ timeout: 30_000 });

    // The whole signed-in page, list and conversation, round with Tab and back.
    const signedInStops = await walkAll(page, body, 'list and conversation');
    expect(signedInStops.length).toBeGreaterThan(15);
    await screenshot(page, 'keyboard-signed-in');

    // Emoticons: Tab to the button, Enter opens the grid, arrows move, Esc closes it.
    await tabTo(page, page.getByRole('button', { name: /Emoticons/ }));
    await page.keyboard.press('Enter');
    const grid = page.getByRole('grid', { name: 'Emoticons' });
    await grid.waitFor();
    const firstCell = await here(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect((await here(page))?.id).not.toBe(firstCell?.id);
    expect((await here(page))?.label).toMatch(/gridcell/);
    await page.keyboard.press('Escape');
    await grid.waitFor({ state: 'detached' });

    // Options (Alt+T, ↓, Enter): a modal dialog; its tabs by the arrows; Tab stays inside.
    await page.keyboard.press('Alt+t');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Enter');
    const options = page.getByRole('dialog', { name: 'Options' });
    await options.waitFor();
    const tabNames = await options
      .getByRole('tab')
      .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
    expect(tabNames.length).toBe(6);
    for (const name of tabNames) {
      const tab = options.getByRole('tab', { name, exact: true });
      if ((await tab.getAttribute('aria-selected')) !== 'true') {
        await tabTo(page, options.getByRole('tab', { selected: true }));
        for (let i = 0; i < 6 && (await tab.getAttribute('aria-selected')) !== 'true'; i += 1) {
          await page.keyboard.press('ArrowRight');
        }
      }
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      const stops = await walkAll(page, options, `Options, ${name}`);
      const inside = await options.evaluate(
        (d, ids) => ids.every((id) => d.querySelector(`[data-kw="${id}"]`) !== null),
        stops.map((s) => s.id),
      );
      expect(inside, `Options, ${name}: Tab left the modal dialog`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await options.waitFor({ state: 'detached' });

    // Add a Contact (Ctrl+Shift+A): the same inside a small dialog.
    await page.keyboard.press('Control+Shift+A');
    const add = page.getByRole('dialog', { name: 'Add a Contact' });
    await add.waitFor();
    const addStops = await walkAll(page, add, 'Add a Contact');
    expect(addStops.length).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');
    await add.waitFor({ state: 'detached' });

    // The dark theme: the focus still shows everywhere on the signed-in page.
    await page.keyboard.press('Alt+t');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Enter');
    await options.waitFor();
    await options.getByRole('tab', { name: 'Preferences', exact: true }).click();
    await options.getByLabel('Colours:').selectOption('dark');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
      .toBe('dark');
    await options.getByRole('button', { name: 'OK' }).click();
    await options.waitFor({ state: 'detached' });
    await walkAll(page, body, 'list and conversation, dark');
    await screenshot(page, 'keyboard-signed-in-dark');
  }, 240_000);
});
