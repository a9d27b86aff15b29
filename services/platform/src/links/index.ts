export {
  LinkTokens,
  linkTokenHash,
  type ExpectedBinding,
  type IssueLink,
  type IssuedLink,
  type LinkBinding,
  type LinkCheck,
  type LinkPurpose,
  type LinkRefusal,
} from './link-tokens';
