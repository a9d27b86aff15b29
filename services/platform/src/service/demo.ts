/**
 * What a service's demo-data module (`src/demo.ts`, exporting `seedDemoData(context)`) receives
 * from `pnpm start`. Seeding runs on every start, so it must add nothing the second time.
 */
export interface DemoContext {
  tenantId: string;
  grpcAddress: string;
  httpUrl: string;
  /** A token of the demo tenant's administrator with the given rights. */
  token(rights: readonly string[]): Promise<string>;
  log(line: string): void;
  /** Another service of the stack, for demo data that joins what several hold (a profile of a demo candidate for a demo client). */
  peer(service: string): DemoPeer;
}

export interface DemoPeer {
  grpcAddress: string;
  httpUrl: string;
  /** A token of the demo tenant's administrator for that service, with the given rights. */
  token(rights: readonly string[]): Promise<string>;
}
