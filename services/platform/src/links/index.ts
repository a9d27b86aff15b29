export { LinkTokens, linkTokenHash, type IssuedLink, type LinkBinding, type LinkPurpose, type LinkRefusal } from './link-tokens';
