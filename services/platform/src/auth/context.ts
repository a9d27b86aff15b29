import { PermissionDeniedError } from '../errors/errors';

export type ActorKind = 'user' | 'service' | 'candidate';

/** The verified caller of a request: what the auth interceptor hands every handler. */
export interface RequestContext {
  readonly tenantId: string;
  readonly actorId: string;
  readonly actorKind: ActorKind;
  readonly rights: ReadonlySet<string>;
  readonly requestId: string;
  /** The address the call came from (gRPC peer), without its port: what per-client rate limits count. */
  readonly clientAddress?: string;
}

/**
 * The rights a token can carry: reading and changing candidates, managing settings, and the
 * rights data protection needs (mass actions, restoring marked records, seeing marked or deleted
 * records, choosing the deletion mode, setting consent manually).
 * A service token carries the rights its caller needs for service-to-service calls; some rights
 * (`links:issue`) count only in a service token, and none in a candidate's.
 */
export const RIGHTS = {
  /** Mass reduce, anonymise and mark for deletion ("[R] Datenschutz"). */
  dataProtection: 'data-protection',
  /** Restore records marked for deletion ("Bewerber wiederherstellen"). */
  restoreMarked: 'records:restore',
  /** See marked and deleted records in searches. */
  seeMarked: 'records:see-marked',
  /** Choose the deletion mode when marking for deletion. */
  chooseDeletionMode: 'deletion:choose-mode',
  /** Set and lift a legal hold: no deletion, anonymisation or reduction of the person while it holds. */
  legalHold: 'records:legal-hold',
  /** Set consent manually, after a request was sent. */
  setConsentManually: 'consent:set-manually',
  /** Read candidates and their activity log. */
  readCandidates: 'candidates:read',
  /** Create and change candidates, record activities. */
  writeCandidates: 'candidates:write',
  /** Read talents of the talent CRM, their notes, reminders and imports. */
  readTalents: 'talents:read',
  /** Create and change talents: profiles, pools, tags, notes, reminders, imports, applications to the ATS. */
  writeTalents: 'talents:write',
  /** Change a tenant's settings of a service. */
  manageSettings: 'settings:manage',
  /**
   * Obtain a link that acts for a candidate (a consent link, a self-service link) for the message
   * to them. Only a service token can use it (`requireServiceRight`): messaging, at send time; a
   * user's or candidate's token carrying it gets nothing.
   */
  issueLinks: 'links:issue',
  /**
   * Record a consent the person gave on a form a service showed them (the talent form's storage
   * consent). Only a service token can use it (`requireServiceRight`): the service that showed the form.
   */
  recordFormConsent: 'consent:record-form',
  /**
   * Export everything Lethe holds about a person (the access protocol): a recruiter asks retention
   * for the package; retention's service tokens carry it to every service's ExportSubject, which
   * accepts it only in a service token (`requireServiceRight`).
   */
  exportSubjects: 'subjects:export',
  /** Grant a tenant the paid channels (SMS, WhatsApp): the operator's right, not a tenant's. */
  manageLicences: 'licences:manage',
} as const;

/**
 * Whether the caller holds the right. Rights count only in a user's or a service's token: Lethe's
 * APIs are the recruiters' and the services', and a candidate acts through signed links alone, so a
 * candidate's token holds none of them whatever it lists.
 */
export function hasRight(ctx: RequestContext, right: string): boolean {
  return (ctx.actorKind === 'user' || ctx.actorKind === 'service') && ctx.rights.has(right);
}

/** Throws PERMISSION_DENIED unless the caller holds the right. */
export function requireRight(ctx: RequestContext, right: string): void {
  if (hasRight(ctx, right)) return;
  const refused = new PermissionDeniedError(right);
  if (ctx.actorKind === 'candidate') refused.message = `the right "${right}" is required, in a user's or service's token`;
  throw refused;
}

/**
 * Throws PERMISSION_DENIED (MISSING_RIGHT) unless the caller is a service and holds the right: for
 * calls whose answer must never reach a user, such as a secret that acts for a candidate.
 */
export function requireServiceRight(ctx: RequestContext, right: string): void {
  if (ctx.actorKind === 'service' && hasRight(ctx, right)) return;
  const refused = new PermissionDeniedError(right);
  refused.message = `the right "${right}" is required, in a service token`;
  throw refused;
}
