/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// A hostile contact against the page, in Chromium: Alice's web harness on the local network,
// and Bob as a plain MsnClient in Node that sends what no honest client would — HTML and
// script, bidirectional overrides and huge strings in his name, his messages, his message
// font and colour, and a file offer's name. Nothing may execute (no dialog, no injected
// element, no page error) and nothing may be spoofed (names isolated, the file name cleaned,
// Accept before Decline, both after the sentence, on screen as in the DOM).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MsnClient } from '../../main/msnp';
import { buildFileInvite, randomCookie } from '../../main/msnp/messages/invite';
import { clientFor, PASSWORD } from '../integration/signin/harness';
import type { OpenedPage } from './helpers/browser';
import { openPage, screenshot } from './helpers/browser';
import { signedIn } from './helpers/flows';
import { dismissPrompts } from './helpers/pair';
import type { World } from './helpers/world';
import { DEMO_ACCOUNTS, startWorld } from './helpers/world';

const RLO = '\u202E';
const PAYLOAD = (n: number) =>
  `<img src=x onerror="window.__pwned=${n}"><script>window.__pwned=${n}</script>`;
const NAME = `${PAYLOAD(1)}Bob${RLO}live.moc`;
const TEXT = `${PAYLOAD(2)} pay ${RLO}gnp.exe now ${'W'.repeat(1200)}`;
// No '/' in it: a name with one is cut to its last segment, which would hide the spoof.
const FILE = `invoice${RLO}fdp.exe<img src=x onerror="window.__pwned=3">`;
const FONT = `x"><img src=x onerror="window.__pwned=4">; } body { display:none`;

let world: World;
let alice: OpenedPage;
let bob: MsnClient;
let conversation = '';
const dialogs: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  // Bob's own name on the server is the hostile one: Alice's list, toasts and lines show it.
  const accounts = DEMO_ACCOUNTS.map((a) =>
    a.email === 'bob@tweener.test' ? { ...a, friendlyName: NAME } : a,
  );
  world = await startWorld(accounts);
  const harness = await world.harness('alice@tweener.test');
  alice = await openPage(harness.url, { width: 900, height: 640 });
  alice.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  alice.page.on('pageerror', (e) => errors.push(e.message));
  alice.page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  bob = clientFor(world.network, { reconnect: { enabled: false } });
});

afterAll(async () => {
  await bob?.signOut().catch(() => undefined);
  await alice?.close();
  await world?.stop();
});

/** Sends a raw MSG payload in a conversation (what a hostile client can put on the wire). */
function sendRaw(client: MsnClient, conversationId: string, payload: Buffer): void {
  // The invitation path sends any payload as one MSG N; a test reaching past the API on
  // purpose, since an honest client cannot build these payloads.
  const chats = (client as unknown as { chats: { sendInvitation(id: string, p: Buffer): void } })
    .chats;
  chats.sendInvitation(conversationId, payload);
}

function hostileFormatMessage(text: string): Buffer {
  const format = `FN=${encodeURIComponent(FONT)}; EF=BI; CO=expression(alert(5)); CS=0; PF=22`;
  return Buffer.from(
    `MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nX-MMS-IM-Format: ${format}\r\n\r\n${text}`,
  );
}

/** What ran, or was injected, in the page. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    imgX: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')),
    ).length,
  }));
}

/** Text nodes with a right-to-left override that are not inside a <bdi>. */
async function unisolated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent?.includes('\u202E') && !n.parentElement?.closest('bdi')) {
        out.push(n.textContent.slice(0, 60));
      }
    }
    return out;
  });
}

