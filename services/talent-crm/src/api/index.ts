import { defineService, type ServiceRegistration } from '@lethe/platform/grpc';
import { loadGrpcObject, type TalentsProto } from '@lethe/protos';
import { importHandlers, type ImportsApiDeps } from './imports';
import { jobHandlers, type JobsApiDeps } from './jobs';
import { followUpHandlers, type FollowUpsApiDeps } from './follow-ups';
import { formHandlers, type FormsApiDeps } from './forms';
import { poolHandlers, type PoolsApiDeps } from './pools';
import { reminderHandlers, type RemindersApiDeps } from './reminders';
import { ruleHandlers, type RulesApiDeps } from './rules';
import { settingsHandlers, type SettingsApiDeps } from './settings';
import { talentHandlers, type TalentsApiDeps } from './talents';

const definition = loadGrpcObject<TalentsProto>().lethe.talents.v1.TalentCrmService.service;

export type TalentCrmApiDeps = TalentsApiDeps & PoolsApiDeps & SettingsApiDeps & RemindersApiDeps & RulesApiDeps & ImportsApiDeps & FormsApiDeps & FollowUpsApiDeps & JobsApiDeps;

/** lethe.talents.v1.TalentCrmService, its handlers spread together from the resources. */
export function talentCrmApi(deps: TalentCrmApiDeps): ServiceRegistration {
  return defineService(definition).implement({
    ...talentHandlers(deps),
    ...poolHandlers(deps),
    ...formHandlers(deps),
    ...followUpHandlers(deps),
    ...settingsHandlers(deps),
    ...reminderHandlers(deps),
    ...ruleHandlers(deps),
    ...importHandlers(deps),
    ...jobHandlers(deps),
  });
}
