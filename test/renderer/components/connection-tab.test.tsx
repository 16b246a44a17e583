// Options → Connection: the form keeps what was typed (a PEM's line breaks, spaces) and tidies
// it only on Save; a network main refuses shows why in the tab, the typing kept.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { connected, fakeLayout } from '../setup';

beforeAll(() => fakeLayout());
afterEach(cleanup);

async function openConnection() {
  const bridge = await connected();
  render(<App />);
  fireEvent.click(screen.getByRole('button', { name: 'Tools' }));
  fireEvent.click(screen.getByRole('menuitem', { name: 'Options...' }));
  fireEvent.click(screen.getByRole('tab', { name: 'Connection' }));
  return bridge;
}

const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('connection tab', () => {
  it('keeps line breaks while typing and saves a tidy custom network', async () => {
    const bridge = await openConnection();
    fireEvent.click(screen.getByRole('button', { name: 'New Network...' }));
    fireEvent.change(box('Name:'), { target: { value: 'My server ' } });
    fireEvent.change(box('Server:'), { target: { value: ' msn.example ' } });
    fireEvent.change(box('Port:'), { target: { value: '1864' } });
    fireEvent.change(box('Login (Passport) address:'), {
      target: { value: 'https://msn.example/rdr/pprdr.asp' },
    });
    fireEvent.change(box('Extra trusted certificate authority (PEM):'), {
      target: { value: '-----BEGIN CERTIFICATE-----\n' },
    });
    expect(box('Extra trusted certificate authority (PEM):').value).toBe(
      '-----BEGIN CERTIFICATE-----\n',
    );
    fireEvent.change(box('Extra trusted certificate authority (PEM):'), {
      target: { value: PEM },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save Network' }));
    });
    expect(bridge.last('profiles:save')).toMatchObject({
      name: 'My server',
      host: 'msn.example',
      port: 1864,
      nexusUrl: 'https://msn.example/rdr/pprdr.asp',
      loginUrl: null,
      caCertPem: PEM.trim(),
      builtIn: false,
    });
  });

  it('a network main refuses shows why in the tab, and the form is kept', async () => {
    const bridge = await openConnection();
    bridge.answers['profiles:save'] = () => {
      throw new Error('The request was not valid (nexusUrl): must be an https:// address');
    };
    fireEvent.click(screen.getByRole('button', { name: 'New Network...' }));
    fireEvent.change(box('Server:'), { target: { value: 'msn.example' } });
    fireEvent.change(box('Login (Passport) address:'), {
      target: { value: 'http://msn.example/login' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save Network' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('must be an https:// address');
    expect(box('Login (Passport) address:').value).toBe('http://msn.example/login');
    expect(box('Server:').value).toBe('msn.example');
  });
});
