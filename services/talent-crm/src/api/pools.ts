import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, parseInput } from '@lethe/platform/validation';
import type { TalentCrmServiceDefinition } from '@lethe/protos';
import type { PoolStore } from '../pools/store';
import { toPoolMessage } from './convert';

const createSchema = z.object({ name: fields.required(100), description: fields.text(1_000).transform((value) => value.trim()) });

export interface PoolsApiDeps {
  pools: PoolStore;
  now: () => Date;
}

/** Pools of talents: names unique per tenant. */
export function poolHandlers({ pools, now }: PoolsApiDeps): HandlerTable<TalentCrmServiceDefinition, 'CreatePool' | 'ListPools'> {
  return {
    CreatePool: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.writeTalents);
      return toPoolMessage(await pools.create(ctx.tenantId, ctx.actorId, parseInput(createSchema, request), now()));
    }),
    ListPools: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      return { pools: (await pools.list(ctx.tenantId)).map(toPoolMessage) };
    }),
  };
}
