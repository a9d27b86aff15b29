export {
  AlreadyExistsError,
  ConflictError,
  describeError,
  LetheError,
  NotFoundError,
  PermissionDeniedError,
  PreconditionError,
  TooLargeError,
  UnauthenticatedError,
  UnavailableError,
  ValidationError,
  type DescribedError,
  type ErrorKind,
  type FieldViolation,
} from './errors';
export { isReason, REASONS, type Reason } from './reasons';
