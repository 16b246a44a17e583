// Numeric MSNP error codes: a name and plain words for a person.
// reference: errors.md §2 (table); the "message" column gives the words, "generic" means
// GENERIC below, "same as N" points at that row.

export interface MsnpErrorInfo {
  code: number;
  name: string;
  /** Plain words for a person; never contains protocol jargon or secrets. */
  message: string;
}

const GENERIC = 'Something went wrong talking to the server. Please try again.';
const CLIENT_BUG = 'Something went wrong in the application. Please sign in again.';
const UNAVAILABLE_500 = 'The Messenger service is temporarily unavailable. Please try again later.';
const UNAVAILABLE_601 = 'The Messenger service is unavailable right now. Please try again later.';
const BUSY_910 = 'The Messenger service is busy. Please try again in a few minutes.';
const AUTH_911 = 'Sign-in failed. Check your e-mail address and password.';
const SB_FAILED = 'The conversation could not be started. Please try again.';
const LIST_UNAVAILABLE = 'Your contact list is temporarily unavailable. Try again later.';
const INVALID_EMAIL = 'That is not a valid e-mail address.';
const NO_GROUP = 'That group no longer exists.';
const SERVER_BUSY_711 = 'The server is busy. Please try again.';

// [code, name, message]
const TABLE: readonly (readonly [number, string, string])[] = [
  // 2xx — request errors
  [200, 'syntax error', GENERIC],
  [201, 'invalid parameter', GENERIC],
  [203, 'invalid federated user', GENERIC],
  [204, 'unroutable user / invalid network', GENERIC],
  [205, 'invalid user', 'There is no Messenger account for that e-mail address.'],
  [206, 'domain name missing', 'Please enter the full e-mail address (name@domain).'],
  [207, 'already logged in', CLIENT_BUG],
  [208, 'invalid user name', INVALID_EMAIL],
  [209, 'friendly name not allowed', "That display name can't be used. Please choose another one."],
  [210, 'list full', 'Your contact list is full. Remove some contacts and try again.'],
  [212, 'unexpected', GENERIC],
  [213, 'invalid rename request / user does not exist', GENERIC],
  [215, 'already there', 'That contact is already in your list.'],
  [216, 'not on list', 'That contact is not in your list.'],
  [
    217,
    'not online / not accepting messages',
    'That contact is offline or not accepting messages right now.',
  ],
  [218, 'already in that mode', 'That setting already has that value.'],
  [219, 'in the opposite list', 'Unblock (or un-allow) this contact first.'],
  [220, 'not accepting pages', "That contact can't receive mobile messages."],
  [223, 'too many groups', 'You have reached the maximum number of groups.'],
  [224, 'invalid group', NO_GROUP],
  [225, 'not in group', 'That contact is not in that group.'],
  [226, 'group error', 'The group could not be changed. Please try again.'],
  [227, 'group not empty', 'Move or remove the contacts in this group first.'],
  [228, 'group name exists', 'A group with that name already exists.'],
  [229, 'group name too long', 'That group name is too long.'],
  [230, 'cannot remove group 0', "This group can't be deleted."],
  [231, 'invalid group', NO_GROUP],
  [232, 'invalid mobile number', GENERIC],
  [233, 'unknown mobile number', GENERIC],
  [234, 'unknown Japanese mobile domain', GENERIC],
  [240, 'invalid XML', GENERIC],
  [241, 'invalid XML data', GENERIC],
  [280, 'switchboard failed', SB_FAILED],
  [281, 'transfer to switchboard failed', SB_FAILED],
  [282, 'P2P error / malformed data message', GENERIC],
  // 3xx — state errors
  [300, 'required field missing', GENERIC],
  [301, 'too many FND results', GENERIC],
  [302, 'not logged in', CLIENT_BUG],
  // 4xx — address-book errors
  [400, 'address book read-only', GENERIC],
  [402, 'address book too busy', LIST_UNAVAILABLE],
  [403, 'address book unavailable', LIST_UNAVAILABLE],
  [413, 'subscription needed', GENERIC],
  [414, 'subscription disabled', GENERIC],
  [416, 'feature disabled in this region', GENERIC],
  [417, 'feature disabled', GENERIC],
  [418, 'try again later', 'Please try again later.'],
  [419, 'no region specified', GENERIC],
  [
    420,
    'invalid account permissions',
    'This account is not allowed to use this version of Messenger.',
  ],
  // 5xx — server errors
  [500, 'internal server error', UNAVAILABLE_500],
  [501, 'database server error', UNAVAILABLE_500],
  [502, 'command disabled', 'That feature is switched off on this server.'],
  [503, 'unspecified failure', UNAVAILABLE_500],
  [504, 'profile service unavailable', UNAVAILABLE_500],
  [505, 'storage service unavailable', UNAVAILABLE_500],
  [508, 'federation error', GENERIC],
  [509, 'federation error', GENERIC],
  [510, 'file operation failed', UNAVAILABLE_500],
  [511, 'banned / platform error', "This account can't sign in to Messenger."],
  [520, 'memory allocation failed', UNAVAILABLE_500],
  [
    540,
    'challenge response failed',
    'Sign-in failed (client verification). Please update the application.',
  ],
  // 6xx — server availability
  [600, 'server busy', BUSY_910],
  [601, 'server unavailable', UNAVAILABLE_601],
  [602, 'peer notification server down', UNAVAILABLE_601],
  [603, 'database connection failed', UNAVAILABLE_601],
  [604, 'server is going down', 'The Messenger service is shutting down for maintenance.'],
  [605, 'server unavailable', UNAVAILABLE_601],
  [606, 'paging unavailable', 'Mobile messaging is unavailable.'],
  // 7xx — connection/session errors
  [707, 'could not create connection', UNAVAILABLE_601],
  [710, 'bad CVR parameters', 'This version of the application is not accepted by the server.'],
  [711, 'write is blocking', SERVER_BUSY_711],
  [712, 'session is overloaded', SERVER_BUSY_711],
  [713, 'calling too rapidly', "You're doing that too often. Wait a moment and try again."],
  [714, 'too many sessions', 'You have too many conversations open. Close some and try again.'],
  [715, 'not expected', GENERIC],
  [
    717,
    'bad friend file',
    'There is a problem with your contact list on the server. Try again later.',
  ],
  [718, 'restricted user', GENERIC],
  [719, 'federated session', GENERIC],
  [726, 'user is federated', GENERIC],
  [729, 'server too busy', GENERIC],
  [731, 'not expected', GENERIC],
  // 8xx
  [800, 'changing too rapidly', 'You are changing this too quickly. Please wait a moment.'],
  // 9xx — authentication and account errors
  [910, 'server too busy', BUSY_910],
  [911, 'authentication failed', AUTH_911],
  [912, 'server too busy', BUSY_910],
  [913, 'not allowed when offline', "You can't start conversations while you appear offline."],
  [914, 'server unavailable', UNAVAILABLE_601],
  [915, 'server unavailable', UNAVAILABLE_601],
  [916, 'server unavailable', UNAVAILABLE_601],
  [917, 'authentication failed', AUTH_911],
  [918, 'server too busy', BUSY_910],
  [919, 'server too busy', BUSY_910],
  [
    920,
    'not accepting new users',
    'The server is not accepting new sign-ins right now. Try again later.',
  ],
  [921, 'server too busy', BUSY_910],
  [922, 'server too busy', BUSY_910],
  [923, 'no parental consent', 'This account needs parental consent to use Messenger.'],
  [924, 'account not verified', "Please verify your account's e-mail address before signing in."],
  [926, 'managed user invalid CVR', GENERIC],
  [927, 'restricted by parent', 'A parent has restricted this account from using Messenger.'],
  [928, 'bad ticket / invalid password', AUTH_911],
  [929, 'challenge failed', GENERIC],
  [930, 'enterprise (federated) domain', "This account can't be used with Messenger."],
  [931, 'account not on this server', 'Sign-in failed. Please try again.'],
  [933, 'circle membership error', GENERIC],
  [934, 'storage access error', GENERIC],
];

