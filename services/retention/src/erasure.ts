import { erasureResult, type ErasureHandler, type ErasureModeName, type ErasureResult, type ValidErasureCommand } from '@lethe/platform/erasure';
import type { LegalHolds } from './holds/legal-holds';
import type { RetentionPolicy } from './policy/policy';

/** What retention's erasure handler does for one mode. */
export interface ErasurePlan {
  recordReduction: boolean;
  forgetClock: boolean;
  forgetNotices: boolean;
  closeOpenMark: boolean;
  closeOpenRequest: boolean;
  forgetRequestReasons: boolean;
  forgetLinks: boolean;
  forgetExportPackages: boolean;
  forgetExports: boolean;
  shredKey: boolean;
}

/**
 * What retention does for one erasure command. Retention keeps ids and dates about a person, and
 * the reasons of their erasure requests and the packages of their data exports (encrypted under
 * the person's key). Every mode takes the reasons, the self-service links, the packages and the
 * key; an erased (deleted or anonymised) subject's clock, notices and record of exports go too, and what was still to be decided about them (an open mark, an open erasure
 * request) is closed, since nothing is left to erase. A reduced subject keeps its clock running
 * towards the deletion, and the clock records the reduction so it is not issued again, however it
 * came about (the clock, a mark, a mass action).
 */
export function erasurePlan(mode: ErasureModeName): ErasurePlan {
  const erased = mode !== 'reduce';
  return {
    recordReduction: !erased,
    forgetClock: erased,
    forgetNotices: erased,
    closeOpenMark: erased,
    closeOpenRequest: erased,
    forgetRequestReasons: true,
    forgetLinks: true,
    forgetExportPackages: true,
    forgetExports: erased,
    shredKey: true,
  };
}

/** What the handler needs of retention's stores; none of them takes the write fence (the handler runs inside the erasure's). */
export interface ErasureParts {
  policies: { get(tenantId: string): Promise<RetentionPolicy> };
  clocks: { markReduced(tenantId: string, subjectId: string, policy: RetentionPolicy, now: Date): Promise<unknown>; forget(tenantId: string, subjectId: string): Promise<number> };
  marks: { close(tenantId: string, subjectId: string): Promise<number> };
  requests: { forgetReasons(tenantId: string, subjectId: string): Promise<number>; close(tenantId: string, subjectId: string): Promise<number> };
  links: { deleteOfSubject(tenantId: string, subjectId: string): Promise<number> };
  notices: { forget(tenantId: string, subjectId: string): Promise<number> };
  exports: { forgetPackages(tenantId: string, subjectId: string): Promise<number>; forget(tenantId: string, subjectId: string): Promise<number> };
  cipher: { shred(tenantId: string, subjectId: string): Promise<unknown> };
  /** A legal hold keeps its reason through a reduction (sealed again under the new key). */
  legalHolds?: Pick<LegalHolds, 'keepingReason'>;
  now: () => Date;
}

/** Retention's erasure handler: carries out the plan of the command's mode and says what it removed. */
export function retentionErasure(parts: ErasureParts): ErasureHandler {
  return async ({ tenantId, subjectId, mode }: ValidErasureCommand): Promise<ErasureResult> => {
    const plan = erasurePlan(mode);
    if (plan.recordReduction) await parts.clocks.markReduced(tenantId, subjectId, await parts.policies.get(tenantId), parts.now());
    // The request's two changes one after the other: concurrent updates of one document may lose one on FerretDB.
    const request = async () => [
      plan.forgetRequestReasons ? await parts.requests.forgetReasons(tenantId, subjectId) : 0,
      plan.closeOpenRequest ? await parts.requests.close(tenantId, subjectId) : 0,
    ];
    const [[requestReasons, requests], links, marks, exportPackages] = await Promise.all([
      request(),
      plan.forgetLinks ? parts.links.deleteOfSubject(tenantId, subjectId) : 0,
      plan.closeOpenMark ? parts.marks.close(tenantId, subjectId) : 0,
      plan.forgetExportPackages ? parts.exports.forgetPackages(tenantId, subjectId) : 0,
    ]);
    // The person's key goes once what it encrypted (the reasons, the packages) is gone.
    const shred = () => parts.cipher.shred(tenantId, subjectId);
    if (plan.shredKey) await (plan.recordReduction && parts.legalHolds ? parts.legalHolds.keepingReason(tenantId, subjectId, parts.now(), shred) : shred());
    const [clocks, notices, exports] = await Promise.all([
      plan.forgetClock ? parts.clocks.forget(tenantId, subjectId) : 0,
      plan.forgetNotices ? parts.notices.forget(tenantId, subjectId) : 0,
      plan.forgetExports ? parts.exports.forget(tenantId, subjectId) : 0,
    ]);
    return erasureResult({ clocks, requestReasons, links, notices, marks, requests, exportPackages, exports });
  };
}
