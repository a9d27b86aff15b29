import type { TenantSettings } from '@lethe/platform/mongo';
import type { OutboxSource } from '@lethe/platform/outbox';
import type { ConsumerSpec, ServiceRuntime } from '@lethe/platform/service';
import { TOPICS, type TopicContract } from '@lethe/protos';
import type { PersonRecords } from '../erasure';
import { atsInboundConsumer } from '../events/ats-inbound';
import { Jobs } from '../jobs/jobs';
import { AssignmentStore, JobStore } from '../jobs/store';
import type { Rules } from '../rules/rules';
import type { TalentSettingsValues } from '../settings/settings';
import type { SubjectStates } from '../subjects/store';
import type { TalentStore } from '../talents/store';
import type { Talents } from '../talents/talents';
import { atsPersonErasure } from './erasure';
import { AtsLinks } from './links';
import { AtsSync } from './sync';

export interface AtsIntegrationDeps {
  runtime: Pick<ServiceRuntime, 'mongo' | 'blindIndex' | 'cipher' | 'tombstones' | 'fence' | 'logger'>;
  talents: Talents;
  talentStore: TalentStore;
  subjects: SubjectStates;
  settings: TenantSettings<TalentSettingsValues>;
  rules: Pick<Rules, 'fire'>;
  now: () => Date;
}

/** The sync with the applicant tracking system over its two topics, and the jobs it opens. */
export interface AtsIntegration {
  sync: AtsSync;
  links: AtsLinks;
  jobStore: JobStore;
  assignments: AssignmentStore;
  jobs: Jobs;
  /** lethe.ats.inbound.v1. */
  consumer: ConsumerSpec;
  /** lethe.ats.outbound.v1. */
  publishes: TopicContract[];
  /** The links (TalentSourceDeleted, AtsPersonErased) and assignments (AtsApplicationSubmitted) carry events. */
  outbox: OutboxSource[];
  /** What the erasure does here, by its count's name. */
  records: Record<string, PersonRecords>;
}

export function buildAtsIntegration({ runtime, talents, talentStore, subjects, settings, rules, now }: AtsIntegrationDeps): AtsIntegration {
  const { mongo, blindIndex, cipher, tombstones, fence, logger } = runtime;
  const links = new AtsLinks(mongo, blindIndex);
  const jobStore = new JobStore(mongo, blindIndex);
  const assignments = new AssignmentStore(mongo);
  const sync = new AtsSync({ talents, links, jobs: jobStore, rules, tombstones, fence, now });
  const jobs = new Jobs({ jobs: jobStore, assignments, talents, subjects, settings, cipher, now });
  return {
    sync,
    links,
    jobStore,
    assignments,
    jobs,
    consumer: atsInboundConsumer({ sync, logger }),
    publishes: [TOPICS.atsOutbound],
    outbox: [links.model, assignments.model],
    records: { atsLinks: atsPersonErasure({ links, talents: talentStore, now }), jobAssignments: assignments },
  };
}
