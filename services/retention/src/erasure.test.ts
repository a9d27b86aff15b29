import type { ValidErasureCommand } from '@lethe/platform/erasure';
import { erasurePlan, retentionErasure, type ErasureParts } from './erasure';
import { DEFAULT_POLICY } from './policy/policy';

describe('what retention erases', () => {
  it('takes reasons, links, export packages and key in every mode; an erased subject’s clock, notices, open mark and request and record of exports too; a reduced one keeps its clock, which records the reduction', () => {
    for (const mode of ['delete', 'anonymise'] as const) {
      expect(erasurePlan(mode)).toEqual({
        recordReduction: false,
        forgetClock: true,
        forgetNotices: true,
        closeOpenMark: true,
        closeOpenRequest: true,
        forgetRequestReasons: true,
        forgetLinks: true,
        forgetExportPackages: true,
        forgetExports: true,
        shredKey: true,
      });
    }
    expect(erasurePlan('reduce')).toEqual({
      recordReduction: true,
      forgetClock: false,
      forgetNotices: false,
      closeOpenMark: false,
      closeOpenRequest: false,
      forgetRequestReasons: true,
      forgetLinks: true,
      forgetExportPackages: true,
      forgetExports: false,
      shredKey: true,
    });
  });
});

/** Retention's stores as the handler sees them, recording each call. */
function fakeParts(held: { clocks?: number; reasons?: number; links?: number; notices?: number; marks?: number; requests?: number; exportPackages?: number; exports?: number } = {}) {
  const calls: string[] = [];
  const count = (name: string, value = 0) => async () => {
    calls.push(name);
    return value;
  };
  const parts: ErasureParts = {
    policies: { get: async () => DEFAULT_POLICY },
    clocks: { markReduced: count('clocks.markReduced'), forget: count('clocks.forget', held.clocks) },
    marks: { close: count('marks.close', held.marks) },
    requests: { forgetReasons: count('requests.forgetReasons', held.reasons), close: count('requests.close', held.requests) },
    links: { deleteOfSubject: count('links.deleteOfSubject', held.links) },
    notices: { forget: count('notices.forget', held.notices) },
    exports: { forgetPackages: count('exports.forgetPackages', held.exportPackages), forget: count('exports.forget', held.exports) },
    cipher: { shred: count('cipher.shred') },
    now: () => new Date('2026-05-01T10:00:00Z'),
  };
  return { parts, calls };
}

const command = (mode: ValidErasureCommand['mode']): ValidErasureCommand => ({ commandId: 'c1', tenantId: 't1', subjectId: 's1', mode, keepFields: [], reason: 'ERASURE_REASON_MANUAL', attempt: 1 });

describe('retention’s erasure handler', () => {
  it('deletes what retention holds about the subject and says what it removed', async () => {
    const { parts, calls } = fakeParts({ clocks: 1, reasons: 1, links: 2, notices: 1, marks: 1, exportPackages: 1, exports: 2 });
    expect(await retentionErasure(parts)(command('delete'))).toEqual({ outcome: 'done', counts: { clocks: 1, requestReasons: 1, links: 2, notices: 1, marks: 1, requests: 0, exportPackages: 1, exports: 2 } });
    expect([...calls].sort()).toEqual(['cipher.shred', 'clocks.forget', 'exports.forget', 'exports.forgetPackages', 'links.deleteOfSubject', 'marks.close', 'notices.forget', 'requests.close', 'requests.forgetReasons']);
    // The key goes only once the packages it encrypted are gone.
    expect(calls.indexOf('exports.forgetPackages')).toBeLessThan(calls.indexOf('cipher.shred'));
  });

  it('holds nothing about a subject it never heard of', async () => {
    expect(await retentionErasure(fakeParts().parts)(command('anonymise'))).toMatchObject({ outcome: 'nothing-held' });
  });

  it('keeps a reduced subject’s clock, recording the reduction first', async () => {
    const { parts, calls } = fakeParts({ reasons: 1, exportPackages: 1 });
    expect(await retentionErasure(parts)(command('reduce'))).toEqual({ outcome: 'done', counts: { clocks: 0, requestReasons: 1, links: 0, notices: 0, marks: 0, requests: 0, exportPackages: 1, exports: 0 } });
    expect(calls).not.toContain('exports.forget');
    expect(calls[0]).toBe('clocks.markReduced');
    expect(calls).not.toContain('clocks.forget');
    expect(calls).not.toContain('marks.close');
  });
});
