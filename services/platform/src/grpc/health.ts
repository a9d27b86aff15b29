import type * as grpc from '@grpc/grpc-js';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';

/**
 * The standard gRPC health service (grpc.health.v1.Health) for '' (the whole server) and every
 * served service. It starts NOT_SERVING; the lifecycle flips it to SERVING once the dependencies
 * are connected and back to NOT_SERVING before draining, so load balancers stop sending calls.
 */
/**
 * Health name that reports SERVING for as long as the process runs, also while dependencies are
 * away and while draining: the liveness probe asks for it, so Kubernetes restarts only a process
 * that no longer answers, never one that waits for MongoDB.
 */
export const LIVENESS_SERVICE = 'liveness';

export class ServingHealth {
  private readonly implementation: HealthImplementation;
  private readonly names: string[];
  private serving = false;
  private everServed = false;

  constructor(serviceNames: readonly string[]) {
    this.names = ['', ...new Set(serviceNames.filter(Boolean))];
    this.implementation = new HealthImplementation({
      ...Object.fromEntries(this.names.map((name) => [name, 'NOT_SERVING' satisfies ServingStatus])),
      [LIVENESS_SERVICE]: 'SERVING',
    });
  }

  /** The names health is reported for ('' first). */
  get serviceNames(): readonly string[] {
    return this.names;
  }

  get isServing(): boolean {
    return this.serving;
  }

  /** Whether the service has finished starting; it stays true while draining. */
  get hasStarted(): boolean {
    return this.everServed;
  }

  setServing(): void {
    this.set(true);
  }

  setNotServing(): void {
    this.set(false);
  }

  addToServer(server: grpc.Server): void {
    this.implementation.addToServer(server);
  }

  private set(serving: boolean): void {
    this.serving = serving;
    if (serving) this.everServed = true;
    for (const name of this.names) this.implementation.setStatus(name, serving ? 'SERVING' : 'NOT_SERVING');
  }
}
