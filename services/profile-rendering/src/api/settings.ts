import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import type { TenantSettings } from '@lethe/platform/mongo';
import { fields, parseInput } from '@lethe/platform/validation';
import type { ProfileRenderingServiceDefinition } from '@lethe/protos';
import { settingsSchema, toSettingsMessage, type ProfileSettingsValues } from '../settings/settings';

const updateSchema = z.object({
  // updatedBy is the answer's (the schema below drops it), capped like every field of a request.
  settings: z
    .object({ primaryColor: z.string(), updatedBy: fields.text(128) })
    .passthrough()
    .nullable()
    .refine((value) => value !== null, 'is required')
    .pipe(settingsSchema),
  expectedVersion: z.number().int().min(0),
});

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
