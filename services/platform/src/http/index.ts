export { listen } from './listen';
export { downloadHeaders, escapeHtml, outcomeParts, pageLanguage, pageNonce, renderPage, sendPage, showPage, type PageLanguage } from './pages';
export { rawBodyOf } from './app';
export { CsrfError, PageForms, sameSeal, type PageFormsOptions, type Sealer } from './forms';
