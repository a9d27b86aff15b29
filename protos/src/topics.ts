import type { ErasureAck, ErasureAck__Output } from './generated/lethe/erasure/v1/ErasureAck';
import type { ErasureCommand, ErasureCommand__Output } from './generated/lethe/erasure/v1/ErasureCommand';

import type { CandidateCreated, CandidateCreated__Output } from './generated/lethe/candidates/v1/CandidateCreated';
import type { CandidateUpdated, CandidateUpdated__Output } from './generated/lethe/candidates/v1/CandidateUpdated';
import type { CandidateMerged, CandidateMerged__Output } from './generated/lethe/candidates/v1/CandidateMerged';
import type { ApplicationStatusChanged, ApplicationStatusChanged__Output } from './generated/lethe/candidates/v1/ApplicationStatusChanged';
import type { PresentationStatusChanged, PresentationStatusChanged__Output } from './generated/lethe/candidates/v1/PresentationStatusChanged';
import type { ActivityRecorded, ActivityRecorded__Output } from './generated/lethe/candidates/v1/ActivityRecorded';
import type { JobOrderAssignmentChanged, JobOrderAssignmentChanged__Output } from './generated/lethe/candidates/v1/JobOrderAssignmentChanged';
import type { StatusActionRequested, StatusActionRequested__Output } from './generated/lethe/candidates/v1/StatusActionRequested';
import type { StatusActionDeclined, StatusActionDeclined__Output } from './generated/lethe/retention/v1/StatusActionDeclined';
import type { SubjectMarkedForDeletion, SubjectMarkedForDeletion__Output } from './generated/lethe/retention/v1/SubjectMarkedForDeletion';
import type { SubjectRestored, SubjectRestored__Output } from './generated/lethe/retention/v1/SubjectRestored';
import type { ErasureRequestOpened, ErasureRequestOpened__Output } from './generated/lethe/retention/v1/ErasureRequestOpened';
import type { ErasureRequestWithdrawn, ErasureRequestWithdrawn__Output } from './generated/lethe/retention/v1/ErasureRequestWithdrawn';
import type { ErasureCompleted, ErasureCompleted__Output } from './generated/lethe/retention/v1/ErasureCompleted';
import type { SubjectExportCompleted, SubjectExportCompleted__Output } from './generated/lethe/retention/v1/SubjectExportCompleted';
import type { CandidateNoticeDue, CandidateNoticeDue__Output } from './generated/lethe/retention/v1/CandidateNoticeDue';
import type { OwnerNoticeDigest, OwnerNoticeDigest__Output } from './generated/lethe/retention/v1/OwnerNoticeDigest';
import type { ConsentRequestCreated, ConsentRequestCreated__Output } from './generated/lethe/consent/v1/ConsentRequestCreated';
import type { ConsentGranted, ConsentGranted__Output } from './generated/lethe/consent/v1/ConsentGranted';
import type { ConsentDeclined, ConsentDeclined__Output } from './generated/lethe/consent/v1/ConsentDeclined';
import type { ConsentWithdrawn, ConsentWithdrawn__Output } from './generated/lethe/consent/v1/ConsentWithdrawn';
import type { ConsentExpired, ConsentExpired__Output } from './generated/lethe/consent/v1/ConsentExpired';
import type { ConsentRequestClosed, ConsentRequestClosed__Output } from './generated/lethe/consent/v1/ConsentRequestClosed';
import type { MessageSent, MessageSent__Output } from './generated/lethe/messaging/v1/MessageSent';
import type { TalentCreated, TalentCreated__Output } from './generated/lethe/talents/v1/TalentCreated';
import type { TalentActivityRecorded, TalentActivityRecorded__Output } from './generated/lethe/talents/v1/TalentActivityRecorded';
import type { TalentSourceDeleted, TalentSourceDeleted__Output } from './generated/lethe/talents/v1/TalentSourceDeleted';
import type { TalentLinkRequested, TalentLinkRequested__Output } from './generated/lethe/talents/v1/TalentLinkRequested';
import type { AtsCandidateUpserted, AtsCandidateUpserted__Output } from './generated/lethe/ats/v1/AtsCandidateUpserted';
import type { AtsCandidateDeleted, AtsCandidateDeleted__Output } from './generated/lethe/ats/v1/AtsCandidateDeleted';
import type { AtsApplicationStatusChanged, AtsApplicationStatusChanged__Output } from './generated/lethe/ats/v1/AtsApplicationStatusChanged';
import type { AtsJobOpened, AtsJobOpened__Output } from './generated/lethe/ats/v1/AtsJobOpened';
import type { AtsJobClosed, AtsJobClosed__Output } from './generated/lethe/ats/v1/AtsJobClosed';
import type { AtsApplicationSubmitted, AtsApplicationSubmitted__Output } from './generated/lethe/ats/v1/AtsApplicationSubmitted';
import type { AtsPersonErased, AtsPersonErased__Output } from './generated/lethe/ats/v1/AtsPersonErased';
/**
 * Every event payload that travels on a Lethe topic: full protobuf name → [input type, decoded type].
 * A new event is one proto message plus one line here.
 */
