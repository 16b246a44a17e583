// Steps people take, as the tests take them: through labels and roles, like a screen reader.
import type { Page } from 'playwright-core';

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail address:').fill(email);
  await page.getByLabel('Password:').fill(password);
  await page.getByRole('button', { name: 'Sign In' }).click();
}

export async function signedIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail address:').waitFor({ timeout: 40_000 });
  await signIn(page, email, password);
  await page.getByRole('tree', { name: 'Contacts' }).waitFor({ timeout: 40_000 });
}
