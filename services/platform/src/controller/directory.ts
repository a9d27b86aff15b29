import * as grpc from '@grpc/grpc-js';
import { loadGrpcObject, type ConsentProto, type Controller__Output } from '@lethe/protos';
import { UnavailableError } from '../errors/errors';
import { createClient, unaryCall } from '../grpc/client';
import { serviceTokenFor, type ServiceRuntime } from '../service/runtime';
import { parseInput } from '../validation';
import { controllerSchema, type Controller } from './controller';

/** Where a service learns a tenant's controller: undefined while the tenant has published none. */
export interface ControllerSource {
  controllerOf(tenantId: string): Promise<Controller | undefined>;
}

/** How long a controller is used before it is asked for again: a change shows within this time. */
export const CONTROLLER_CACHE_MS = 60_000;

/**
 * A source's answers kept in memory for a short while per tenant (the published identity changes
 * rarely and is read on every page and message).
 */
export class CachedControllers implements ControllerSource {
  private readonly entries = new Map<string, { controller: Controller; until: number }>();

  constructor(
    private readonly load: (tenantId: string) => Promise<Controller | undefined>,
    private readonly options: { now: () => Date; ttlMs?: number; maxTenants?: number },
  ) {}

  async controllerOf(tenantId: string): Promise<Controller | undefined> {
    const now = this.options.now().getTime();
    const cached = this.entries.get(tenantId);
    if (cached && cached.until > now) return cached.controller;
    const controller = await this.load(tenantId);
    // A tenant about to publish its details is not kept waiting for a cached absence.
    if (!controller) return undefined;
    if (this.entries.size >= (this.options.maxTenants ?? 10_000)) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.delete(tenantId);
    this.entries.set(tenantId, { controller, until: now + (this.options.ttlMs ?? CONTROLLER_CACHE_MS) });
    return controller;
  }
}

const ConsentService = loadGrpcObject<ConsentProto>().lethe.consent.v1.ConsentService;

/**
 * The controller of every tenant as the consent service publishes it, asked with this service's
 * own token (no right needed: it is what the tenant publishes) and cached briefly. What comes back
 * is checked like any input before it reaches a page or a message.
 */
export class ControllerDirectory implements ControllerSource {
  private readonly client: InstanceType<typeof ConsentService>;
  private readonly cache: CachedControllers;

  constructor(runtime: Pick<ServiceRuntime, 'serviceTokens' | 'name' | 'clock'>, consentAddress: string, options: { ttlMs?: number } = {}) {
    this.client = createClient(ConsentService, consentAddress);
    this.cache = new CachedControllers(
      async (tenantId) => {
        const token = await serviceTokenFor(runtime, 'consent', tenantId, []);
        let answer: Controller__Output;
        try {
          answer = await unaryCall(this.client, 'GetController', {}, { token });
        } catch (err) {
          const code = (err as grpc.ServiceError).code;
          if (code === grpc.status.NOT_FOUND) return undefined;
          if (code === grpc.status.UNAVAILABLE || code === grpc.status.DEADLINE_EXCEEDED) throw new UnavailableError('the consent service did not answer with the tenant\'s controller');
          throw err;
        }
        return parseInput(controllerSchema, answer, 'controller');
      },
      { now: () => runtime.clock.now(), ttlMs: options.ttlMs },
    );
  }

  controllerOf(tenantId: string): Promise<Controller | undefined> {
    return this.cache.controllerOf(tenantId);
  }

  close(): void {
    this.client.close();
  }
}
