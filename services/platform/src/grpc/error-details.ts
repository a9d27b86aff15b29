import { Metadata, status as GrpcStatus, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { decodeMessage, encodeMessage } from '@lethe/protos';
import type { DescribedError, FieldViolation } from '../errors/errors';

/** The trailer that carries an encoded `google.rpc.Status` (the gRPC rich-error model). */
export const STATUS_DETAILS_TRAILER = 'grpc-status-details-bin';

/** The trailer of a rate-limited call: the seconds after which the caller may try again. */
export const RETRY_AFTER_TRAILER = 'retry-after';

const TYPE_URL_PREFIX = 'type.googleapis.com/';
const BAD_REQUEST = 'lethe.common.v1.BadRequest';
const ERROR_INFO = 'lethe.common.v1.ErrorInfo';

interface AnyMessage {
  type_url: string;
  value: Buffer;
}

/** Encodes a described error as `google.rpc.Status` with BadRequest / ErrorInfo details. */
export function encodeStatusDetails(described: DescribedError): Buffer {
  const details: AnyMessage[] = [];
  if (described.violations?.length) {
    details.push({
      type_url: TYPE_URL_PREFIX + BAD_REQUEST,
      value: encodeMessage(BAD_REQUEST, { fieldViolations: described.violations.map(({ field, description, code }) => ({ field, description, code })) }),
    });
  }
  if (described.reason || described.resourceType || described.resourceId) {
    details.push({
      type_url: TYPE_URL_PREFIX + ERROR_INFO,
      value: encodeMessage(ERROR_INFO, {
        reason: described.reason ?? '',
        resourceType: described.resourceType ?? '',
        resourceId: described.resourceId ?? '',
      }),
    });
  }
  return encodeMessage('google.rpc.Status', { code: described.grpcCode, message: described.message, details });
}

/** The status a server sends for a described error: code, safe message and the details trailer. */
export function statusForError(described: DescribedError): Partial<StatusObject> & { code: GrpcStatus; details: string; metadata: Metadata } {
  const metadata = new Metadata();
  metadata.set(STATUS_DETAILS_TRAILER, encodeStatusDetails(described));
  if (described.retryAfterSeconds !== undefined) metadata.set(RETRY_AFTER_TRAILER, String(described.retryAfterSeconds));
  return { code: described.grpcCode, details: described.message, metadata };
}

/** What a client can learn from a failed call. */
export interface ErrorDetails {
  code: GrpcStatus;
  message: string;
  violations: FieldViolation[];
  reason?: string;
  resourceType?: string;
  resourceId?: string;
}

interface StatusMessage {
  code: number;
  message: string;
  details: AnyMessage[];
}

/**
 * Reads the code, message, field violations and error info of a failed call (a grpc-js
 * ServiceError). Details that cannot be decoded are ignored; the code and message always remain.
 */
export function readErrorDetails(error: unknown): ErrorDetails {
  const serviceError = error as Partial<ServiceError> | null | undefined;
  const code = typeof serviceError?.code === 'number' ? (serviceError.code as GrpcStatus) : GrpcStatus.UNKNOWN;
  const result: ErrorDetails = { code, message: serviceError?.details ?? '', violations: [] };
  const trailer = serviceError?.metadata instanceof Metadata ? serviceError.metadata.get(STATUS_DETAILS_TRAILER)[0] : undefined;
  if (!Buffer.isBuffer(trailer)) return result;

  let decoded: StatusMessage;
  try {
    decoded = decodeMessage<StatusMessage>('google.rpc.Status', trailer);
  } catch {
    return result;
  }
  if (decoded.message) result.message = decoded.message;
  for (const detail of decoded.details) {
    try {
      if (detail.type_url === TYPE_URL_PREFIX + BAD_REQUEST) {
        result.violations.push(...decodeMessage<{ fieldViolations: FieldViolation[] }>(BAD_REQUEST, detail.value).fieldViolations);
      } else if (detail.type_url === TYPE_URL_PREFIX + ERROR_INFO) {
        const info = decodeMessage<{ reason: string; resourceType: string; resourceId: string }>(ERROR_INFO, detail.value);
        result.reason = info.reason || undefined;
        result.resourceType = info.resourceType || undefined;
        result.resourceId = info.resourceId || undefined;
      }
    } catch {
      // An undecodable detail is skipped; the others still count.
    }
  }
  return result;
}
