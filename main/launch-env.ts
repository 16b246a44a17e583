// Settings the demo passes to the Electron app through the environment (test/demo/electron-demo.ts):
// where the local network is, which accounts to offer, and a throw-away user-data folder.
import { join } from 'node:path';
import { z } from 'zod';
import type { NetworkProfile } from '@shared/domain';
import { networkProfileSchema } from '@shared/ipc/requests';

export const DEMO_ENV = {
  profile: 'TWEENER_DEMO_PROFILE',
  accounts: 'TWEENER_DEMO_ACCOUNTS',
  userData: 'TWEENER_USER_DATA',
} as const;

const accountsSchema = z.array(z.object({ email: z.string().min(3), password: z.string().min(1) }));

export interface LaunchEnv {
  profile: NetworkProfile | null;
  demoAccounts: { email: string; password: string }[];
  userDataDir: string | null;
}

/** Reads the demo variables; anything malformed is ignored, never fatal. */
export function readLaunchEnv(env: NodeJS.ProcessEnv): LaunchEnv {
  const parse = <T>(name: string, schema: z.ZodType<T>): T | null => {
    const text = env[name];
    if (!text) return null;
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };
  return {
    profile: parse(DEMO_ENV.profile, networkProfileSchema),
    demoAccounts: parse(DEMO_ENV.accounts, accountsSchema) ?? [],
    userDataDir: env[DEMO_ENV.userData] || null,
  };
}

/**
 * How `npm run demo` starts the built app: electron-vite's CLI run by this very Node, not
 * `npx` (on Windows that is npx.cmd, which Node will not spawn without a shell).
 */
export function demoElectronCommand(root: string): { command: string; args: string[] } {
  return {
    command: process.execPath,
    args: [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview', '--skipBuild'],
  };
}
