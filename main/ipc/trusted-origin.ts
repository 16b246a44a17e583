// Whether a frame URL is our renderer: same origin as the dev server, or the app's own
// app:// origin in production (any path, any hash route); never a file: URL. Pure, tested in Node.
import { isAppUrl } from '../windows/app-protocol';

export function isTrustedRendererUrl(frameUrl: string, rendererUrl: string): boolean {
  let frame: URL;
  let ours: URL;
  try {
    frame = new URL(frameUrl);
    ours = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (isAppUrl(rendererUrl)) return isAppUrl(frameUrl);
  return frame.origin === ours.origin && (ours.protocol === 'http:' || ours.protocol === 'https:');
}
