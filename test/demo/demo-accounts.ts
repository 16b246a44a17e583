// The demo accounts (test/fixtures/demo-accounts.json): e-mail and password only.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';

const DEMO_ACCOUNTS_FILE = resolve(import.meta.dirname, '../fixtures/demo-accounts.json');

const seedsSchema = z.array(z.object({ email: z.string(), password: z.string() }).loose());

export async function loadDemoAccounts(): Promise<{ email: string; password: string }[]> {
  const seeds = seedsSchema.parse(JSON.parse(await readFile(DEMO_ACCOUNTS_FILE, 'utf8')));
  return seeds.map(({ email, password }) => ({ email, password }));
}
