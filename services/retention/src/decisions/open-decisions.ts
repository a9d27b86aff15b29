import type { MarkStore } from '../marks/store';
import type { ErasureRequestStore } from '../requests/store';

/** A decision about a subject that stands until it is carried out or taken back. */
export type OpenDecision = 'marked-for-deletion' | 'erasure-requested';

export interface OpenDecisionSources {
  marks: Pick<MarkStore, 'openMark'>;
  requests: Pick<ErasureRequestStore, 'find'>;
}

/**
 * The subject's open mark or erasure request, if any: a status action or a mass action does not
 * act over it (the mark or the request decides what becomes of the subject). Read inside the
 * subject's write fence where what follows depends on it.
 */
export async function openDecisionOf({ marks, requests }: OpenDecisionSources, tenantId: string, subjectId: string): Promise<OpenDecision | undefined> {
  const [mark, request] = await Promise.all([marks.openMark(tenantId, subjectId), requests.find(tenantId, subjectId)]);
  if (mark) return 'marked-for-deletion';
  if (request?.state === 'open') return 'erasure-requested';
  return undefined;
}
