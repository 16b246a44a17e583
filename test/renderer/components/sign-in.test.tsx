import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import type { CertificateDetails } from '@shared/domain';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';
import { snapshot } from '../fakeBridge';
import { connected } from '../setup';

const CERT: CertificateDetails = {
  host: '127.0.0.1',
  port: 8443,
  subject: 'CN=localhost',
  issuer: 'CN=Home-made root',
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo: '2027-01-01T00:00:00.000Z',
  sha256: 'AB:'.repeat(31) + 'AB',
  problem: 'notCa',
  code: 'INVALID_CA',
};

const snapshotProfiles = () => snapshot().profiles;

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
    // Within the window: the announcement for screen readers says it too (outside <main>).
    expect(within(screen.getByRole('main')).getByText('Signing in...')).toBeTruthy();
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

  it('suggests checking the clock only for an expired or not-yet-valid certificate', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    const failWith = (problem: 'expired' | 'notCa') =>
      act(() =>
        bridge.emit([
          {
            type: 'session',
            session: {
              phase: 'signedOut',
              failure: {
                kind: 'tlsRejected',
                message: 'The certificate could not be verified.',
                certificate: { ...CERT, problem },
              },
            },
          },
        ]),
      );
    failWith('notCa');
    expect(screen.getByRole('alert').textContent).not.toContain('date and time');
    failWith('expired');
    expect(screen.getByRole('alert').textContent).toContain('date and time');
    expect(screen.getByRole('alert').textContent).not.toContain('Caps Lock');
  });

  it('shows the certificate; Trust asks main to pin exactly it for the network tried', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    act(() =>
      bridge.emit([
        {
          type: 'session',
          session: {
            phase: 'signedOut',
            failure: { kind: 'tlsRejected', message: 'Not verified.', certificate: CERT },
          },
        },
      ]),
    );
    const dialog = screen.getByRole('dialog', { name: 'Certificate not verified' });
    expect(dialog.textContent).toContain(CERT.sha256);
    expect(dialog.textContent).toContain('CN=localhost');
    expect(dialog.textContent).toContain('not allowed to sign certificates');
    // Cancel has the focus: Enter never trusts by accident.
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Trust this certificate for Local demo' }),
      );
    });
    expect(bridge.last('session:trustCertificate')).toEqual({
      profileId: 'local-demo',
      sha256: CERT.sha256,
    });
    expect(screen.queryByRole('dialog', { name: 'Certificate not verified' })).toBeNull();
  });

  it('Cancel closes the certificate dialog and trusts nothing', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    act(() =>
      bridge.emit([
        {
          type: 'session',
          session: {
            phase: 'signedOut',
            failure: { kind: 'tlsRejected', message: 'Not verified.', certificate: CERT },
          },
        },
      ]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.last('session:trustCertificate')).toBeUndefined();
  });

  it('a changed pinned certificate is a hard stop showing both fingerprints, no Trust button', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    const stored = 'CD:'.repeat(31) + 'CD';
    act(() =>
      bridge.emit([
        {
          type: 'session',
          session: {
            phase: 'signedOut',
            failure: {
              kind: 'certificateChanged',
              message: 'The certificate has changed.',
              certificate: { ...CERT, problem: 'pinChanged' },
              pinnedSha256: stored,
            },
          },
        },
      ]),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain("This network's certificate has changed");
    expect(alert.textContent).toContain(stored);
    expect(alert.textContent).toContain(CERT.sha256);
    expect(screen.queryByRole('button', { name: /Trust/ })).toBeNull();
  });

  it('being signed out because I signed in elsewhere is headed as a sign-out', async () => {
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    act(() =>
      bridge.emit([
        {
          type: 'session',
          session: {
            phase: 'signedOut',
            failure: { kind: 'signedInElsewhere', message: 'You signed in at another location.' },
          },
        },
      ]),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('You have been signed out');
    expect(alert.textContent).not.toContain('Could not sign in');
  });

  it('always shows and uses the chosen network, also when it changes after the form opened', async () => {
    const other = {
      id: 'custom-home',
      name: 'Home network',
      host: 'msn.example.net',
      port: 1863,
      nexusUrl: 'https://msn.example.net/rdr/pprdr.asp',
      loginUrl: null,
      caCertPem: null,
      pinnedCertSha256: null,
      builtIn: false,
    };
    const bridge = await connected({ session: { phase: 'signedOut' }, self: null });
    render(<App />);
    act(() => bridge.emit([{ type: 'profiles', profiles: [...snapshotProfiles(), other] }]));
    act(() =>
      bridge.emit([
        {
          type: 'settings',
          settings: { ...DEFAULT_SETTINGS, lastProfileId: 'custom-home' },
        },
      ]),
    );
    expect(screen.getByText(/Sign in with your Home network account/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('E-mail address:'), {
      target: { value: 'alice@tweener.test' },
    });
    fireEvent.change(screen.getByLabelText('Password:'), { target: { value: 'tweener' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign In' }));
    });
    expect(bridge.last('session:signIn')).toMatchObject({ profileId: 'custom-home' });
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
