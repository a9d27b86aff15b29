import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { parseInput, settingsUpdateRequest } from '@lethe/platform/validation';
import { toTimestamp, type ConsentServiceDefinition, type ConsentSettings as ConsentSettingsMessage } from '@lethe/protos';
import type { CheckCache } from '../consents/check-cache';
import { settingsSchema, type ConsentSettings } from '../settings/settings';
import type { SettingsStore } from '../settings/store';

const updateSettingsSchema = settingsUpdateRequest(settingsSchema, { dataSharingPolicy: z.string() });

export function toSettingsMessage(settings: ConsentSettings): ConsentSettingsMessage {
  return { ...settings, updatedAt: settings.updatedAt ? toTimestamp(settings.updatedAt) : null, updatedBy: settings.updatedBy ?? '' };
}

export interface SettingsApiDeps {
  settings: SettingsStore;
  cache: CheckCache;
  now: () => Date;
}

/** The tenant's consent settings. */
export function settingsHandlers({ settings, cache, now }: SettingsApiDeps): HandlerTable<ConsentServiceDefinition, 'GetConsentSettings' | 'UpdateConsentSettings'> {
  return {
    GetConsentSettings: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toSettingsMessage(await settings.get(ctx.tenantId));
    }),
    UpdateConsentSettings: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(updateSettingsSchema, request);
      const updated = await settings.update(ctx.tenantId, valid.settings, valid.expectedVersion, ctx.actorId, now());
      // The policy decides whether clear-data consent is required: every cached answer of the tenant may be wrong now.
      await cache.evictTenant(ctx.tenantId);
      return toSettingsMessage(updated);
    }),
  };
}
