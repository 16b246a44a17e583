/// <reference lib="dom" />
// How the page holds up in the display modes people set (issue 16, ui-spec §6.2), emulated
// in Chromium through the devtools protocol: reduced motion (the nudge does not shake, the
// sign-in mark does not turn, toasts do not rise), forced colours (Windows high contrast:
// every control keeps a visible edge or text, the selection shows, and each status has its
// own shape, not only its own colour), and text at 200 % (the same window at twice the zoom:
// nothing needs sideways scrolling and the controls stay on screen). Screenshots are written
// next to the others and were looked at.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { openPage, screenshot } from './helpers/browser';
import { signedIn } from './helpers/flows';
import type { Pair } from './helpers/pair';
import { dismissPrompts, startPair } from './helpers/pair';

const SIZE = { width: 860, height: 620 };
const HALF = { width: SIZE.width / 2, height: SIZE.height / 2 };

let pair: Pair;
let alice: OpenedPage;
let bob: OpenedPage;
let cdp: CDPSession;

beforeAll(async () => {
  pair = await startPair(SIZE);
  ({ alice, bob } = pair);
  cdp = await alice.context.newCDPSession(alice.page);
});

afterAll(() => pair?.stop());

/** Emulated media features, through the devtools protocol (they replace the previous ones). */
async function media(features: { name: string; value: string }[]): Promise<void> {
  await cdp.send('Emulation.setEmulatedMedia', { media: '', features });
}

const tree = (page: Page) => page.getByRole('tree', { name: 'Contacts' });
const input = (page: Page) => page.getByLabel('Type your message');

/**
 * Records, each time something that moves appears (the sign-in mark turning, a toast rising)
 * or the conversation starts shaking, how many animations it runs and which.
 */
async function watchMotion(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Seen = { what: string; animations: number; name: string };
    const shakes: Seen[] = [];
    const appeared: Seen[] = [];
    Object.assign(window, { shakes, appeared });
    const note = (el: Element, what: string, into: Seen[]) =>
      into.push({
        what,
        animations: el.getAnimations({ subtree: true }).length,
        name: getComputedStyle(el).animationName,
      });
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.type === 'attributes' && el.classList.contains('conversation--shaking')) {
          note(el, 'shake', shakes);
        }
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          for (const found of n.querySelectorAll('.toast, .app-mark--spinning')) {
            note(found, found.classList.contains('toast') ? 'toast' : 'mark', appeared);
          }
          if (n.matches('.toast')) note(n, 'toast', appeared);
        }
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  });
}
const shakes = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { shakes: { animations: number; name: string }[] }).shakes.map(
      ({ animations, name }) => ({ animations, name }),
    ),
  );
const appeared = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { appeared: { what: string; animations: number }[] }).appeared.map(
      ({ what, animations }) => ({ what, animations }),
    ),
  );

const nudgesSeen = (): Promise<number> =>
  alice.page.getByText('Bob just sent you a nudge!').count();

/** Bob nudges until Alice has seen `count` (his client sends one per 3 s and drops the rest). */
async function nudgeFromBob(count: number): Promise<void> {
  await expect
    .poll(
      async () => {
        if ((await nudgesSeen()) < count) {
          await bob.page.getByRole('button', { name: 'Nudge' }).click();
        }
        return nudgesSeen();
      },
      { timeout: 30_000, interval: 1000 },
    )
    .toBeGreaterThanOrEqual(count);
}

/**
 * For each status figure on the page: its shape with every colour left out (elements,
 * geometry, dashes, and whether each part is filled or hollow as drawn).
 */
function shapes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const svg of document.querySelectorAll<SVGElement>('.contact-row .status-icon')) {
      const kind = `${svg.dataset['kind']}${svg.dataset['blocked'] ? '+blocked' : ''}`;
      out[kind] = [...svg.querySelectorAll('*')]
        .filter((el) => getComputedStyle(el).display !== 'none')
        .map((el) => {
          const style = getComputedStyle(el);
          const geometry = ['d', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'width', 'height']
            .map((a) => el.getAttribute(a) ?? '')
            .join(',');
          const filled =
            style.fill !== 'none' &&
            style.fillOpacity !== '0' &&
            !/rgba\(.*, 0\)$/.test(style.fill);
          return `${el.tagName}(${geometry}) ${filled ? 'filled' : 'hollow'} ${style.strokeDasharray}`;
        })
        .join(' ');
    }
    return out;
  });
}

