// What an OS notification shows. On Linux the body goes to a freedesktop notification daemon,
// and daemons that advertise "body-markup" (GNOME Shell, KDE Plasma, dunst, mako...) read it as
// a subset of HTML: a contact named `<b>Bank</b>` or `<a href=…>` would be rendered, or a
// stray `&` would make the daemon drop the body. The summary (title) is plain text everywhere.
// Pure, so it is tested in Node.

/** `&`, `<` and `>` as entities: the body then shows exactly the characters it holds. */
export function escapeNotificationMarkup(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** The body to hand to Electron's Notification on this platform. */
export function notificationBody(text: string, platform: NodeJS.Platform): string {
  return platform === 'linux' ? escapeNotificationMarkup(text) : text;
}
