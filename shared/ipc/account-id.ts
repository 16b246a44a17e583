// Which signed-in account something belongs to. Several accounts may be signed in at once
// (issue 18): every account event, snapshot part, conversation and account request names one.
// The id is the network (profile id) and the e-mail in lower case, so the same address on two
// networks is two accounts, and "Alice@x" and "alice@x" on one network is the same one.

/** `profileId/email`, e.g. `local-demo/alice@tweener.test`. */
export type AccountId = string;

export function accountIdOf(profileId: string, email: string): AccountId {
  return `${profileId}/${email.trim().toLowerCase()}`;
}

/** The e-mail part of an account id (what a person reads). */
export function accountEmail(account: AccountId): string {
  return account.slice(account.indexOf('/') + 1);
}
