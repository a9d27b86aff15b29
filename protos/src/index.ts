export * from './loader';
export * from './codec';
export * from './timestamp';
export * from './topics';
export type { ProtoGrpcType as SessionProto } from './generated/session';
export type { ProtoGrpcType as CandidatesProto } from './generated/candidates_service';
export type { ProtoGrpcType as RetentionProto } from './generated/retention_service';
export type { ProtoGrpcType as ConsentProto } from './generated/consent_service';
export * from './generated';
