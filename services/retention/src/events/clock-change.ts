import type { SubjectFence } from '@lethe/platform/erasure';
import type { SubjectClock } from '../clock/schedule';
import type { ClockChangeOptions, ClockStore } from '../clock/store';
import type { PolicyStore } from '../policy/store';

export interface ClockChangeDeps {
  fence: SubjectFence;
  clocks: ClockStore;
  policies: PolicyStore;
}

/** Changes a subject's clock under the tenant's current policy, as the subject's only writer: a subject erased meanwhile is left alone. */
export function clockChanger({ fence, clocks, policies }: ClockChangeDeps, tenantId: string, now: Date) {
  return (subjectId: string, apply: (subject: SubjectClock) => void, options?: ClockChangeOptions) =>
    fence.writeUnlessErased({ tenantId, subjectId }, async () => clocks.change(tenantId, subjectId, await policies.get(tenantId), now, apply, options));
}
