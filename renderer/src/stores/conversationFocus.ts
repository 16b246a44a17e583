// Where the keyboard focus goes around a conversation shown in the page (web harness): into
// its input when the person opened it (not when a message opened it in the background), and
// back where it was (else the contact list) when it closes.
let pending: string | null = null;
let returnTo: HTMLElement | null = null;

/** The person asked for this conversation: its input takes the focus when it shows. */
export function requestConversationFocus(id: string): void {
  pending = id;
  const here = globalThis.document?.activeElement;
  if (here instanceof HTMLElement && here !== document.body && !here.closest('.conversation')) {
    returnTo = here;
  }
}

/** True once for the conversation that asked for the focus. */
export function takeConversationFocus(id: string): boolean {
  if (pending !== id) return false;
  pending = null;
  return true;
}

/** After the last shown conversation closed: back to where the person came from. */
export function returnFocusFromConversation(): void {
  const target = returnTo?.isConnected
    ? returnTo
    : document.querySelector<HTMLElement>('[data-pane="contacts"]');
  returnTo = null;
  target?.focus();
}
