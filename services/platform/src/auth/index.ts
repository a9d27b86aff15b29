export { parseServiceCallers, serviceAudience, TokenSigner, type ServiceCallers } from './tokens';
export { serviceKeyId } from './keys';
export { hasRight, requireRight, requireServiceRight, RIGHTS, type RequestContext } from './context';
