import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(cleanup);

async function openOptions(tab: string) {
  const bridge = await connected({
    contacts: [contact('bob@x.test', 'Bob'), contact('eve@x.test', 'Eve', 'FLN', { lists: 1 | 4 })],
  });
  render(<App />);
  fireEvent.click(screen.getByRole('button', { name: 'Tools' }));
  fireEvent.click(screen.getByRole('menuitem', { name: 'Options...' }));
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  return bridge;
}

describe('options', () => {
  it('privacy: allow and block lists side by side, moving people and "All others"', async () => {
    const bridge = await openOptions('Privacy');
    const allow = screen.getByRole('listbox', { name: /My Allow List/ });
    const block = screen.getByRole('listbox', { name: /My Block List/ });
    expect(
      within(allow)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All others', 'bob@x.test']);
    expect(
      within(block)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['eve@x.test']);
    fireEvent.change(allow, { target: { value: 'bob@x.test' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '>> Block' }));
    });
    expect(bridge.last('contacts:block')).toEqual({ email: 'bob@x.test' });
    fireEvent.change(allow, { target: { value: '*' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '>> Block' }));
    });
    expect(bridge.last('privacy:set')).toEqual({ blp: 'BL' });
    await act(async () => {
      fireEvent.click(
        screen.getByLabelText('Alert me when other users add me to their contact lists'),
      );
    });
    expect(bridge.last('privacy:set')).toEqual({ gtc: 'N' });
  });

  it('personal: the display name applies on OK', async () => {
    const bridge = await openOptions('Personal');
    fireEvent.change(screen.getByLabelText('Type your name as you want others to see it:'), {
      target: { value: 'Mike :D' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    });
    expect(bridge.last('session:setFriendlyName')).toEqual({ name: 'Mike :D' });
  });

  it('history: searches and shows what main found', async () => {
    const bridge = await openOptions('History');
    expect(bridge.requests.some((r) => r.channel === 'history:contacts')).toBe(true);
    bridge.answers['history:search'] = () => ({
      hits: [
        {
          contact: 'bob@x.test',
          conversationId: 'c1',
          direction: 'in',
          from: 'bob@x.test',
          fromName: 'Bob',
          text: 'pizza tonight?',
          time: Date.now(),
          ref: '0:0',
        },
      ],
      cursor: null,
    });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search history' }), {
      target: { value: 'pizza' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    });
    expect(bridge.last('history:search')).toEqual({ limit: 30, text: 'pizza' });
    expect(screen.getByText('pizza tonight?')).toBeTruthy();
  });

  it('preferences and sounds write settings patches', async () => {
    const bridge = await openOptions('Sounds');
    await act(async () => {
      fireEvent.click(
        screen.getByLabelText('Play a sound when contacts sign in or send a message'),
      );
    });
    expect(bridge.last('settings:update')).toEqual({ patch: { playSounds: false } });
    fireEvent.click(screen.getByRole('tab', { name: 'Preferences' }));
    await act(async () => {
      fireEvent.click(screen.getByLabelText('Keep a history of my conversations'));
    });
    expect(bridge.last('settings:update')).toEqual({ patch: { keepHistory: false } });
  });

  it('preferences: the download folder is shown, and changed only through main', async () => {
    const bridge = await openOptions('Preferences');
    const folder = screen.getByLabelText('Put files received in this folder:');
    expect((folder as HTMLInputElement).value).toBe('My Downloads folder');
    expect((folder as HTMLInputElement).readOnly).toBe(true);
    bridge.answers['settings:chooseDownloadFolder'] = () => '/home/me/Received';
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Change...' }));
    });
    expect(bridge.requests.filter((r) => r.channel === 'settings:chooseDownloadFolder')).toEqual([
      { channel: 'settings:chooseDownloadFolder', input: undefined },
    ]);
    // The page never sends a folder itself: it shows the one main reports.
    expect(bridge.requests.some((r) => r.channel === 'settings:update')).toBe(false);
    await act(async () => {
      bridge.emit([
        {
          type: 'settings',
          settings: { ...DEFAULT_SETTINGS, downloadFolder: '/home/me/Received' },
        },
      ]);
    });
    expect((folder as HTMLInputElement).value).toBe('/home/me/Received');
  });
});
