import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import type { TenantSettings } from '@lethe/platform/mongo';
import { parseInput, settingsUpdateRequest } from '@lethe/platform/validation';
import type { ProfileRenderingServiceDefinition } from '@lethe/protos';
import { settingsSchema, toSettingsMessage, type ProfileSettingsValues } from '../settings/settings';

const updateSchema = settingsUpdateRequest(settingsSchema, { primaryColor: z.string() });

export interface SettingsApiDeps {
  settings: TenantSettings<ProfileSettingsValues>;
  now: () => Date;
}

export function settingsHandlers({ settings, now }: SettingsApiDeps): HandlerTable<ProfileRenderingServiceDefinition, 'GetProfileSettings' | 'UpdateProfileSettings'> {
  return {
    GetProfileSettings: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toSettingsMessage(await settings.get(ctx.tenantId));
    }),
    UpdateProfileSettings: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(updateSchema, request);
      return toSettingsMessage(await settings.update(ctx.tenantId, valid.settings, valid.expectedVersion, ctx.actorId, now()));
    }),
  };
}
