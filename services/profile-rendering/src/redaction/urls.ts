import { KNOWN_TLDS } from './email';
import { lower, type CandidateIdentity } from './identifiers';
import { isPunct, isWordLike, type Span, type Token } from './text';

/** Sites whose pages are people's profiles, with the paths that are one (any non-empty path when none is given). */
const PROFILE_SITES: Record<string, string[] | undefined> = {
  'linkedin.com': ['/in/', '/pub/', '/profile/'],
  'xing.com': ['/profile/', '/profiles/'],
  'xing.de': ['/profile/', '/profiles/'],
  'stackoverflow.com': ['/users/'],
  'youtube.com': ['/@', '/c/', '/channel/', '/user/'],
  'github.com': undefined,
  'gitlab.com': undefined,
  'bitbucket.org': undefined,
  'twitter.com': undefined,
  'x.com': undefined,
  'instagram.com': undefined,
  'facebook.com': undefined,
  'fb.com': undefined,
  'tiktok.com': undefined,
  'threads.net': undefined,
  'medium.com': undefined,
  'dev.to': undefined,
  'behance.net': undefined,
  'dribbble.com': undefined,
  'kaggle.com': undefined,
  'researchgate.net': undefined,
  'orcid.org': undefined,
  'about.me': undefined,
  't.me': undefined,
  'mastodon.social': undefined,
  'bsky.app': undefined,
};
/** Hosts where the subdomain is a person's own page ("annam.github.io"). */
const PERSONAL_SUBDOMAINS = ['github.io', 'gitlab.io', 'medium.com', 'substack.com', 'wordpress.com', 'blogspot.com', 'netlify.app', 'vercel.app', 'carrd.co', 'about.me'];

const OPENERS = '([{<"\'\u201e\u201c\u201a\u2018\u00ab\u00bb';
const CLOSERS = ')]}>"\'\u201c\u201d\u2019\u00bb\u00ab.,;:!?';

export interface ProfileData {
  /** The candidate's profile URLs without scheme, "www." or trailing slash, in lower case. */
  urls: string[];
  /** The candidate's user names on profile sites and the mailbox of the email address. */
  handles: Set<string>;
}

/** Without trailing "/", "?" and "#" (trimmed by hand: a pattern anchored at the end would be quadratic on a run of slashes). */
function trimEnd(url: string): string {
  let end = url.length;
  while (end > 0 && '/?#'.includes(url[end - 1])) end--;
  return url.slice(0, end);
}

const stripUrl = (url: string): string =>
  trimEnd(
    lower(url.trim())
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .replace(/^www\./, ''),
  );

const siteOf = (host: string): string | undefined => {
  const labels = host.split('.');
  for (let i = Math.max(0, labels.length - 3); i < labels.length - 1; i++) {
    const site = labels.slice(i).join('.');
    if (site in PROFILE_SITES) return site;
  }
  return undefined;
};

/** A user name looks personal when it is more than a plain word: it has digits, dots, underscores or hyphens. */
const isDistinctive = (handle: string): boolean => handle.length >= 3 && /[\d._-]/.test(handle);

export function profileData(identity: CandidateIdentity, isName: (word: string) => boolean): ProfileData {
  const urls = identity.profileUrls.map(stripUrl).filter((url) => url.includes('.'));
  const handles = new Set<string>();
  for (const url of urls) {
    const [host, ...segments] = url.split('/');
    const last = segments.filter(Boolean).pop()?.replace(/^@/, '');
    if (last && siteOf(host) && (isDistinctive(last) || isName(last))) handles.add(last);
  }
  const mailbox = identity.email?.split('@')[0];
  if (mailbox && (isDistinctive(mailbox) || isName(mailbox))) handles.add(lower(mailbox));
  return { urls, handles };
}

