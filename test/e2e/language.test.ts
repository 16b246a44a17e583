/// <reference lib="dom" />
// Brazilian Portuguese end to end (issue 16): a browser whose language is pt-BR gets the whole
// app in Portuguese (sign-in, the list, a conversation, Options) without choosing anything; an
// English browser switches in Options → Preferences → Language, keeps the choice after a
// reload (main stores it), and goes back with Automatic. Screenshots of the Portuguese screens
// go beside the others.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPage } from './helpers/browser';
import { openPage, screenshot } from './helpers/browser';
import { signedIn } from './helpers/flows';
import type { World } from './helpers/world';
import { startWorld } from './helpers/world';

const SIZE = { width: 860, height: 620 };

let world: World;
let alice: OpenedPage;
let bob: OpenedPage;

beforeAll(async () => {
  world = await startWorld();
  const [aliceHarness, bobHarness] = await Promise.all([
    world.harness('alice@tweener.test'),
    world.harness('bob@tweener.test'),
  ]);
  alice = await openPage(aliceHarness.url, SIZE, 1, 'pt-BR');
  bob = await openPage(bobHarness.url, SIZE);
});

afterAll(async () => {
  await alice?.close();
  await bob?.close();
  await world?.stop();
});

const root = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

/** Closes a prompt ("X adicionou você") so it does not cover the page. */
async function closePrompt(page: Page, close: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  if (await dialog.count()) await dialog.getByRole('button', { name: close }).click();
}

async function openOptions(page: Page, tools: string, options: string, tab: string) {
  await page.getByRole('button', { name: tools, exact: true }).click();
  await page.getByRole('menuitem', { name: options }).click();
  await page.getByRole('tab', { name: tab }).click();
}

describe('Portuguese', () => {
  it('a pt-BR browser gets the sign-in screen in Portuguese, by default', async () => {
    const page = alice.page;
    expect(await page.evaluate(() => navigator.language)).toBe('pt-BR');
    await page.getByLabel('Endereço de e-mail:').waitFor({ timeout: 40_000 });
    expect(await root(page)).toEqual({ lang: 'pt-BR', dir: 'ltr' });
    await page.getByRole('button', { name: 'Entrar' }).waitFor();
    await page.getByText('Lembrar-me').waitFor();
    await screenshot(page, 'pt-BR-sign-in');
  });

  it("a wrong password: main's failure said in Portuguese", async () => {
    const page = alice.page;
    await page.getByLabel('Endereço de e-mail:').fill('alice@tweener.test');
    await page.getByLabel('Senha:').fill('not the password');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page
      .getByRole('alert')
      .getByText('O endereço de e-mail ou a senha está incorreto.')
      .waitFor({ timeout: 40_000 });
    await page.getByText('Não foi possível entrar').waitFor();
    await screenshot(page, 'pt-BR-sign-in-failed');
  });

  it('signs in and shows the contact list and statuses in Portuguese', async () => {
    const page = alice.page;
    await page.getByLabel('Endereço de e-mail:').fill('alice@tweener.test');
    await page.getByLabel('Senha:').fill('tweener');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('tree', { name: 'Contatos' }).waitFor({ timeout: 40_000 });
    await closePrompt(page, 'Fechar');

    await signedIn(bob.page, 'bob@tweener.test', 'tweener');
    await bob.page.getByRole('button', { name: /Bob \(Online\)/ }).click();
    await bob.page.getByRole('menuitemradio', { name: /Busy/ }).click();
    await page.getByRole('treeitem', { name: 'Bob, Ocupado' }).waitFor({ timeout: 30_000 });
    await page.getByText('(Ocupado)').first().waitFor();
    await page.getByRole('button', { name: 'Ferramentas', exact: true }).waitFor();
    // Main's sign-in alert, worded by the page (the name isolated: FSI Bob PDI).
    await page
      .locator('.toast__body')
      .getByText(/^\u2068?Bob\u2069? acabou de entrar\.$/)
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'pt-BR-contact-list');
    // Out of the way of the next screenshots.
    await page.locator('.toast').getByRole('button', { name: 'Dispensar' }).click();
  });

  it('has a conversation in Portuguese', async () => {
    const page = alice.page;
    await page.getByRole('treeitem', { name: 'Bob, Ocupado' }).click();
    await page.getByRole('tree', { name: 'Contatos' }).press('Enter');
    const input = page.getByLabel('Digite sua mensagem');
    await input.waitFor({ timeout: 30_000 });
    await input.fill('Oi, Bob! Vamos hoje à noite?');
    await input.press('Enter');
    const bobInput = bob.page.getByLabel('Type your message');
    await bobInput.waitFor({ timeout: 30_000 });
    await bob.page.getByText('Alice says:', { exact: true }).waitFor({ timeout: 30_000 });
    await bobInput.fill('Claro :)');
    await page
      .locator('.conversation-status', { hasText: 'Bob está digitando uma mensagem.' })
      .waitFor({ timeout: 30_000 });
    await bobInput.press('Enter');
    await page.getByText('Bob diz:', { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByText('Alice diz:', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Chamar a atenção' }).waitFor();
    await screenshot(page, 'pt-BR-conversation');
  });

  it('menus and a dialog in Portuguese', async () => {
    const page = alice.page;
    await page.getByRole('button', { name: 'Alice (Online). Alterar meu status' }).click();
    await page.getByRole('menuitemradio', { name: /Saiu para Almoçar/ }).waitFor();
    await screenshot(page, 'pt-BR-status-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('treeitem', { name: 'Bob, Ocupado' }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Definir um nome que só você vê...' }).waitFor();
    await screenshot(page, 'pt-BR-contact-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Adicionar um contato' }).click();
    await page.getByRole('dialog', { name: 'Adicionar um contato' }).waitFor();
    await screenshot(page, 'pt-BR-add-contact');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancelar' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('shows Options in Portuguese, Preferences and Connection', async () => {
    const page = alice.page;
    await openOptions(page, 'Ferramentas', 'Opções...', 'Preferências');
    const language = page.getByLabel('Idioma:');
    expect(await language.inputValue()).toBe('auto');
    await screenshot(page, 'pt-BR-options-preferences');
    await page.getByRole('tab', { name: 'Privacidade' }).click();
    await page.getByText('Minha lista de permissões').waitFor();
    await screenshot(page, 'pt-BR-options-privacy');
    await page.getByRole('tab', { name: 'Sons' }).click();
    await page.getByText('Contato entra').waitFor();
    await screenshot(page, 'pt-BR-options-sounds');
    await page.getByRole('tab', { name: 'Histórico' }).click();
    await page.getByRole('button', { name: 'Importar do Pidgin ou do aMSN...' }).waitFor();
    await screenshot(page, 'pt-BR-options-history');
    await page.getByRole('tab', { name: 'Conexão' }).click();
    await page.getByText('Servidor:').first().waitFor();
    await screenshot(page, 'pt-BR-options-connection');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancelar' }).click();
  });
});

