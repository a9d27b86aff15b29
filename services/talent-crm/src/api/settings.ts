import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import type { TenantSettings } from '@lethe/platform/mongo';
import { parseInput, settingsUpdateRequest } from '@lethe/platform/validation';
import type { TalentCrmServiceDefinition } from '@lethe/protos';
import { settingsSchema, toSettingsMessage, type TalentSettingsValues } from '../settings/settings';

const updateSchema = settingsUpdateRequest(settingsSchema);

export interface SettingsApiDeps {
  settings: TenantSettings<TalentSettingsValues>;
  now: () => Date;
}

/** The tenant's talent CRM settings: the ATS's fields, how long links to talents work. */
export function settingsHandlers({ settings, now }: SettingsApiDeps): HandlerTable<TalentCrmServiceDefinition, 'GetTalentSettings' | 'UpdateTalentSettings'> {
  return {
    GetTalentSettings: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      return toSettingsMessage(await settings.get(ctx.tenantId));
    }),
    UpdateTalentSettings: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(updateSchema, request);
      return toSettingsMessage(await settings.update(ctx.tenantId, valid.settings, valid.expectedVersion, ctx.actorId, now()));
    }),
  };
}
