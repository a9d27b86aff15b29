import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { parseInput } from '@lethe/platform/validation';
import { settingsSchema, toSettingsMessage } from '../settings/store';
import type { ApiDeps, candidatesDefinition } from './index';

export function settingsHandlers({ settings, now }: ApiDeps): HandlerTable<typeof candidatesDefinition, 'GetSettings' | 'UpdateSettings'> {
  return {
    GetSettings: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toSettingsMessage(await settings.get(ctx.tenantId));
    }),
    UpdateSettings: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(z.object({ settings: settingsSchema.nullable().refine((value) => value !== null, 'is required') }), request);
      return toSettingsMessage(await settings.update(ctx.tenantId, valid.settings!, ctx.actorId, now()));
    }),
  };
}
