// Which view a window shows, from its address: `#/conversation/<id>` is one conversation
// (Electron's conversation windows), anything else the main window.

export function conversationIdFromHash(hash: string): string | null {
  const match = /^#\/conversation\/(.+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** The conversation this window is for, or null for the main window. */
export function windowConversation(): string | null {
  return conversationIdFromHash(globalThis.location?.hash ?? '');
}
