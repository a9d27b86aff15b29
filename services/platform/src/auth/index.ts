export { TokenSigner } from './tokens';
export { hasRight, requireRight, requireServiceRight, RIGHTS, type RequestContext } from './context';
