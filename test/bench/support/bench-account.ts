// The account the browser benchmarks sign in with: `contacts` people on its list in ten
// groups, named so they sort, none of whom can sign in (the benchmarks add those they need).
import type { AccountSeed } from '../../server';

export const BENCH_EMAIL = 'bench@tweener.test';
export const BENCH_PASSWORD = 'tweener';

export const benchContactEmail = (i: number): string => `contact${i}@bench.test`;

export function benchAccount(contacts: number): AccountSeed {
  return {
    email: BENCH_EMAIL,
    password: BENCH_PASSWORD,
    friendlyName: 'Bench',
    groups: Array.from({ length: 10 }, (_, i) => ({
      id: i,
      name: i === 0 ? 'Other Contacts' : `Group ${i}`,
    })),
    contacts: Array.from({ length: contacts }, (_, i) => ({
      email: benchContactEmail(i),
      lists: 11,
      groups: [i % 10],
      storedName: `Contact ${String(i).padStart(4, '0')}`,
    })),
  };
}
