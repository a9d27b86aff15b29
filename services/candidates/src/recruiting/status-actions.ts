import { isStatusActionTemplate, protoEnum, STATUS_ACTION_TEMPLATES, type StatusActionKind } from '@lethe/protos';
import type { FieldViolation } from '@lethe/platform/errors';

/** What a status of the catalogue does when a record is set to it. */
export const STATUS_ACTION_KIND = protoEnum({
  'reduce-contents': 'STATUS_ACTION_KIND_REDUCE_CONTENTS',
  'send-template': 'STATUS_ACTION_KIND_SEND_TEMPLATE',
} as const satisfies Record<string, StatusActionKind>);
export type StatusActionKindName = (typeof STATUS_ACTION_KIND.names)[number];

export interface StatusActionDef {
  kind: StatusActionKindName;
  /** send-template only. */
  templateKey?: string;
}

/**
 * What is wrong with a status's actions: at most one of each kind; a template only with
 * send-template, and then one that a status may send; no reduction on a hold status (a candidate
 * held in the pool keeps their data) nor beside asking for storage consent (it would reduce what the
 * candidate is asked to let us keep).
 */
export function statusActionViolations(actions: readonly StatusActionDef[], metaStatus: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const violation = (index: number, field: string, description: string) => violations.push({ field: `status.actions[${index}].${field}`, description, code: 'invalid_value' });
  const seen = new Set<StatusActionKindName>();
  actions.forEach((action, index) => {
    if (seen.has(action.kind)) violation(index, 'kind', 'is there already: a status runs each action once');
    seen.add(action.kind);
    if (action.kind === 'send-template' && !isStatusActionTemplate(action.templateKey ?? '')) {
      violation(index, 'templateKey', `must be a template a status may send (${STATUS_ACTION_TEMPLATES.join(', ')})`);
    }
    if (action.kind === 'reduce-contents') {
      if (action.templateKey) violation(index, 'templateKey', 'must be empty for REDUCE_CONTENTS');
      if (metaStatus === 'META_STATUS_HOLD') violation(index, 'kind', 'cannot reduce on a hold status: a held candidate keeps their data');
    }
  });
  if (seen.has('reduce-contents') && actions.some((action) => action.templateKey === 'consent-request-storage')) {
    violations.push({ field: 'status.actions', description: 'cannot reduce the data the candidate is asked to let us keep', code: 'invalid_value' });
  }
  return violations;
}

/** Why a status action does nothing for this candidate, or undefined when it runs. */
export function statusActionSkipReason(candidate: { markedForDeletion?: unknown; erasureRequest?: unknown }): 'marked-for-deletion' | 'erasure-requested' | undefined {
  if (candidate.markedForDeletion) return 'marked-for-deletion';
  if (candidate.erasureRequest) return 'erasure-requested';
  return undefined;
}
