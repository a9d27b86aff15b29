export { listen } from './listen';
export { escapeHtml, pageLanguage, pageNonce, renderPage, sendPage, type PageLanguage } from './pages';
export { rawBodyOf } from './app';
