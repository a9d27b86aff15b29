import { z } from 'zod';
import { ControllerDirectory } from '@lethe/platform/controller';
import type { TenantSettings } from '@lethe/platform/mongo';
import { baseConfigSchema, pageFormsConfigSchema, publicOriginSchema, type ServiceDefinition, type ServiceParts, type ServiceRuntime } from '@lethe/platform/service';
import { LinkTokens } from '@lethe/platform/links';
import { TOPICS } from '@lethe/protos';
import { talentCrmApi } from './api';
import { buildAtsIntegration, type AtsIntegration } from './ats/integration';
import { talentCrmErasure } from './erasure';
import { talentCrmExport } from './export';
import { retentionEventsConsumer } from './events/retention-events';
import { FollowUps } from './follow-ups/follow-ups';
import { FollowUpStore } from './follow-ups/store';
import { TalentForms } from './forms/forms';
import { FormStore } from './forms/store';
import { FormSubmissionStore } from './forms/submissions';
import { TalentImports } from './imports/imports';
import { TalentImportStore } from './imports/store';
import { Notes } from './notes/notes';
import { NoteStore } from './notes/store';
import { Peers } from './peers/peers';
import { talentPages } from './pages/routes';
import { PoolStore } from './pools/store';
import { buildAutomation, type Automation } from './rules/automation';
import type { TalentSettingsValues } from './settings/settings';
import { talentSettingsStore } from './settings/store';
import { SubjectStates } from './subjects/store';
import { ProfileSeal } from './talents/sealed-profile';
import { TalentStore } from './talents/store';
import { Talents } from './talents/talents';
import { rateLimitedPages } from '@lethe/platform/http';

const grpcAddress = z.string().regex(/^[^\s:]+:\d+$/, 'must be host:port');

export const talentCrmConfigSchema = baseConfigSchema.extend({
  ...pageFormsConfigSchema.shape,
  /** Where the candidates, consent and messaging services answer gRPC. */
  CANDIDATES_GRPC_ADDRESS: grpcAddress,
  CONSENT_GRPC_ADDRESS: grpcAddress,
  MESSAGING_GRPC_ADDRESS: grpcAddress,
  /** Where talents open the talent forms and follow-up links, e.g. https://lethe.example.com. */
  TALENT_CRM_PUBLIC_URL: publicOriginSchema.optional(),
  /** How often the automation rules look for triggers, and the reminders for due ones, besides being nudged. */
  TALENT_RULES_INTERVAL_MS: z.coerce.number().int().min(100).default(2_000),
  TALENT_REMINDERS_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
});

export type TalentCrmConfig = z.infer<typeof talentCrmConfigSchema>;

/** The talent-crm service as built: what the lifecycle runs, and the pieces tests and the other areas reach. */
export interface TalentCrm {
  parts: ServiceParts;
  talents: Talents;
  talentStore: TalentStore;
  notes: Notes;
  pools: PoolStore;
  subjects: SubjectStates;
  settings: TenantSettings<TalentSettingsValues>;
  peers: Peers;
  forms: TalentForms;
  followUps: FollowUps;
  automation: Automation;
  imports: TalentImports;
  ats: AtsIntegration;
}

export function buildTalentCrm(runtime: ServiceRuntime<TalentCrmConfig>): TalentCrm {
  const { config, cipher, blindIndex, fence, mongo } = runtime;
  const now = () => runtime.clock.now();
  const settings = talentSettingsStore(mongo);
  const talentStore = new TalentStore(mongo);
  const seal = new ProfileSeal(cipher, blindIndex);
  const pools = new PoolStore(mongo);
  const subjects = new SubjectStates(mongo);
  const noteStore = new NoteStore(mongo);
  const peers = new Peers(runtime, { candidates: config.CANDIDATES_GRPC_ADDRESS, consent: config.CONSENT_GRPC_ADDRESS, messaging: config.MESSAGING_GRPC_ADDRESS });
  const controllers = new ControllerDirectory(runtime, config.CONSENT_GRPC_ADDRESS);
  const talents = new Talents({ store: talentStore, seal, pools, subjects, peers, fence, now });
  const notes = new Notes({ store: noteStore, talents, subjects, cipher, now });
  const importStore = new TalentImportStore(mongo);
  const imports = new TalentImports({ store: importStore, talents, pools, logger: runtime.logger, now });
  const automation = buildAutomation({ runtime, talents, talentStore, pools, subjects, peers, now, rulesIntervalMs: config.TALENT_RULES_INTERVAL_MS, remindersIntervalMs: config.TALENT_REMINDERS_INTERVAL_MS });
  const followUpStore = new FollowUpStore(mongo);
  const talentLinks = new LinkTokens(mongo, 'talent_links', { rateLimits: runtime.rateLimits });
  const followUps = new FollowUps({ store: followUpStore, links: talentLinks, talents, subjects, settings, fence, now });
  const formSubmissions = new FormSubmissionStore(mongo);
  const forms = new TalentForms({ store: new FormStore(mongo), submissions: formSubmissions, pools, talents, followUps, peers, fence, now });
  const ats = buildAtsIntegration({ runtime, talents, talentStore, subjects, settings, rules: automation.rules, now });
  let linkSweep: NodeJS.Timeout | undefined;

  const parts: ServiceParts = {
    grpcServices: [talentCrmApi({ talents, notes, pools, settings, now, reminders: automation.reminders, rules: automation.rules, imports, forms, followUps, publicUrl: config.TALENT_CRM_PUBLIC_URL, jobs: ats.jobs, rateLimits: runtime.rateLimits })],
    httpRoutes: rateLimitedPages(
      runtime.rateLimits,
      ['/talent-forms', '/follow-up'],
      talentPages({ forms, followUps, controllers, keyMaterial: Buffer.from(config.CSRF_KEY, 'base64'), secureCookies: config.TALENT_CRM_PUBLIC_URL?.startsWith('https://') ?? false, rateLimits: runtime.rateLimits }),
    ),
    consumers: [retentionEventsConsumer({ subjects, fence }), automation.consumer, ats.consumer],
    publishes: [TOPICS.talentEvents, ...ats.publishes],
    outbox: [talentStore.model, noteStore.model, followUpStore.model, ...ats.outbox],
    erasure: talentCrmErasure({ talents: talentStore, seal, notes, subjects, cipher, records: { ...automation.records, followUps: followUpStore, formSubmissions, talentLinks, ...ats.records, importReports: importStore }, now }),
    export: talentCrmExport({ talents, notes, reminders: automation.reminders, rules: automation.rules, followUps: followUpStore, formSubmissions, talentLinks, ats, imports: importStore }),
    start: async () => {
      linkSweep = setInterval(() => {
        followUps.deleteOldLinks(now()).catch((err: unknown) => runtime.logger.error({ err }, 'deleting old talent links failed'));
      }, 3_600_000);
      linkSweep.unref();
      automation.start();
    },
    stop: async () => {
      clearInterval(linkSweep);
      await imports.stop();
      await automation.stop();
      peers.close();
      controllers.close();
    },
  };
  return { parts, talents, talentStore, notes, pools, subjects, settings, peers, automation, imports, forms, followUps, ats };
}

/** The talent-crm service: talents from four sources, pools, tags, notes, reminders, rules and the ATS sync, forgotten with the person. */
export const talentCrmService: ServiceDefinition<typeof talentCrmConfigSchema> = {
  name: 'talent-crm',
  configSchema: talentCrmConfigSchema,
  create: (runtime) => buildTalentCrm(runtime).parts,
};
