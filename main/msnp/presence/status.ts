// Status codes. reference: presence.md §1
import type { Status } from '@shared/domain';
import { isSettableStatus } from '@shared/domain';

export { isSettableStatus };

export function isStatus(value: string | undefined): value is Status {
  return value === 'FLN' || isSettableStatus(value);
}
