export { TokenSigner } from './tokens';
export { hasRight, requireRight, RIGHTS, type RequestContext } from './context';
