export * from './loader';
export * from './codec';
export * from './timestamp';
export * from './topics';
export type { ProtoGrpcType as SessionProto } from './generated/session';
export * from './generated';
