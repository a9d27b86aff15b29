import { protoEnum, type RuleTrigger, type TalentActivityKind, type TalentSource, type TalentStatus } from '@lethe/protos';

/** How a talent came into the CRM: the four import paths. */
export const TALENT_SOURCE = protoEnum({
  recruiter: 'TALENT_SOURCE_RECRUITER',
  'excel-import': 'TALENT_SOURCE_EXCEL_IMPORT',
  'talent-form': 'TALENT_SOURCE_TALENT_FORM',
  'ats-sync': 'TALENT_SOURCE_ATS_SYNC',
} as const satisfies Record<string, TalentSource>);
export type TalentSourceName = (typeof TALENT_SOURCE.names)[number];

export const TALENT_STATUS = protoEnum({
  new: 'TALENT_STATUS_NEW',
  'in-contact': 'TALENT_STATUS_IN_CONTACT',
  interested: 'TALENT_STATUS_INTERESTED',
  'not-interested': 'TALENT_STATUS_NOT_INTERESTED',
  'not-available': 'TALENT_STATUS_NOT_AVAILABLE',
  placed: 'TALENT_STATUS_PLACED',
} as const satisfies Record<string, TalentStatus>);
export type TalentStatusName = (typeof TALENT_STATUS.names)[number];

/** What happened to a talent; every kind but `automation` restarts the person's retention clock. */
export const TALENT_ACTIVITY_KIND = protoEnum({
  'profile-updated': 'TALENT_ACTIVITY_KIND_PROFILE_UPDATED',
  'tags-updated': 'TALENT_ACTIVITY_KIND_TAGS_UPDATED',
  'pools-updated': 'TALENT_ACTIVITY_KIND_POOLS_UPDATED',
  'status-set': 'TALENT_ACTIVITY_KIND_STATUS_SET',
  'note-added': 'TALENT_ACTIVITY_KIND_NOTE_ADDED',
  'follow-up-answered': 'TALENT_ACTIVITY_KIND_FOLLOW_UP_ANSWERED',
  'form-details-added': 'TALENT_ACTIVITY_KIND_FORM_DETAILS_ADDED',
  'assigned-to-job': 'TALENT_ACTIVITY_KIND_ASSIGNED_TO_JOB',
  'application-sent': 'TALENT_ACTIVITY_KIND_APPLICATION_SENT',
  'ats-updated': 'TALENT_ACTIVITY_KIND_ATS_UPDATED',
  'recruiter-assigned': 'TALENT_ACTIVITY_KIND_RECRUITER_ASSIGNED',
  'follow-up-requested': 'TALENT_ACTIVITY_KIND_FOLLOW_UP_REQUESTED',
  automation: 'TALENT_ACTIVITY_KIND_AUTOMATION',
} as const satisfies Record<string, TalentActivityKind>);
export type TalentActivityKindName = (typeof TALENT_ACTIVITY_KIND.names)[number];

/** What starts an automation rule. The first three are written with the talent's change; the others come from outside it. */
export const TRIGGER_KIND = protoEnum({
  'talent-created': 'RULE_TRIGGER_TALENT_CREATED',
  'tag-added': 'RULE_TRIGGER_TAG_ADDED',
  'pool-joined': 'RULE_TRIGGER_POOL_JOINED',
  'consent-granted': 'RULE_TRIGGER_CONSENT_GRANTED',
  'reminder-due': 'RULE_TRIGGER_REMINDER_DUE',
  'ats-status-changed': 'RULE_TRIGGER_ATS_STATUS_CHANGED',
} as const satisfies Record<string, RuleTrigger>);
export type TriggerKindName = (typeof TRIGGER_KIND.names)[number];

/** The triggers a change of the talent document itself raises. */
export type TalentChangeTriggerKind = Extract<TriggerKindName, 'talent-created' | 'tag-added' | 'pool-joined'>;

/** One occasion for the rules: unique by id, so a rule runs once per trigger however often it is delivered. */
export interface TalentTrigger {
  id: string;
  kind: TriggerKindName;
  talentId: string;
  /** The tag, the pool id or the ATS status key. */
  value?: string;
  /** The rule whose action caused the change: that rule does not fire on its own effect. */
  causedByRuleId?: string;
  at: Date;
}

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the CRM knows of the person; '' when unknown. Encrypted under the person's key at rest. */
export interface TalentProfile {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  city: string;
  country: string;
  headline: string;
  interests: string[];
  skills: string[];
  salaryExpectation: string;
  availability: string;
  careerUpdate: string;
  profileUrl: string;
  language: Language;
  lastRecruiterContact: string;
}

export type ProfileFieldName = keyof TalentProfile;

export interface Talent {
  /** The person's subject id. */
  id: string;
  tenantId: string;
  profile: TalentProfile;
  source: TalentSourceName;
  /** The recruiter, the file, the form's title, "ATS-Import". */
  sourceInfo: string;
  fromCandidate: boolean;
  poolIds: string[];
  tags: string[];
  status: TalentStatusName;
  recruiterId: string;
  atsCandidateId?: string;
  atsVersion?: number;
  /** Only the skeleton fields remain. */
  reduced: boolean;
  /** Personal data removed: initials stand for the name. */
  anonymised: boolean;
  /** A two-step form's second step is not done yet. */
  detailsPending: boolean;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
}

export interface NewTalent {
  profile: TalentProfile;
  source: TalentSourceName;
  sourceInfo: string;
  poolIds: string[];
  tags: string[];
  /** `new` when absent. */
  status?: TalentStatusName;
  /** The creating actor when absent. */
  recruiterId?: string;
  atsCandidateId?: string;
  atsVersion?: number;
  detailsPending?: boolean;
  /** An existing candidate's id: the talent shares it (the same person, the same subject). */
  candidateId?: string;
}

/** What an update may change; absent fields stay as they are. */
export type TalentChange = Partial<Pick<Talent, 'profile' | 'poolIds' | 'tags' | 'status' | 'recruiterId' | 'detailsPending'>>;