describe('a hostile contact', () => {
  it('signs in with a hostile name: the list and the toast show it as text', async () => {
    await signedIn(alice.page, 'alice@tweener.test', 'tweener');
    await dismissPrompts(alice.page);
    await bob.signIn({ email: 'bob@tweener.test', password: PASSWORD, status: 'NLN' });
    const row = alice.page.getByRole('treeitem', { name: /Online/ }).filter({ hasText: 'Bob' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.locator('bdi.contact-row__name').innerText()).toContain('<img src=x');
    expect(await unisolated(alice.page)).toEqual([]);
  });

  it('messages, a hostile font and colour, a nudge, typing: all text, all isolated', async () => {
    conversation = bob.openConversation(['alice@tweener.test']);
    bob.sendMessage(conversation, TEXT, null);
    await alice.page.locator('.message--in .message__body').first().waitFor({ timeout: 30_000 });
    sendRaw(bob, conversation, hostileFormatMessage(`${PAYLOAD(6)} in a hostile font`));
    await alice.page
      .getByRole('log', { name: 'Conversation transcript' })
      .getByText('in a hostile font')
      .waitFor({ timeout: 30_000 });
    bob.sendNudge(conversation);
    await alice.page.locator('.system-line--nudgeIn').waitFor({ timeout: 30_000 });
    bob.sendTyping(conversation);
    await alice.page.locator('.conversation-status[data-typing]').waitFor({ timeout: 30_000 });

    const bodies = alice.page.locator('.message--in .message__body');
    expect(await bodies.first().innerText()).toContain('<script>window.__pwned=2</script>');
    // The font name stays a font name: the page is still shown, the style is one declaration.
    const style = await bodies.last().evaluate((el) => ({
      family: getComputedStyle(el).fontFamily,
      bodyShown: getComputedStyle(document.body).display !== 'none',
    }));
    expect(style.bodyShown).toBe(true);
    expect(style.family).toContain('onerror');
    expect(await unisolated(alice.page)).toEqual([]);
  });

  it('a file offer with a spoofing name: cleaned, isolated, Accept then Decline after it', async () => {
    sendRaw(
      bob,
      conversation,
      buildFileInvite({ cookie: randomCookie(), fileName: FILE, size: 1234, canListen: true }),
    );
    const line = alice.page.locator('.transfer-line').last();
    await line.waitFor({ timeout: 30_000 });
    // The sentence isolates the sender's name, then the file's, then the size.
    const isolated = await line.locator('bdi').allTextContents();
    expect(isolated[0]).toBe(NAME);
    expect(isolated[1]).toBe('invoicefdp.exe_img src=x onerror=_window.__pwned=3__');
    expect(isolated[1]).not.toContain(RLO);
    // The DOM order, and the order on screen: sentence, Accept, Decline, left to right.
    const children = await line.evaluate((el) => [...el.children].map((c) => c.textContent));
    expect(children.slice(1)).toEqual(['Accept', 'Decline']);
    // On screen: the sentence's last line ends before Accept, and Accept before Decline.
    const boxes = await line.evaluate((el) => {
      const rects = el.querySelector(':scope > span')!.getClientRects();
      const last = rects[rects.length - 1]!;
      const box = (name: string) =>
        [...el.querySelectorAll('button')]
          .find((b) => b.textContent === name)!
          .getBoundingClientRect();
      const [accept, decline] = [box('Accept'), box('Decline')];
      return {
        sentenceEnd: { right: last.right, top: last.top, bottom: last.bottom },
        accept: { left: accept.left, right: accept.right, top: accept.top },
        decline: { left: decline.left, top: decline.top },
      };
    });
    const sameLine = boxes.accept.top < boxes.sentenceEnd.bottom;
    if (sameLine) expect(boxes.accept.left).toBeGreaterThanOrEqual(boxes.sentenceEnd.right - 1);
    else expect(boxes.accept.top).toBeGreaterThanOrEqual(boxes.sentenceEnd.bottom - 1);
    if (boxes.decline.top === boxes.accept.top) {
      expect(boxes.decline.left).toBeGreaterThanOrEqual(boxes.accept.right);
    } else expect(boxes.decline.top).toBeGreaterThan(boxes.accept.top);
    expect(await unisolated(alice.page)).toEqual([]);
    // The sign-in toast: the name isolated as text, its override dropped, the words in order.
    const toast = alice.page.locator('.toast').first();
    if (await toast.count()) {
      expect(await toast.locator('.toast__body').innerText()).toMatch(
        /live\.moc\u2069? has just signed in\.$/,
      );
      await toast.getByRole('button', { name: 'Dismiss' }).click();
    }
    await line.scrollIntoViewIfNeeded();
    const shot = await screenshot(alice.page, 'hostile-conversation');
    console.log(`hostile conversation: ${shot}`);
  });

  it('nothing ran and nothing was injected, from first to last', async () => {
    expect(await injected(alice.page)).toEqual({ pwned: null, imgX: 0, scripts: 0, handlers: 0 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
