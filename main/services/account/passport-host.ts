// The Passport host of a network: where its sign-in sends the password first (the nexus, or
// the fixed login address). A remembered password belongs to an account and this host.
import type { NetworkProfile } from '@shared/domain';

export function passportHostOf(profile: NetworkProfile): string {
  const url = profile.nexusUrl ?? profile.loginUrl;
  if (!url) return '';
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}
