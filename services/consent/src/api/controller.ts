import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { controllerSchema, toControllerFields } from '@lethe/platform/controller';
import { NotFoundError } from '@lethe/platform/errors';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type ConsentServiceDefinition, type Controller as ControllerMessage } from '@lethe/protos';
import type { ControllerStore, StoredController } from '../controller/store';

const updateControllerSchema = z.object({
  // updatedBy is the answer's (the schema below drops it), capped like every field of a request.
  controller: z
    .object({ updatedBy: fields.text(128).optional() }, { required_error: 'is required', invalid_type_error: 'is required' })
    .passthrough()
    .pipe(controllerSchema),
  expectedVersion: z.number().int().min(0),
});

function toControllerMessage(stored: StoredController): ControllerMessage {
  return { ...toControllerFields(stored), version: stored.version, updatedAt: stored.updatedAt ? toTimestamp(stored.updatedAt) : null, updatedBy: stored.updatedBy ?? '' };
}

export interface ControllerApiDeps {
  controllers: ControllerStore;
  now: () => Date;
}

/** The tenant's controller identity: read by any caller of the tenant (it is what the tenant publishes), changed with settings:manage. */
export function controllerHandlers({ controllers, now }: ControllerApiDeps): HandlerTable<ConsentServiceDefinition, 'GetController' | 'UpdateController'> {
  return {
    GetController: unary(async (_request, ctx) => {
      const stored = await controllers.get(ctx.tenantId);
      if (!stored) throw new NotFoundError('controller', ctx.tenantId, 'CONTROLLER_NOT_SET');
      return toControllerMessage(stored);
    }),
    UpdateController: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const valid = parseInput(updateControllerSchema, request);
      return toControllerMessage(await controllers.update(ctx.tenantId, valid.controller, valid.expectedVersion, ctx.actorId, now()));
    }),
  };
}
