export { listen } from './listen';
export { downloadHeaders, escapeHtml, pageLanguage, pageNonce, renderPage, sendPage, type PageLanguage } from './pages';
export { rawBodyOf } from './app';
