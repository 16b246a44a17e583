// Whether a frame URL is our renderer: same origin as the dev server, or the very
// index.html we load in production (any hash route). Pure, so it is tested in Node.
export function isTrustedRendererUrl(frameUrl: string, rendererUrl: string): boolean {
  let frame: URL;
  let ours: URL;
  try {
    frame = new URL(frameUrl);
    ours = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (ours.protocol === 'file:') {
    return frame.protocol === 'file:' && frame.pathname === ours.pathname;
  }
  return frame.origin === ours.origin && (ours.protocol === 'http:' || ours.protocol === 'https:');
}
