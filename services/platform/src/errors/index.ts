export { AlreadyExistsError, ConflictError, LetheError, NotFoundError, PreconditionError, ValidationError, type FieldViolation } from './errors';
export { isReason, type Reason } from './reasons';
