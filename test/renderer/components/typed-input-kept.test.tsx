// Nothing the person typed is lost when something fails: a draft survives switching
// conversations, a refused message stays with its reason and can be sent again, the sign-in
// form comes back as it was sent, and dialogs stay open with the error and the typed text.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { useSession } from '../../../renderer/src/stores/session';
import { useUi } from '../../../renderer/src/stores/ui';
import { contact } from '../fakeBridge';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const refuse = (message: string) => () => {
  throw new Error(message);
};
const people = [contact('bob@x.test', 'Bob'), contact('amy@x.test', 'Amy')];
const conversations = [
  { id: 'c1', participants: ['bob@x.test'], state: 'ready' as const },
  { id: 'c2', participants: ['amy@x.test'], state: 'ready' as const },
];
const input = () => screen.getByLabelText('Type your message') as HTMLTextAreaElement;

describe('typed input is kept', () => {
  it('a draft survives switching conversation tabs (web harness)', async () => {
    await connected({ contacts: people, conversations, platform: 'web' });
    render(<App />);
    act(() => {
      useUi.getState().showConversation('c1');
      useUi.getState().showConversation('c2');
      useUi.getState().showConversation('c1');
    });
    fireEvent.change(input(), { target: { value: 'half a thought' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Amy' }));
    expect(input().value).toBe('');
    fireEvent.click(screen.getByRole('tab', { name: 'Bob' }));
    expect(input().value).toBe('half a thought');
  });

  it('a message main refused stays, with the reason, and Resend sends it again', async () => {
    window.location.hash = '#/conversation/c1';
    const bridge = await connected({ contacts: people, conversations, platform: 'electron' });
    bridge.answers['conversations:send'] = refuse('The conversation is still connecting.');
    render(<App />);
    fireEvent.change(input(), { target: { value: 'are you there?' } });
    await act(async () => {
      fireEvent.keyDown(input(), { key: 'Enter' });
    });
    expect(screen.getByText('are you there?')).toBeTruthy();
    expect(screen.getByText('The conversation is still connecting.')).toBeTruthy();
    const first = bridge.last('conversations:send') as { clientId: string };

    bridge.answers['conversations:send'] = () => ({ messageId: first.clientId });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Try again|Resend/i }));
    });
    const again = bridge.last('conversations:send') as { clientId: string; text: string };
    expect(again).toMatchObject({ clientId: first.clientId, text: 'are you there?' });
    expect(bridge.requests.some((r) => r.channel === 'conversations:resend')).toBe(false);
  });

  it('after a failed sign-in the form comes back as it was sent, except the password', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    bridge.answers['session:signIn'] = refuse('The server did not answer.');
    render(<App />);
    fireEvent.change(screen.getByLabelText('E-mail address:'), {
      target: { value: 'zed@tweener.test' },
    });
    fireEvent.change(screen.getByLabelText('Password:'), { target: { value: 'secret' } });
    fireEvent.change(screen.getByLabelText('Status:'), { target: { value: 'BSY' } });
    fireEvent.click(screen.getByLabelText('Remember Me'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign In' }));
    });
    expect(screen.getByText(/The server did not answer/)).toBeTruthy();
    expect((screen.getByLabelText('E-mail address:') as HTMLInputElement).value).toBe(
      'zed@tweener.test',
    );
    expect((screen.getByLabelText('Status:') as HTMLSelectElement).value).toBe('BSY');
    expect((screen.getByLabelText('Remember Me') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Password:') as HTMLInputElement).value).toBe('');
    expect(JSON.stringify(useSession.getState().lastAttempt)).not.toContain('secret');
  });

  it('Add a Contact: a server error shows in the dialog and the address stays', async () => {
    const bridge = await connected({ contacts: people });
    bridge.answers['contacts:add'] = refuse('That address is not a Passport account.');
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: /Add a Contact/ }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'who@x.test' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    });
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'That address is not a Passport account.',
    );
    expect((within(dialog).getByRole('textbox') as HTMLInputElement).value).toBe('who@x.test');
  });

  it('Create a Group: a refusal keeps the dialog and the name', async () => {
    const bridge = await connected({ contacts: people });
    bridge.answers['groups:add'] = refuse('You have too many groups.');
    render(<App />);
    act(() => useUi.getState().openDialog({ kind: 'createGroup' }));
    fireEvent.change(screen.getByLabelText('Group name:'), { target: { value: 'Coworkers' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    });
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('alert').textContent).toBe('You have too many groups.');
    expect((screen.getByLabelText('Group name:') as HTMLInputElement).value).toBe('Coworkers');
  });

  it('Options OK: a name main refused keeps the dialog, the typed name and my old name', async () => {
    const bridge = await connected({ contacts: people });
    bridge.answers['session:setFriendlyName'] = refuse('That name is not allowed.');
    render(<App />);
    act(() => useUi.getState().openDialog({ kind: 'options', tab: 'personal' }));
    const box = screen.getByLabelText('Type your name as you want others to see it:');
    fireEvent.change(box, { target: { value: 'Mike the Great' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    });
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('alert').textContent).toBe('That name is not allowed.');
    expect((box as HTMLInputElement).value).toBe('Mike the Great');
    expect(useSession.getState().self?.friendlyName).toBe('Mike');
  });

  it('a status main refused is put back', async () => {
    const bridge = await connected({ contacts: people });
    bridge.answers['session:setStatus'] = refuse('Not now.');
    await act(async () => {
      await useSession.getState().setStatus('BSY');
    });
    expect(useSession.getState().self?.status).toBe('NLN');
    expect(useUi.getState().notices.at(-1)?.text).toContain('Not now.');
  });
});
