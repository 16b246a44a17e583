// Accounts for the local network's own tests (the demo accounts live in
// test/fixtures/demo-accounts.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AccountSeed } from '../types';

export const DEMO_ACCOUNTS_FILE = fileURLToPath(
  new URL('../../fixtures/demo-accounts.json', import.meta.url),
);

export function demoAccounts(): AccountSeed[] {
  return JSON.parse(readFileSync(DEMO_ACCOUNTS_FILE, 'utf8')) as AccountSeed[];
}
