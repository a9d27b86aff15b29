import type { ConsentDoc } from './model';

/** The answer of CheckConsent: ids, a flag and a date, nothing about the person. */
export interface CheckResult {
  granted: boolean;
  consentId?: string;
  validUntil?: Date;
  consentRequired: boolean;
}

/** The answer from the consent in force (if any) and whether the tenant requires consent for the kind. */
export function checkResultOf(grant: Pick<ConsentDoc, 'consentId' | 'validUntil'> | null | undefined, consentRequired: boolean): CheckResult {
  if (!grant) return { granted: false, consentRequired };
  const result: CheckResult = { granted: true, consentId: grant.consentId, consentRequired };
  if (grant.validUntil) result.validUntil = grant.validUntil;
  return result;
}

/** How long an answer may be cached, in whole seconds: at most `maxSeconds`, and never past the end of the grant. */
export function checkTtlSeconds(result: Pick<CheckResult, 'validUntil'>, now: Date, maxSeconds: number): number {
  if (!result.validUntil) return maxSeconds;
  return Math.max(0, Math.min(maxSeconds, Math.ceil((result.validUntil.getTime() - now.getTime()) / 1000)));
}

export function encodeCheck(result: CheckResult): string {
  return JSON.stringify(result);
}

/** A cached answer, unless it is a grant whose period has ended: the sweep may not have ended it yet. */
export function decodeCheck(raw: string, now: Date): CheckResult | undefined {
  const hit = JSON.parse(raw) as { granted: boolean; consentId?: string; validUntil?: string; consentRequired: boolean };
  const result: CheckResult = { granted: hit.granted, consentRequired: hit.consentRequired };
  if (hit.consentId) result.consentId = hit.consentId;
  if (hit.validUntil) {
    result.validUntil = new Date(hit.validUntil);
    if (result.validUntil <= now) return undefined;
  }
  return result;
}
