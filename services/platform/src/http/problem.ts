import type { Response } from 'express';
import { describeError, TooLargeError, ValidationError, type DescribedError, type FieldViolation } from '../errors/errors';

/** An RFC 9457 problem details body. */
export interface ProblemDetails {
  /** `urn:lethe:problem:<kind>`, e.g. `urn:lethe:problem:invalid_argument`. */
  type: string;
  title: string;
  status: number;
  /** Safe to show: Lethe's own message, 'internal error' for anything unexpected. */
  detail: string;
  violations?: FieldViolation[];
  reason?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

interface HttpErrorLike {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  type?: unknown;
  limit?: unknown;
}

/**
 * Errors raised by express and its body parsers (http-errors with `status` and `expose`) become
 * Lethe errors, so the one mapping, describeError, decides the response for them too.
 */
function fromHttpError(err: unknown): unknown {
  if (typeof err !== 'object' || err === null) return err;
  const { status, statusCode, expose, type, limit } = err as HttpErrorLike;
  const code = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
  if (code === undefined || code < 400 || code >= 500 || expose !== true) return err;
  if (type === 'entity.too.large' || code === 413) {
    return new TooLargeError(typeof limit === 'number' ? `the request body is larger than the limit of ${limit} bytes` : 'the request is too large');
  }
  if (type === 'entity.parse.failed') return new ValidationError([{ field: '(body)', description: 'is not valid JSON', code: 'invalid_json' }]);
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new ValidationError([{ field: '(body)', description: 'has an unsupported charset or content encoding', code: 'unsupported_encoding' }]);
  }
  return new ValidationError([{ field: '(request)', description: 'is malformed', code: 'malformed' }]);
}

/** describeError for anything an express app can throw. */
export function describeHttpError(err: unknown): DescribedError {
  return describeError(fromHttpError(err));
}

export function problemFromDescribed(described: DescribedError): ProblemDetails {
  const problem: ProblemDetails = {
    type: `urn:lethe:problem:${described.kind}`,
    title: described.title,
    status: described.httpStatus,
    detail: described.message,
  };
  if (described.violations?.length) problem.violations = described.violations.map(({ field, description, code }) => ({ field, description, code }));
  if (described.reason) problem.reason = described.reason;
  return problem;
}

/** The problem+json body for any thrown value. */
export function problemFromError(err: unknown): ProblemDetails {
  return problemFromDescribed(describeHttpError(err));
}

export function sendProblem(res: Response, problem: ProblemDetails, retryAfterSeconds?: number): void {
  if (retryAfterSeconds !== undefined) res.set('retry-after', String(retryAfterSeconds));
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
