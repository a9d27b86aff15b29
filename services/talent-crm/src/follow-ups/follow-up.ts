import { outboxEntry, type OutboxEntry } from '@lethe/platform/outbox';
import { protoEnum, TOPICS, type TalentLinkPurpose } from '@lethe/protos';
import type { ProfileFieldName, TalentActivityKindName } from '../talents/talent';

/** What a link to a talent asks: a recruiter's follow-up, or the second step of a two-step talent form. */
export const FOLLOW_UP_PURPOSE = protoEnum({
  'follow-up': 'TALENT_LINK_PURPOSE_FOLLOW_UP',
  'form-details': 'TALENT_LINK_PURPOSE_FORM_DETAILS',
} as const satisfies Record<string, TalentLinkPurpose>);
export type FollowUpPurposeName = (typeof FOLLOW_UP_PURPOSE.names)[number];

/** What a follow-up asks the talent: how their career went, what they expect to earn, from when they are free. */
export const FOLLOW_UP_QUESTIONS: readonly ProfileFieldName[] = ['careerUpdate', 'salaryExpectation', 'availability'];

/** The purpose link tokens of each kind are bound to: a follow-up's link never opens a form's second step. */
export const LINK_PURPOSE: Readonly<Record<FollowUpPurposeName, string>> = { 'follow-up': 'talent-follow-up', 'form-details': 'talent-form-details' };

/** Where the talent answers, with the token appended. */
export const PAGE_PATH: Readonly<Record<FollowUpPurposeName, string>> = { 'follow-up': '/follow-up', 'form-details': '/talent-forms/details' };

/** The activity an answer is on the talent's record. */
export const ANSWER_ACTIVITY: Readonly<Record<FollowUpPurposeName, TalentActivityKindName>> = { 'follow-up': 'follow-up-answered', 'form-details': 'form-details-added' };

/** The event that has messaging write the talent the message with the link (ids only). */
export function linkRequested(request: { tenantId: string; id: string; talentId: string; purpose: FollowUpPurposeName; language: string; requestedBy: string; at: Date }): OutboxEntry {
  return outboxEntry(TOPICS.talentEvents, {
    type: 'lethe.talents.v1.TalentLinkRequested',
    tenantId: request.tenantId,
    subjectId: request.talentId,
    time: request.at,
    payload: { requestId: request.id, talentId: request.talentId, purpose: FOLLOW_UP_PURPOSE.toProto(request.purpose), language: request.language, requestedBy: request.requestedBy },
  });
}