export interface EventTypeMap {
  'lethe.erasure.v1.ErasureCommand': [ErasureCommand, ErasureCommand__Output];
  'lethe.erasure.v1.ErasureAck': [ErasureAck, ErasureAck__Output];
  'lethe.candidates.v1.CandidateCreated': [CandidateCreated, CandidateCreated__Output];
  'lethe.candidates.v1.CandidateUpdated': [CandidateUpdated, CandidateUpdated__Output];
  'lethe.candidates.v1.CandidateMerged': [CandidateMerged, CandidateMerged__Output];
  'lethe.candidates.v1.ApplicationStatusChanged': [ApplicationStatusChanged, ApplicationStatusChanged__Output];
  'lethe.candidates.v1.PresentationStatusChanged': [PresentationStatusChanged, PresentationStatusChanged__Output];
  'lethe.candidates.v1.ActivityRecorded': [ActivityRecorded, ActivityRecorded__Output];
  'lethe.candidates.v1.JobOrderAssignmentChanged': [JobOrderAssignmentChanged, JobOrderAssignmentChanged__Output];
  'lethe.candidates.v1.StatusActionRequested': [StatusActionRequested, StatusActionRequested__Output];
  'lethe.retention.v1.SubjectMarkedForDeletion': [SubjectMarkedForDeletion, SubjectMarkedForDeletion__Output];
  'lethe.retention.v1.SubjectRestored': [SubjectRestored, SubjectRestored__Output];
  'lethe.retention.v1.ErasureRequestOpened': [ErasureRequestOpened, ErasureRequestOpened__Output];
  'lethe.retention.v1.ErasureRequestWithdrawn': [ErasureRequestWithdrawn, ErasureRequestWithdrawn__Output];
  'lethe.retention.v1.ErasureCompleted': [ErasureCompleted, ErasureCompleted__Output];
  'lethe.retention.v1.SubjectExportCompleted': [SubjectExportCompleted, SubjectExportCompleted__Output];
  'lethe.retention.v1.StatusActionDeclined': [StatusActionDeclined, StatusActionDeclined__Output];
  'lethe.retention.v1.CandidateNoticeDue': [CandidateNoticeDue, CandidateNoticeDue__Output];
  'lethe.retention.v1.OwnerNoticeDigest': [OwnerNoticeDigest, OwnerNoticeDigest__Output];
  'lethe.consent.v1.ConsentRequestCreated': [ConsentRequestCreated, ConsentRequestCreated__Output];
  'lethe.consent.v1.ConsentGranted': [ConsentGranted, ConsentGranted__Output];
  'lethe.consent.v1.ConsentDeclined': [ConsentDeclined, ConsentDeclined__Output];
  'lethe.consent.v1.ConsentWithdrawn': [ConsentWithdrawn, ConsentWithdrawn__Output];
  'lethe.consent.v1.ConsentExpired': [ConsentExpired, ConsentExpired__Output];
  'lethe.consent.v1.ConsentRequestClosed': [ConsentRequestClosed, ConsentRequestClosed__Output];
  'lethe.messaging.v1.MessageSent': [MessageSent, MessageSent__Output];
  'lethe.talents.v1.TalentCreated': [TalentCreated, TalentCreated__Output];
  'lethe.talents.v1.TalentActivityRecorded': [TalentActivityRecorded, TalentActivityRecorded__Output];
  'lethe.talents.v1.TalentSourceDeleted': [TalentSourceDeleted, TalentSourceDeleted__Output];
  'lethe.talents.v1.TalentLinkRequested': [TalentLinkRequested, TalentLinkRequested__Output];
  'lethe.ats.v1.AtsCandidateUpserted': [AtsCandidateUpserted, AtsCandidateUpserted__Output];
  'lethe.ats.v1.AtsCandidateDeleted': [AtsCandidateDeleted, AtsCandidateDeleted__Output];
  'lethe.ats.v1.AtsApplicationStatusChanged': [AtsApplicationStatusChanged, AtsApplicationStatusChanged__Output];
  'lethe.ats.v1.AtsJobOpened': [AtsJobOpened, AtsJobOpened__Output];
  'lethe.ats.v1.AtsJobClosed': [AtsJobClosed, AtsJobClosed__Output];
  'lethe.ats.v1.AtsApplicationSubmitted': [AtsApplicationSubmitted, AtsApplicationSubmitted__Output];
  'lethe.ats.v1.AtsPersonErased': [AtsPersonErased, AtsPersonErased__Output];
}

