import { status as GrpcStatus } from '@grpc/grpc-js';
import type { Reason } from './reasons';

/**
 * Lethe's error vocabulary. Handlers throw these; the gRPC server and the HTTP app translate them
 * through `describeError`, the one mapping to status codes, so no handler picks a code itself.
 */
export type ErrorKind =
  | 'invalid_argument'
  | 'not_found'
  | 'already_exists'
  | 'failed_precondition'
  | 'aborted'
  | 'unauthenticated'
  | 'permission_denied'
  | 'resource_exhausted'
  | 'rate_limited'
  | 'unavailable'
  | 'deadline_exceeded'
  | 'internal';

export interface FieldViolation {
  /** Dotted path of the offending field, e.g. `contact.email` or `skills[2].name`. */
  field: string;
  description: string;
  /** Machine-readable, e.g. `required`, `too_long`, `invalid_format`. */
  code: string;
}

export abstract class LetheError extends Error {
  abstract readonly kind: ErrorKind;
  /** Machine-readable reason for clients (the catalogue in reasons.ts), e.g. `SUBJECT_MARKED_FOR_DELETION`. */
  readonly reason?: Reason;
  readonly resourceType?: string;
  readonly resourceId?: string;

  constructor(message: string, details: { reason?: Reason; resourceType?: string; resourceId?: string } = {}) {
    super(message);
    this.name = new.target.name;
    Object.assign(this, details);
  }
}

export class ValidationError extends LetheError {
  readonly kind = 'invalid_argument';
  /** `reason` names a refusal a client branches on beyond the fields, e.g. `RULE_CYCLE`. */
  constructor(
    readonly violations: FieldViolation[],
    reason?: Reason,
  ) {
    super(`invalid request: ${violations.map((v) => `${v.field}: ${v.description}`).join('; ')}`, reason ? { reason } : {});
  }
}

export class NotFoundError extends LetheError {
  readonly kind = 'not_found';
  /** `SUBJECT_ERASED` tells a caller that the record existed and was erased, without telling another tenant anything. */
  constructor(resourceType: string, resourceId: string, reason: Reason = 'NOT_FOUND') {
    super(`${resourceType} ${resourceId} not found`, { reason, resourceType, resourceId });
  }
}

export class AlreadyExistsError extends LetheError {
  readonly kind = 'already_exists';
  constructor(resourceType: string, resourceId: string, reason: Reason = 'ALREADY_EXISTS') {
    super(`${resourceType} ${resourceId} already exists`, { reason, resourceType, resourceId });
  }
}

/** The request is valid but the resource is not in a state that allows it. */
export class PreconditionError extends LetheError {
  readonly kind = 'failed_precondition';
  constructor(reason: Reason, message: string, resource?: { type: string; id: string }) {
    super(message, { reason, resourceType: resource?.type, resourceId: resource?.id });
  }
}

/** A concurrent change won; the caller may retry. */
export class ConflictError extends LetheError {
  readonly kind = 'aborted';
  constructor(message: string, reason: Reason = 'CONCURRENT_MODIFICATION') {
    super(message, { reason });
  }
}

export class UnauthenticatedError extends LetheError {
  readonly kind = 'unauthenticated';
  constructor(message = 'a valid token is required') {
    super(message, { reason: 'UNAUTHENTICATED' });
  }
}

export class PermissionDeniedError extends LetheError {
  readonly kind = 'permission_denied';
  constructor(readonly right: string) {
    super(`the right "${right}" is required`, { reason: 'MISSING_RIGHT' });
  }
}

export class TooLargeError extends LetheError {
  readonly kind = 'resource_exhausted';
  constructor(message: string) {
    super(message, { reason: 'TOO_LARGE' });
  }
}

/** Too many requests of a kind from the tenant or the client (RateLimiter); the caller may retry after `retryAfterSeconds`. */
export class RateLimitedError extends LetheError {
  readonly kind = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many requests; retry in ${retryAfterSeconds} s`, { reason: 'RATE_LIMITED' });
  }
}

export class UnavailableError extends LetheError {
  readonly kind = 'unavailable';
  constructor(message: string) {
    super(message, { reason: 'UNAVAILABLE' });
  }
}

const KINDS: Record<ErrorKind, { grpc: GrpcStatus; http: number; title: string }> = {
  invalid_argument: { grpc: GrpcStatus.INVALID_ARGUMENT, http: 400, title: 'Invalid request' },
  not_found: { grpc: GrpcStatus.NOT_FOUND, http: 404, title: 'Not found' },
  already_exists: { grpc: GrpcStatus.ALREADY_EXISTS, http: 409, title: 'Already exists' },
  failed_precondition: { grpc: GrpcStatus.FAILED_PRECONDITION, http: 409, title: 'Precondition failed' },
  aborted: { grpc: GrpcStatus.ABORTED, http: 409, title: 'Conflict' },
  unauthenticated: { grpc: GrpcStatus.UNAUTHENTICATED, http: 401, title: 'Unauthenticated' },
  permission_denied: { grpc: GrpcStatus.PERMISSION_DENIED, http: 403, title: 'Forbidden' },
  resource_exhausted: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, http: 413, title: 'Too large' },
  rate_limited: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, http: 429, title: 'Too many requests' },
  unavailable: { grpc: GrpcStatus.UNAVAILABLE, http: 503, title: 'Unavailable' },
  deadline_exceeded: { grpc: GrpcStatus.DEADLINE_EXCEEDED, http: 504, title: 'Timeout' },
  internal: { grpc: GrpcStatus.INTERNAL, http: 500, title: 'Internal error' },
};

export interface DescribedError {
  kind: ErrorKind;
  grpcCode: GrpcStatus;
  httpStatus: number;
  title: string;
  /** Safe to show to the caller: Lethe's own messages, never a foreign error's text. */
  message: string;
  reason?: Reason;
  resourceType?: string;
  resourceId?: string;
  violations?: FieldViolation[];
  /** When the caller may try again (HTTP Retry-After, gRPC trailer retry-after), in seconds. */
  retryAfterSeconds?: number;
  /** True when the error is not one of Lethe's own and should be logged as a fault. */
  unexpected: boolean;
}

/** The one mapping from any thrown value to gRPC and HTTP codes. */
export function describeError(err: unknown): DescribedError {
  if (err instanceof LetheError) {
    const kind = KINDS[err.kind];
    return {
      kind: err.kind,
      grpcCode: kind.grpc,
      httpStatus: kind.http,
      title: kind.title,
      message: err.message,
      reason: err.reason,
      resourceType: err.resourceType,
      resourceId: err.resourceId,
      violations: err instanceof ValidationError ? err.violations : undefined,
      retryAfterSeconds: err instanceof RateLimitedError ? err.retryAfterSeconds : undefined,
      unexpected: false,
    };
  }
  const internal = KINDS.internal;
  return { kind: 'internal', grpcCode: internal.grpc, httpStatus: internal.http, title: internal.title, message: 'internal error', unexpected: true };
}