/** WCAG contrast of each visible control's text (or border) against what is behind it. */
function weakControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string): number[] | null => {
      const m = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(c);
      if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const lum = ([r, g, b]: number[]) =>
      [r, g, b]
        .map((v) => (v ?? 0) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    const behind = (el: Element): number[] => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const bg = rgb(getComputedStyle(at).backgroundColor);
        if (bg) return bg;
      }
      return [255, 255, 255];
    };
    const weak: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input, select, textarea, [role="treeitem"], [role="tab"], a[href]',
    );
    for (const el of controls) {
      if (el.getClientRects().length === 0 || el.closest('[aria-hidden="true"]')) continue;
      const style = getComputedStyle(el);
      const back = behind(el.parentElement ?? el);
      const own = rgb(style.backgroundColor) ?? back;
      const text = rgb(style.color);
      const border = rgb(style.borderTopColor);
      const hasText = (el.textContent ?? '').trim() !== '' || el.tagName === 'INPUT';
      const textOk = hasText && text !== null && ratio(text, own) >= 4.5;
      const edgeOk =
        parseFloat(style.borderTopWidth) > 0 && border !== null && ratio(border, back) >= 3;
      const imageOk = el.querySelector('img, svg') !== null && ratio(own, back) >= 1;
      if (!textOk && !edgeOk && !imageOk) {
        weak.push(
          `${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`,
        );
      }
    }
    return weak;
  });
}

/**
 * Controls pushed out of reach (not on screen even after scrolling their pane to them), words
 * cut off a button, or a page wider than the window. Leaves panes scrolled.
 */
