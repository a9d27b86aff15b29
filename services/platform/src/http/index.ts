export { listen } from './listen';
export {
  brandColourOf,
  controllerFooter,
  downloadHeaders,
  escapeHtml,
  outcomeParts,
  pageFrame,
  pageLanguage,
  pageNonce,
  renderPage,
  sendPage,
  showPage,
  type PageAddress,
  type PageFrame,
  type PageLanguage,
} from './pages';
export { rawBodyOf } from './app';
export { CsrfError, PageForms, sameSeal, type PageFormsOptions, type Sealer } from './forms';
export { rateLimitedPages } from './rate-limit';