export type EventTypeName = keyof EventTypeMap;
export type EventInput<T extends EventTypeName> = EventTypeMap[T][0];
export type EventOutput<T extends EventTypeName> = EventTypeMap[T][1];

/**
 * How a record is keyed, so that the events about one thing stay in order on one partition:
 * by the subject or the tenant of the event, or by payload fields per event type (the first of
 * them that is not empty), e.g. an integration's own ids.
 */
export type TopicKey<T extends EventTypeName = EventTypeName> = 'subject' | 'tenant' | { readonly [K in T]?: readonly (keyof EventOutput<K> & string)[] };

/** A Kafka topic's contract: its name, the event types it carries and how it is partitioned. */
export interface TopicContract<T extends EventTypeName = EventTypeName> {
  readonly name: string;
  readonly eventTypes: readonly T[];
  readonly partitions: number;
  readonly key: TopicKey<T>;
  readonly retentionMs?: number;
  /**
   * The record value: protobuf (Lethe's own topics), or the proto3 JSON mapping of the message
   * (an integration's topics, which any Kafka client can produce and read). Protobuf by default.
   */
  readonly encoding?: 'protobuf' | 'json';
  /**
   * The topic belongs to an integration and carries personal data (kept short: `retentionMs`).
   * Lethe's own topics never do, and the canary scans of its topics leave these out.
   */
  readonly personalData?: boolean;
  readonly description: string;
}

