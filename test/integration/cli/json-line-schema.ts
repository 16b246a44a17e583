// The JSON lines' envelope as README.md documents it (schema version 1), checked at run time:
// every line a test reads must pass, with no field the documentation does not name.
import { z } from 'zod';
import { CLI_EVENT_NAMES } from '../../../main/cli/events';

const base = {
  schemaVersion: z.literal(1),
  time: z.number().int().positive(),
  account: z.string(),
};

const failure = z.object({
  kind: z.string(),
  message: z.string(),
  code: z.number().optional(),
});

export const jsonLineSchema = z.union([
  z.strictObject({
    ...base,
    type: z.literal('event'),
    event: z.enum(CLI_EVENT_NAMES as [string, ...string[]]),
    data: z.unknown(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('result'),
    command: z.string(),
    line: z.number().int().positive(),
    ok: z.literal(true),
    data: z.record(z.string(), z.unknown()).nullable(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('result'),
    command: z.string(),
    line: z.number().int().positive(),
    ok: z.literal(false),
    error: z.strictObject({ kind: z.enum(['usage', 'failed']), message: z.string() }),
  }),
  z.strictObject({
    ...base,
    type: z.literal('exit'),
    code: z.number().int(),
    reason: z.enum([
      'quit',
      'endOfInput',
      'signInFailed',
      'usage',
      'connectionLost',
      'commandFailed',
      'signal',
    ]),
    message: z.string().optional(),
    failure: failure.optional(),
  }),
]);
