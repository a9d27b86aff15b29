export { AlreadyExistsError, ConflictError, LetheError, NotFoundError, PreconditionError, ValidationError } from './errors';
export { type Reason } from './reasons';
