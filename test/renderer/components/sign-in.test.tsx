import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { connected } from '../setup';

afterEach(cleanup);

describe('sign-in screen', () => {
  it('sends e-mail, password, status and remember choices; Sign Me In Automatically locks the password box', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    fireEvent.change(screen.getByLabelText('E-mail address:'), {
      target: { value: 'alice@tweener.test' },
    });
    fireEvent.change(screen.getByLabelText('Password:'), { target: { value: 'tweener' } });
    fireEvent.change(screen.getByLabelText('Status:'), { target: { value: 'BSY' } });
    fireEvent.click(screen.getByLabelText('Sign Me In Automatically'));
    expect((screen.getByLabelText('Remember my Password') as HTMLInputElement).disabled).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign In' }));
    });
    expect(bridge.last('session:signIn')).toEqual({
      email: 'alice@tweener.test',
      password: 'tweener',
      status: 'BSY',
      profileId: 'local-demo',
      rememberMe: true,
      rememberPassword: true,
      signInAutomatically: true,
    });
  });

  it('asks for a password rather than sending an empty one', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    fireEvent.change(screen.getByLabelText('E-mail address:'), {
      target: { value: 'alice@tweener.test' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sign In' }));
    expect(screen.getByRole('alert').textContent).toContain('Type your password');
    expect(bridge.last('session:signIn')).toBeUndefined();
  });

  it('shows the steps while signing in, and the failure in plain words with its code afterwards', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    act(() =>
      bridge.emit([
        { type: 'session', session: { phase: 'authenticating', step: 'Checking your password' } },
      ]),
    );
    expect(screen.getByText('Signing in...')).toBeTruthy();
    expect(screen.getByText('Checking your password')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bridge.requests.some((r) => r.channel === 'session:cancelSignIn')).toBe(true);
    act(() =>
      bridge.emit([
        {
          type: 'session',
          session: {
            phase: 'signedOut',
            failure: {
              kind: 'badCredentials',
              message: 'The e-mail address or password is wrong. Check them and try again.',
              code: 911,
            },
          },
        },
      ]),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('password is wrong');
    expect(alert.textContent).toContain('(911)');
    expect(alert.textContent).toContain('Caps Lock');
    expect(alert.textContent).not.toContain('date and time');
  });

  it('suggests checking the clock only when the certificate was rejected', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    act(() =>
      bridge.emit([
        {
          type: 'session',
          session: {
            phase: 'signedOut',
            failure: { kind: 'tlsRejected', message: 'The certificate was rejected.' },
          },
        },
      ]),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('date and time');
    expect(alert.textContent).not.toContain('Caps Lock');
  });

  it('uses a remembered password when the box is left empty', async () => {
    const bridge = await connected({
      session: { phase: 'signedOut' },
      self: null,
      accounts: [
        {
          email: 'bob@tweener.test',
          hasPassword: true,
          signInAutomatically: false,
          status: 'AWY',
          profileId: 'local-demo',
        },
      ],
    });
    render(<App />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign In' }));
    });
    const sent = bridge.last('session:signIn') as Record<string, unknown>;
    expect(sent['email']).toBe('bob@tweener.test');
    expect(sent['status']).toBe('AWY');
    expect('password' in sent).toBe(false);
  });
});