function topic<T extends EventTypeName>(contract: TopicContract<T>): TopicContract<T> {
  return contract;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Every topic. Events on Lethe's own topics carry ids, statuses and timestamps, never personal
 * data; the integration's topics (`personalData`) carry what the integration exchanges.
 */
export const TOPICS = {
  erasureCommands: topic({
    name: 'lethe.erasure.commands.v1',
    eventTypes: ['lethe.erasure.v1.ErasureCommand'],
    partitions: 6,
    key: 'subject',
    retentionMs: 30 * DAY_MS,
    description: 'retention → every service: erase, anonymise or reduce one subject',
  }),
  erasureAcks: topic({
    name: 'lethe.erasure.acks.v1',
    eventTypes: ['lethe.erasure.v1.ErasureAck'],
    partitions: 6,
    key: 'subject',
    retentionMs: 30 * DAY_MS,
    description: 'every service → retention: the outcome of one erasure command',
  }),
  candidateEvents: topic({
    name: 'lethe.candidates.events.v1',
    eventTypes: ['lethe.candidates.v1.CandidateCreated', 'lethe.candidates.v1.CandidateUpdated', 'lethe.candidates.v1.CandidateMerged', 'lethe.candidates.v1.ApplicationStatusChanged', 'lethe.candidates.v1.PresentationStatusChanged', 'lethe.candidates.v1.ActivityRecorded', 'lethe.candidates.v1.JobOrderAssignmentChanged', 'lethe.candidates.v1.StatusActionRequested'],
    partitions: 6,
    key: 'subject',
    retentionMs: 7 * DAY_MS,
    description: 'candidates → retention, talent-crm, profile-rendering: lifecycle, statuses, clock-restarting activities, job-order assignments',
  }),
  retentionEvents: topic({
    name: 'lethe.retention.events.v1',
    eventTypes: ['lethe.retention.v1.SubjectMarkedForDeletion', 'lethe.retention.v1.SubjectRestored', 'lethe.retention.v1.ErasureRequestOpened', 'lethe.retention.v1.ErasureRequestWithdrawn', 'lethe.retention.v1.ErasureCompleted', 'lethe.retention.v1.SubjectExportCompleted', 'lethe.retention.v1.StatusActionDeclined'],
    partitions: 6,
    key: 'subject',
    retentionMs: 7 * DAY_MS,
    description: 'retention → every service: marks, restores, erasure requests, completed erasures, completed data exports',
  }),
  retentionNotices: topic({
    name: 'lethe.retention.notices.v1',
    eventTypes: ['lethe.retention.v1.CandidateNoticeDue', 'lethe.retention.v1.OwnerNoticeDigest'],
    partitions: 3,
    key: 'tenant',
    retentionMs: 7 * DAY_MS,
    description: 'retention → messaging: notices to candidates and daily digests to owners before an action',
  }),
  consentEvents: topic({
    name: 'lethe.consent.events.v1',
    eventTypes: ['lethe.consent.v1.ConsentRequestCreated', 'lethe.consent.v1.ConsentGranted', 'lethe.consent.v1.ConsentDeclined', 'lethe.consent.v1.ConsentWithdrawn', 'lethe.consent.v1.ConsentExpired', 'lethe.consent.v1.ConsentRequestClosed'],
    partitions: 6,
    key: 'subject',
    retentionMs: 7 * DAY_MS,
    description: 'consent → messaging, retention, talent-crm, profile-rendering, candidates: requests, closed requests, grants, declines, withdrawals, expiries',
  }),
  messagingEvents: topic({
    name: 'lethe.messaging.events.v1',
    eventTypes: ['lethe.messaging.v1.MessageSent'],
    partitions: 6,
    key: 'subject',
    retentionMs: 7 * DAY_MS,
    description: 'messaging → candidates: which messages went to a candidate (for the activity log and the retention clock)',
  }),
  talentEvents: topic({
    name: 'lethe.talents.events.v1',
    eventTypes: ['lethe.talents.v1.TalentCreated', 'lethe.talents.v1.TalentActivityRecorded', 'lethe.talents.v1.TalentSourceDeleted', 'lethe.talents.v1.TalentLinkRequested'],
    partitions: 6,
    key: 'subject',
    retentionMs: 7 * DAY_MS,
    description: 'talent-crm → retention and messaging: talents created, clock-restarting activities, persons the ATS deleted, links to send a talent',
  }),
  atsInbound: topic({
    name: 'lethe.ats.inbound.v1',
    eventTypes: ['lethe.ats.v1.AtsCandidateUpserted', 'lethe.ats.v1.AtsCandidateDeleted', 'lethe.ats.v1.AtsApplicationStatusChanged', 'lethe.ats.v1.AtsJobOpened', 'lethe.ats.v1.AtsJobClosed'],
    partitions: 6,
    key: {
      'lethe.ats.v1.AtsCandidateUpserted': ['atsCandidateId'],
      'lethe.ats.v1.AtsCandidateDeleted': ['atsCandidateId'],
      'lethe.ats.v1.AtsApplicationStatusChanged': ['atsCandidateId'],
      'lethe.ats.v1.AtsJobOpened': ['atsJobId'],
      'lethe.ats.v1.AtsJobClosed': ['atsJobId'],
    },
    retentionMs: 3 * DAY_MS,
    encoding: 'json',
    personalData: true,
    description: 'the ATS → talent-crm: candidates upserted and deleted, application statuses, jobs opened and closed (personal data)',
  }),
  atsOutbound: topic({
    name: 'lethe.ats.outbound.v1',
    eventTypes: ['lethe.ats.v1.AtsApplicationSubmitted', 'lethe.ats.v1.AtsPersonErased'],
    partitions: 6,
    key: {
      // A talent that did not come from the ATS has no ATS id: its applications are keyed by the talent.
      'lethe.ats.v1.AtsApplicationSubmitted': ['atsCandidateId', 'talentId'],
      'lethe.ats.v1.AtsPersonErased': ['atsCandidateId'],
    },
    retentionMs: 3 * DAY_MS,
    encoding: 'json',
    personalData: true,
    description: 'talent-crm → the ATS: applications sent with the ATS\'s fields, persons Lethe erased (personal data)',
  }),
} as const;

/** The payload fields that key an event of a topic keyed by payload fields; empty for the other topics. */
export function payloadKeyFields(contract: Pick<TopicContract, 'key'>, type: EventTypeName): readonly string[] {
  return typeof contract.key === 'object' ? (contract.key[type] ?? []) : [];
}

/** Dead-letter topic of a consumer group's source topic. */
export function deadLetterTopicName(sourceTopic: string, groupId: string): string {
  return `${sourceTopic}.dlq.${groupId}`;
}
