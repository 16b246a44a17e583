// The local MSNP8 network (team brief, "Local MSNP8 network"): test infrastructure,
// independent of main/.
export { startNetwork } from './network';
export type {
  AccountSeed,
  DropMode,
  LocalNetwork,
  NetworkFaults,
  NetworkOptions,
  PassportRequestRecord,
} from './types';
