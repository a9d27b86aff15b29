export { AlreadyExistsError, ConflictError, LetheError, NotFoundError, PreconditionError, ValidationError, type FieldViolation } from './errors';
export { type Reason } from './reasons';
