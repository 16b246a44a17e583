// What may go on the wire as an account name: one parameter (no space or control byte,
// msnp8/README.md §3.1), one `@`, at most 129 bytes (msnp8/README.md §6).
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

export function isValidEmail(email: string): boolean {
  if (!EMAIL_PATTERN.test(email) || Buffer.byteLength(email) > 129) return false;
  for (let i = 0; i < email.length; i++) {
    const c = email.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return false;
  }
  return true;
}
