export { AlreadyExistsError, ConflictError, LetheError, NotFoundError, PreconditionError, UnavailableError, ValidationError, type FieldViolation } from './errors';
export { isReason, type Reason } from './reasons';