/** Whether a URL (without scheme and "www.") shows the candidate: a profile page, a personal site, or a name in it. */
function isPersonal(host: string, path: string, profile: ProfileData, isName: (word: string) => boolean): boolean {
  const url = trimEnd(`${host}${path}`);
  if (profile.urls.some((own) => url === own || url.startsWith(`${own}/`) || url.startsWith(`${own}?`))) return true;
  const site = siteOf(host);
  if (site) {
    const paths = PROFILE_SITES[site];
    if (paths ? paths.some((prefix) => path.startsWith(prefix) && path.length > prefix.length) : /[\p{L}\p{N}]/u.test(path)) return true;
  }
  if (PERSONAL_SUBDOMAINS.some((suffix) => host.endsWith(`.${suffix}`))) return true;
  for (const segment of url.split(/[/?#&=.:]+/)) {
    if (profile.handles.has(segment.replace(/^@/, ''))) return true;
    for (const piece of segment.split(/[^\p{L}]+/u)) if (piece && isName(piece)) return true;
  }
  return false;
}

/** Where a URL starts inside a chunk without spaces ("Profil:https://...", "(www.example.de)"), and whether it has a scheme. */
function urlStart(chunk: string): { at: number; scheme: boolean } {
  const schemeAt = chunk.indexOf('://');
  if (schemeAt > 0) {
    let at = schemeAt;
    while (at > 0 && /[a-zA-Z]/.test(chunk[at - 1])) at--;
    if (at < schemeAt) return { at, scheme: true };
  }
  let at = 0;
  while (at < chunk.length && OPENERS.includes(chunk[at])) at++;
  const colon = chunk.lastIndexOf(':', chunk.indexOf('/') === -1 ? chunk.length : chunk.indexOf('/'));
  if (colon >= at) at = colon + 1;
  return { at, scheme: false };
}

/**
 * Links to the candidate: their own profile URLs (with or without scheme and "www."), any profile
 * on LinkedIn, XING, GitHub, Twitter/X and similar sites, personal pages, and any URL or bare
 * domain with the candidate's name or user name in it. Other links (employers, projects) stay.
 */
export function findUrls(text: string, profile: ProfileData, isName: (word: string) => boolean): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const chunkStart = i;
    while (i < text.length && !/\s/.test(text[i])) i++;
    let chunkEnd = i;
    while (chunkEnd > chunkStart && CLOSERS.includes(text[chunkEnd - 1])) chunkEnd--;
    const chunk = text.slice(chunkStart, chunkEnd);
    if (!chunk.includes('.')) continue;
    const { at, scheme } = urlStart(chunk);
    const rest = lower(chunk.slice(at)).replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    const www = rest.startsWith('www.');
    const hostEnd = rest.search(/[/?#]|$/);
    const host = rest.slice(0, hostEnd).replace(/:\d+$/, '');
    if (host.includes('@') && !scheme) continue;
    const labels = host.replace(/^www\./, '').split('.');
    if (labels.length < 2 || !labels.every((part) => /^[\p{L}\p{N}-]+$/u.test(part))) continue;
    const tld = labels[labels.length - 1];
    if (!(scheme || www ? /^\p{L}{2,}$/u.test(tld) : KNOWN_TLDS.has(tld))) continue;
    if (isPersonal(labels.join('.'), rest.slice(hostEnd), profile, isName)) spans.push({ start: chunkStart + at, end: chunkEnd });
  }
  return spans;
}

/** The candidate's user names and mailbox anywhere as a whole token ("Skype: anna.mueller88"). */
export function findCandidateHandles(tokens: readonly Token[], handles: Set<string>): Span[] {
  if (handles.size === 0) return [];
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isWordLike(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (isWordLike(tokens[j + 1]) || (['.', '_', '-'].some((ch) => isPunct(tokens, j + 1, ch)) && isWordLike(tokens[j + 2]))) j++;
    let text = '';
    for (let k = i; k <= j && text.length <= 64; k++) text += tokens[k].text;
    if (handles.has(lower(text))) spans.push({ start: tokens[i].start, end: tokens[j].end });
    i = j + 1;
  }
  return spans;
}
