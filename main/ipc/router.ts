// Serves the request side of the contract: validate, then call the service. A request that
// fails its schema is answered 'invalid' and never reaches a service (the renderer is untrusted).
import type { z } from 'zod';
import { requestSchemas } from '@shared/ipc/requests';
import type { RequestArgs, RequestChannel } from '@shared/ipc/requests';
import type { BridgeResponse, RequestResult } from '@shared/ipc/bridge';
import { toBridgeError } from '../services/service-error';
import type { RequestHandler, RequestOrigin } from './transport';

export type RequestHandlers = {
  [C in RequestChannel]: (
    args: RequestArgs<C>,
    origin: RequestOrigin,
  ) => Promise<RequestResult<C>> | RequestResult<C>;
};

const isChannel = (channel: string): channel is RequestChannel =>
  Object.prototype.hasOwnProperty.call(requestSchemas, channel);

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `The request was not valid${where}: ${first.message}`;
}

export function createRouter(
  handlers: RequestHandlers,
  onError?: (channel: string, error: unknown) => void,
): RequestHandler {
  return async (channel, input, origin): Promise<BridgeResponse> => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'invalid', message: `Unknown request "${channel}".` } };
    }
    const parsed = requestSchemas[channel].safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid', message: describeIssues(parsed.error) } };
    }
    try {
      const handler = handlers[channel] as (
        args: unknown,
        origin: RequestOrigin,
      ) => Promise<unknown> | unknown;
      const result = await handler(parsed.data, origin);
      return { ok: true, result: result ?? null };
    } catch (error) {
      onError?.(channel, error);
      return { ok: false, error: toBridgeError(error) };
    }
  };
}
