// What I have typed but not sent, per conversation. The web harness mounts one conversation
// at a time (tabs): switching tabs, or the conversation re-opening, must not lose the text.
const drafts = new Map<string, string>();

export function draftOf(conversationId: string): string {
  return drafts.get(conversationId) ?? '';
}

export function saveDraft(conversationId: string, text: string): void {
  if (text) drafts.set(conversationId, text);
  else drafts.delete(conversationId);
}

/** A new sign-in: drafts belonged to conversations that are gone. */
export function clearDrafts(): void {
  drafts.clear();
}
