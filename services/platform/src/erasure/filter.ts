import { subjectIdsIn } from '@lethe/protos';
import type { EventFilter } from '../kafka/subscription';
import type { Tombstones } from './tombstones';

/** Declines every event about a subject the service erased: named in the envelope or in a subject field of the payload. */
export function skipErasedSubjects(tombstones: Tombstones): EventFilter {
  // Every lookup starts in the same tick, so the tombstones answer the window with one query.
  return (events) =>
    Promise.all(
      events.map(async (event) => {
        const ids = new Set(event.envelope.subjectId ? [event.envelope.subjectId] : []);
        for (const id of subjectIdsIn(event.type, event.payload)) ids.add(id);
        const erased = await Promise.all([...ids].map((id) => tombstones.isErased(event.envelope.tenantId, id)));
        return !erased.includes(true);
      }),
    );
}