describe('choosing the language', () => {
  it('an English browser switches to Portuguese in Options, and it stays after a reload', async () => {
    const page = bob.page;
    expect(await root(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await openOptions(page, 'Tools', 'Options...', 'Preferences');
    await page.getByLabel('Language:').selectOption('pt-BR');
    // At once, in the same dialog: the tabs, the menu bar, the list.
    await page.getByRole('tab', { name: 'Preferências', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Ferramentas', exact: true }).waitFor();
    await page.getByRole('treeitem', { name: 'Alice, Online' }).waitFor();
    expect(await root(page)).toEqual({ lang: 'pt-BR', dir: 'ltr' });
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();

    await page.reload();
    await page
      .getByRole('button', { name: 'Ferramentas', exact: true })
      .waitFor({ timeout: 40_000 });
    expect(await root(page)).toEqual({ lang: 'pt-BR', dir: 'ltr' });

    await openOptions(page, 'Ferramentas', 'Opções...', 'Preferências');
    await page.getByLabel('Idioma:').selectOption('auto');
    await page.getByRole('tab', { name: 'Preferences', selected: true }).waitFor();
    expect(await root(page)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('right to left: with dir=rtl on the root the window mirrors (ready for such a language)', async () => {
    // No right-to-left language ships; the root's dir comes from the locale (directionOf, unit
    // tested). Here it is set by hand to check that the layout follows it.
    const page = bob.page;
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const side = () =>
      page.evaluate(() => {
        const list = document.querySelector('.main-window')!.getBoundingClientRect();
        const dock = document.querySelector('.dock')!.getBoundingClientRect();
        return list.left < dock.left ? 'list left' : 'list right';
      });
    expect(await side()).toBe('list left');
    await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    expect(await side()).toBe('list right');
    await screenshot(page, 'rtl-mirrored');
    await page.evaluate(() => (document.documentElement.dir = 'ltr'));
  });
});
