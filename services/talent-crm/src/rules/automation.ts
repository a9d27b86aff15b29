import type { ConsumerSpec, ServiceRuntime } from '@lethe/platform/service';
import type { PersonRecords } from '../erasure';
import { consentEventsConsumer } from '../events/consent-events';
import type { Peers } from '../peers/peers';
import type { PoolStore } from '../pools/store';
import { ReminderDelivery } from '../reminders/delivery';
import { Reminders } from '../reminders/reminders';
import { ReminderStore } from '../reminders/store';
import type { SubjectStates } from '../subjects/store';
import type { TalentStore } from '../talents/store';
import type { Talents } from '../talents/talents';
import { Periodic } from './periodic';
import { Rules } from './rules';
import { RuleRunner } from './runner';
import { RuleRunStore, RuleStore, TriggerQueue } from './store';

export interface AutomationDeps {
  runtime: Pick<ServiceRuntime, 'mongo' | 'redis' | 'redisKeys' | 'database' | 'cipher' | 'fence' | 'logger'>;
  talents: Talents;
  talentStore: TalentStore;
  pools: PoolStore;
  subjects: SubjectStates;
  peers: Peers;
  now: () => Date;
  /** How often the rules look for triggers, and the reminders for due ones, besides being nudged. */
  rulesIntervalMs: number;
  remindersIntervalMs: number;
}

/** Keeping in touch without anyone remembering to: reminders and automation rules, with their background work. */
export interface Automation {
  reminders: Reminders;
  reminderStore: ReminderStore;
  reminderDelivery: ReminderDelivery;
  rules: Rules;
  ruleStore: RuleStore;
  runStore: RuleRunStore;
  triggerQueue: TriggerQueue;
  ruleRunner: RuleRunner;
  /** The rounds of the rules and of the reminders: nudged to run now. */
  ruleRounds: Periodic;
  reminderRounds: Periodic;
  /** Consents granted are the rules' `consent-granted` trigger. */
  consumer: ConsumerSpec;
  /** What the erasure removes of a person here, by its count's name: every mode deletes it. */
  records: Record<string, PersonRecords>;
  start(): void;
  stop(): Promise<void>;
}

export function buildAutomation({ runtime, talents, talentStore, pools, subjects, peers, now, rulesIntervalMs, remindersIntervalMs }: AutomationDeps): Automation {
  const { mongo, cipher, fence, logger } = runtime;
  const reminderStore = new ReminderStore(mongo);
  const ruleStore = new RuleStore(mongo);
  const runStore = new RuleRunStore(mongo);
  const triggerQueue = new TriggerQueue(mongo);
  const ruleRunner = new RuleRunner({ rules: ruleStore, runs: runStore, queue: triggerQueue, talentTriggers: talentStore, talents, subjects, peers, fence, logger, now });
  const ruleRounds = new Periodic('rules', (stopping) => ruleRunner.round(stopping), rulesIntervalMs, logger);
  const rules = new Rules({
    rules: ruleStore,
    runs: runStore,
    queue: triggerQueue,
    pools,
    peers,
    redis: runtime.redis,
    keys: runtime.redisKeys.tenantKeys(runtime.database),
    now,
    queued: () => void ruleRounds.nudge(),
  });
  const reminders = new Reminders({ store: reminderStore, talents, subjects, cipher, fence, now });
  const reminderDelivery = new ReminderDelivery({ store: reminderStore, reminders, talents, peers, rules, fence, logger, now });
  const reminderRounds = new Periodic('reminders', () => reminderDelivery.round(), remindersIntervalMs, logger);
  return {
    reminders,
    reminderStore,
    reminderDelivery,
    rules,
    ruleStore,
    runStore,
    triggerQueue,
    ruleRunner,
    ruleRounds,
    reminderRounds,
    consumer: consentEventsConsumer({ rules, talents: talentStore, fence }),
    records: { reminders: reminderStore, ruleRuns: runStore, ruleTriggers: triggerQueue },
    start: () => {
      ruleRounds.start();
      reminderRounds.start();
    },
    stop: async () => {
      await Promise.all([ruleRounds.stop(), reminderRounds.stop()]);
    },
  };
}