const BY_CODE = new Map<number, MsnpErrorInfo>(
  TABLE.map(([code, name, message]) => [code, Object.freeze({ code, name, message })]),
);

// Where errors.md gives a different text for one command, keyed by `${code} ${command}`.
const BY_CONTEXT = new Map<string, string>([
  ['201 ADD', INVALID_EMAIL],
  // msnp8/README.md §11.1: some revival servers answer ADD for an address without an account with
  // 207 (the spec's 205), not "already logged in".
  ['207 ADD', 'There is no Messenger account for that e-mail address.'],
  ['215 CAL', 'That contact is already in the conversation.'],
  ['911 ANS', 'The conversation could not be joined.'],
]);

/** Every code the table knows, ascending (for tests and diagnostics). */
export const KNOWN_ERROR_CODES: readonly number[] = [...BY_CODE.keys()].sort((a, b) => a - b);

/**
 * Looks up a server error code (errors.md §2). `command` (the request that failed) picks a
 * more precise text where the table has one. Unknown codes get a generic entry; service
 * ranges (5xx, 6xx) say the service is unavailable.
 */
export function describeError(code: number, command?: string): MsnpErrorInfo {
  const known = BY_CODE.get(code);
  if (known) {
    const contextual = command === undefined ? undefined : BY_CONTEXT.get(`${code} ${command}`);
    return contextual === undefined ? known : { ...known, message: contextual };
  }
  const service = code >= 500 && code < 700;
  return { code, name: 'unknown error', message: service ? UNAVAILABLE_500 : GENERIC };
}

/**
 * Service codes (5xx, 6xx, 9xx) are the asynchronous complaints worth showing to a person
 * when their TrID matches no request (errors.md §1).
 */
export function isServiceErrorCode(code: number): boolean {
  return (code >= 500 && code < 700) || (code >= 900 && code < 1000);
}
