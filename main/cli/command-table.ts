// Every command of the command line, in the order `help` lists them.
import type { CommandSpec } from './command-spec';
import { CONTACT_COMMANDS } from './contact-commands';
import { CONVERSATION_COMMANDS } from './conversation-commands';
import { SESSION_COMMANDS } from './session-commands';
import { TRANSFER_COMMANDS } from './transfer-commands';

export const COMMANDS: readonly CommandSpec[] = [
  ...CONVERSATION_COMMANDS,
  ...TRANSFER_COMMANDS,
  ...CONTACT_COMMANDS,
  ...SESSION_COMMANDS,
];

export const COMMAND_TABLE: ReadonlyMap<string, CommandSpec> = new Map(
  COMMANDS.map((spec) => [spec.name, spec]),
);
