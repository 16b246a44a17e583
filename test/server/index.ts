// The local MSNP8 network: test infrastructure,
// independent of main/.
export { startNetwork } from './network';
export type {
  AccountSeed,
  AfterSignIn,
  DropMode,
  LocalNetwork,
  NetworkCounters,
  NetworkFaults,
  NetworkOptions,
  PassportRequestRecord,
} from './types';
export { PROFILE_NAMES, PROFILES, VARIATION_NAMES, isProfileName } from './variations';
export type { ProfileName, VariationName, Variations } from './variations';
