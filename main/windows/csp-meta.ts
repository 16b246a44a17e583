// The page declares its Content-Security-Policy in a <meta> tag (renderer/index.html); the
// servers of the page (the app:// protocol, the web harness) also send it as a header, where
// directives a <meta> cannot carry (frame-ancestors) apply too.

/** The CSP from `<meta http-equiv="Content-Security-Policy" content="...">`, or null. */
export function cspFromHtml(html: string): string | null {
  const meta =
    /<meta\s+[^>]*http-equiv=["']Content-Security-Policy["'](?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(
      html,
    );
  // The value is quoted with " or ' and contains the other kind ('self'): match the same quote.
  const content = meta ? /content=(["'])(.*?)\1/is.exec(meta[0]) : null;
  return content?.[2]?.replace(/\s+/g, ' ').trim() ?? null;
}
