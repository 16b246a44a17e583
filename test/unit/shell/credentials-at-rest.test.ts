// Remembered passwords are encrypted: the clear password appears in no file written.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountStore } from '../../../main/services/stores/account-store';
import { passportHostOf } from '../../../main/services/account/passport-host';
import { FileKeySecretStore } from '../../../main/services/stores/secret-store';
import { FakeSecretStore } from './support/fakes';
import { makeServices, signInArgs, tempDir } from './support/services';

const PASSWORD = 'Sup3r-Secret-Pa55word!';

async function allFileBytes(dir: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) parts.push(await readFile(join(entry.parentPath, entry.name)));
  }
  return Buffer.concat(parts);
}

function expectNoClearPassword(bytes: Buffer): void {
  expect(bytes.length).toBeGreaterThan(0);
  expect(bytes.includes(Buffer.from(PASSWORD, 'utf8'))).toBe(false);
  expect(bytes.includes(Buffer.from(PASSWORD, 'utf16le'))).toBe(false);
  expect(bytes.includes(Buffer.from(Buffer.from(PASSWORD).toString('base64')))).toBe(false);
}

describe('credentials at rest', () => {
  it('sign-in with "remember my password" stores it encrypted and gets it back after a restart', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir, PASSWORD);
    await first.services.handlers['session:signIn'](
      { ...signInArgs, password: PASSWORD },
      { transport: 'web', senderId: 1 },
    );
    await first.services.dispose();
    expectNoClearPassword(await allFileBytes(dir));

    const second = await makeServices(dir);
    expect(second.services.snapshot().accounts).toEqual([
      {
        email: signInArgs.email,
        hasPassword: true,
        signInAutomatically: false,
        status: 'NLN',
        profileId: 'local-demo',
      },
    ]);
    const host = passportHostOf(second.services.profiles.get('local-demo')!);
    expect(second.services.accounts.password(signInArgs.email, host)).toBe(PASSWORD);
    // Bound to that Passport host: asked for another, there is no remembered password.
    expect(second.services.accounts.password(signInArgs.email, 'evil.example:443')).toBeNull();
  });

  it('the file-key store used by the web harness never writes the clear password either', async () => {
    const dir = await tempDir();
    const store = await AccountStore.open(dir, await FileKeySecretStore.open(dir), () => undefined);
    await store.remember(
      { email: 'a@x.test', profileId: 'p', status: 'NLN', signInAutomatically: true },
      PASSWORD,
    );
    expectNoClearPassword(await allFileBytes(dir));
    const reopened = await AccountStore.open(
      dir,
      await FileKeySecretStore.open(dir),
      () => undefined,
    );
    expect(reopened.password('a@x.test')).toBe(PASSWORD);
  });

  it('without a working keychain the password is not remembered at all', async () => {
    const dir = await tempDir();
    const secrets = new FakeSecretStore();
    secrets.available = false;
    const store = await AccountStore.open(dir, secrets, () => undefined);
    await store.remember(
      { email: 'a@x.test', profileId: 'p', status: 'NLN', signInAutomatically: false },
      PASSWORD,
    );
    expect(store.list()[0]?.hasPassword).toBe(false);
    expect(store.password('a@x.test')).toBeNull();
    expectNoClearPassword(await allFileBytes(dir));
  });

  it('unticking "remember my password" removes the stored one; forgetting removes the account', async () => {
    const dir = await tempDir();
    const store = await AccountStore.open(dir, new FakeSecretStore(), () => undefined);
    const account = {
      email: 'a@x.test',
      profileId: 'p',
      status: 'BSY',
      signInAutomatically: false,
    };
    await store.remember(account, PASSWORD);
    await store.remember(account, null);
    expect(store.password('a@x.test')).toBeNull();
    expect(store.list()[0]).toMatchObject({ email: 'a@x.test', hasPassword: false, status: 'BSY' });
    await store.forget('A@X.test');
    expect((await AccountStore.open(dir, new FakeSecretStore(), () => undefined)).list()).toEqual(
      [],
    );
  });

  it('a password that cannot be decrypted any more is treated as not remembered', async () => {
    const dir = await tempDir();
    await (
      await AccountStore.open(dir, new FakeSecretStore(), () => undefined)
    ).remember(
      { email: 'a@x.test', profileId: 'p', status: 'NLN', signInAutomatically: false },
      PASSWORD,
    );
    const other = await AccountStore.open(dir, await FileKeySecretStore.open(dir), () => undefined);
    expect(other.password('a@x.test')).toBeNull();
  });
});