function lostAtZoom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lost: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      lost.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, textarea')) {
      if (el.getClientRects().length === 0 || el.closest('[aria-hidden="true"]')) continue;
      if (el.closest('.visually-hidden')) continue;
      // Below the fold is fine if its pane scrolls to it.
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      if (r.bottom > window.innerHeight + 1 || r.top < -1) {
        lost.push(
          `out of reach: ${el.tagName} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`,
        );
      }
      if (r.right > window.innerWidth + 1 || r.left < -1) {
        lost.push(
          `off screen: ${el.tagName} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`,
        );
      }
      // A button's words cut short (not a text field, whose content scrolls inside it).
      if (el.tagName === 'BUTTON' && el.scrollWidth > el.clientWidth + 1) {
        lost.push(`clipped: "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      }
    }
    return lost;
  });
}

describe('display modes', () => {
  it('reduced motion, forced colours and 200 % text', async () => {
    const page = alice.page;
    await page.getByLabel('E-mail address:').waitFor({ timeout: 40_000 });
    await watchMotion(page);
    await signedIn(page, 'alice@tweener.test', 'tweener');
    await dismissPrompts(page);
    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await dismissPrompts(bob.page);
    await tree(page).getByRole('treeitem', { name: 'Bob, Online' }).dblclick();
    await input(page).fill('hi');
    await input(page).press('Enter');
    await input(bob.page).waitFor({ timeout: 30_000 });
    // As usual, the sign-in mark turned and Bob's sign-in toast rose.
    await expect.poll(async () => (await appeared(page)).map((a) => a.what)).toContain('toast');
    for (const seen of await appeared(page)) expect(seen.animations).toBeGreaterThan(0);
    expect((await appeared(page)).map((a) => a.what)).toContain('mark');

    // Motion as usual: a nudge shakes the conversation.
    await nudgeFromBob(1);
    await expect.poll(() => shakes(page)).toHaveLength(1);
    expect((await shakes(page))[0]).toEqual({ animations: 1, name: 'nudge-shake' });
    const before = await nudgesSeen();

    // Reduced motion: the nudge is still told in words, and nothing moves.
    await media([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    );
    await nudgeFromBob(before + 1);
    await expect.poll(async () => (await shakes(page)).length).toBeGreaterThanOrEqual(2);
    for (const shake of (await shakes(page)).slice(1)) {
      expect(shake).toEqual({ animations: 0, name: 'none' });
    }
    // No animation anywhere on the page either (toasts, the sign-in mark).
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);

    // Forced colours (high contrast).
    await media([{ name: 'forced-colors', value: 'active' }]);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const bobRow = tree(page).getByRole('treeitem', { name: /^Bob, / });
    await bobRow.click();
    expect(await weakControls(page)).toEqual([]);
    // The selected row stands out from the others (its background as drawn, not transparent).
    const drawn = await tree(page)
      .getByRole('treeitem')
      .evaluateAll((els) =>
        els.map((e) => {
          let at: Element | null = e;
          let bg = 'rgba(0, 0, 0, 0)';
          for (; at && bg === 'rgba(0, 0, 0, 0)'; at = at.parentElement) {
            bg = getComputedStyle(at).backgroundColor;
          }
          return { selected: e.getAttribute('aria-selected') === 'true', bg };
        }),
      );
    const selected = drawn.filter((d) => d.selected).map((d) => d.bg);
    const others = drawn.filter((d) => !d.selected).map((d) => d.bg);
    expect(selected).toHaveLength(1);
    expect(others.length).toBeGreaterThan(0);
    expect(others).not.toContain(selected[0]);
    await screenshot(page, 'forced-colors');

    // Each status Bob takes has its own shape, colours left out.
    const seen: Record<string, string> = { ...(await shapes(page)) };
    for (const status of ['Busy', 'Away']) {
      await bob.page.getByRole('button', { name: /Change my status/ }).click();
      await bob.page.getByRole('menuitemradio', { name: status, exact: true }).click();
      await tree(page)
        .getByRole('treeitem', { name: `Bob, ${status}` })
        .waitFor({ timeout: 30_000 });
      Object.assign(seen, await shapes(page));
      if (status === 'Busy') await screenshot(page, 'forced-colors-busy');
    }
    // 200 %: the same window at twice the zoom is what a second page on Alice's harness shows
    // with half the CSS pixels, each drawn twice (Chromium's zoom does just that).
    const zoomed = await openPage(pair.aliceHarness.url, HALF, 2);
    try {
      const z = zoomed.page;
      expect(await z.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([HALF.width, 2]);
      await z
        .getByRole('dialog')
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      await screenshot(z, 'zoom-200-dialog');
      expect(await lostAtZoom(z)).toEqual([]);
      await dismissPrompts(z);
      await tree(z).getByRole('treeitem', { name: 'Bob, Away' }).waitFor({ timeout: 30_000 });
      await screenshot(z, 'zoom-200-contact-list');
      expect(await lostAtZoom(z)).toEqual([]);
      await tree(z).getByRole('treeitem', { name: 'Bob, Away' }).dblclick();
      await input(z).waitFor({ timeout: 30_000 });
      await screenshot(z, 'zoom-200-conversation');
      expect(await lostAtZoom(z)).toEqual([]);

      // Back on the first page, still in forced colours: Bob signs out.
      await bob.page.getByRole('button', { name: 'File', exact: true }).click();
      await bob.page.getByRole('menuitem', { name: 'Sign Out' }).click();
      await tree(page).getByRole('treeitem', { name: 'Bob, Offline' }).waitFor({ timeout: 30_000 });
      Object.assign(seen, await shapes(page));
      await screenshot(page, 'forced-colors-offline');
      expect(Object.keys(seen).sort()).toEqual(['away', 'busy', 'offline', 'online']);
      expect(new Set(Object.values(seen)).size).toBe(4);
      // Offline is not just a grey figure: it is drawn hollow, where online is filled.
      expect(seen['offline']).toContain('hollow');
      expect(seen['online']).not.toContain('hollow');

      // The sign-in screen at 200 %.
      await z.getByRole('button', { name: 'File', exact: true }).click();
      await z.getByRole('menuitem', { name: 'Sign Out' }).click();
      await z.getByLabel('E-mail address:').waitFor({ timeout: 30_000 });
      await screenshot(z, 'zoom-200-sign-in');
      expect(await lostAtZoom(z)).toEqual([]);

      // Reduced motion here too: signing in, the mark does not turn; Bob's toast does not rise.
      const zcdp = await zoomed.context.newCDPSession(z);
      await zcdp.send('Emulation.setEmulatedMedia', {
        media: '',
        features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
      });
      await watchMotion(z);
      await signedIn(z, 'alice@tweener.test', 'tweener');
      await dismissPrompts(z);
      await signedIn(bob.page, 'bob@tweener.test', 'tweener');
      await expect.poll(async () => (await appeared(z)).map((a) => a.what)).toContain('toast');
      for (const seen of await appeared(z)) expect(seen.animations).toBe(0);
    } finally {
      await zoomed.close();
    }
  }, 180_000);
});
