// Main's fixed sentences for a failed sign-in or a refused operation, in English: main sends
// them as Failure.message, naming which one in Failure.reason, and the renderer's English
// catalogue shows these same words (other languages translate them, key for key).

export const FAILURE_MESSAGES = {
  unreachable: "Can't reach the Messenger server. Check your connection and the server address.",
  noMsnp8: "This server doesn't support this client (MSNP8).",
  closedDuringSignIn: 'The server closed the connection during sign-in. Please try again.',
  timeout: 'The server took too long to answer. Please try again.',
  badCredentials: 'The e-mail address or password is incorrect.',
  badSignInName: "That sign-in name isn't valid.",
  passportRefused: 'Sign-in was refused by the sign-in service.',
  passportUnavailable: 'The sign-in service is unavailable. Please try again later.',
  signedInElsewhere: 'You have been signed out because you signed in at another location.',
  serverShutdown: 'You have been signed out because the service is being updated.',
  connectionLost: 'You have been disconnected. Reconnecting…',
  notSignedIn: 'You are not signed in.',
  reconnecting: 'You are disconnected right now. Try again once you are back online.',
  redirected: 'The server moved your session to another server. Signing in again…',
  tooManyRedirects:
    'The server keeps moving your session to another server, so Tweener stopped signing in. Please try again later.',
} as const;

/** Which fixed sentence a failure is. */
export type FailureReason = keyof typeof FAILURE_MESSAGES;
