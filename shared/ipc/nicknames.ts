// Names only I see for my contacts (../shared/ui-spec.md §1.3.2 "Set a Name Only You See...").
// Escargot does not store custom names (msnp8/contacts.md §1.3), so they live on this computer,
// per signed-in account. Validated when read from disk and on every request.
import { z } from 'zod';
import { MAX_NICKNAME_CHARS } from './limits';

const emailKey = z.string().min(3).max(129);
const nickname = z.string().min(1).max(MAX_NICKNAME_CHARS);

/** Contact e-mail (lower case) → the name I chose for them. */
export const nicknameMapSchema = z.record(emailKey, nickname);
export type NicknameMap = z.output<typeof nicknameMapSchema>;

/** The file: account e-mail (lower case) → that account's names. */
export const nicknamesFileSchema = z.object({
  version: z.literal(1),
  accounts: z.record(emailKey, nicknameMapSchema),
});
export type NicknamesFile = z.output<typeof nicknamesFileSchema>;

export const nicknameKey = (email: string): string => email.trim().toLowerCase();
