import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import type { TenantSettings } from '@lethe/platform/mongo';
import { fields, parseInput, settingsUpdateRequest } from '@lethe/platform/validation';
import type { MessagingServiceDefinition } from '@lethe/protos';
import type { UserAddresses } from '../recipients/user-addresses';
import { changesLicences, settingsSchema, toSettingsMessage, type MessagingSettingsValues } from '../settings/settings';
import { languageSchema } from './templates';

const updateSchema = settingsUpdateRequest(settingsSchema, { smsLicensed: z.boolean() });

const addressSchema = z.object({
  address: z
    .object({
      userId: fields.id(),
      email: fields.email({ required: true, strict: true }),
      name: z.string().trim().max(100, 'must be at most 100 characters'),
      language: languageSchema,
      erasureRequestNotices: z.boolean(),
    })
    .nullable()
    .refine((value) => value !== null, 'is required')
    .transform((value) => value!),
});

export interface SettingsApiDeps {
  settings: TenantSettings<MessagingSettingsValues>;
  users: UserAddresses;
  now: () => Date;
}

/** The tenant's messaging settings (the SMS and WhatsApp licences only by the operator) and recruiters' addresses. */
export function settingsHandlers({ settings, users, now }: SettingsApiDeps): HandlerTable<MessagingServiceDefinition, 'GetMessagingSettings' | 'UpdateMessagingSettings' | 'SetUserAddress' | 'DeleteUserAddress'> {
  return {
    GetMessagingSettings: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readCandidates);
      return toSettingsMessage(await settings.get(ctx.tenantId));
    }),
    UpdateMessagingSettings: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(updateSchema, request);
      if (changesLicences(await settings.get(ctx.tenantId), valid.settings)) requireRight(ctx, RIGHTS.manageLicences);
      return toSettingsMessage(await settings.update(ctx.tenantId, valid.settings, valid.expectedVersion, ctx.actorId, now()));
    }),
    SetUserAddress: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { address } = parseInput(addressSchema, request);
      return users.set(ctx.tenantId, address);
    }),
    DeleteUserAddress: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      await users.delete(ctx.tenantId, parseInput(z.object({ userId: fields.id() }), request).userId);
      return {};
    }),
  };
}
