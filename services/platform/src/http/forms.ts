import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { LetheError } from '../errors/errors';

/** A form posted without the cookie of the page it came from (cross-site, replayed or forged). */
export class CsrfError extends LetheError {
  readonly kind = 'permission_denied';
  constructor() {
    super('the form is not from the page that showed it; open the page again', { reason: 'CSRF_CHECK_FAILED' });
  }
}

export interface PageFormsOptions {
  /** The service's CSRF_KEY: derives the key of each page's forms, so every replica checks the forms of every other. */
  keyMaterial: Buffer;
  /** Names the key and the cookie, e.g. `consent`: the forms of one page, apart from every other's. */
  name: string;
  /** The path the cookie is sent to without `secureCookies` (a `__Host-` cookie is always the whole site's). */
  path: string;
  /** Secure cookies (the public URL is https). */
  secureCookies: boolean;
}

/** Seals values to one form's nonce: `seal('csrf', linkHash)`. */
export type Sealer = (...parts: string[]) => string;

/** Whether a seal posted back is the one expected, in constant time. */
export function sameSeal(expected: string, given: string): boolean {
  const [a, b] = [Buffer.from(expected), Buffer.from(given)];
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * The forms of public pages, double-submit: showing a form sets a random nonce in a cookie
 * (HttpOnly, SameSite=Strict) and the form carries seals, HMACs over that nonce and what the form
 * is bound to (a link's hash, a form's id, the text it shows). A POST passes only with the cookie
 * of a page this site served for the same thing, posted from this site; what the page showed
 * cannot be swapped for something else on the way back.
 */
export class PageForms {
  private readonly key: Buffer;
  private readonly cookieName: string;
  private readonly cookiePath: string;

  constructor(private readonly options: PageFormsOptions) {
    this.key = Buffer.from(hkdfSync('sha256', options.keyMaterial, Buffer.alloc(0), `lethe-${options.name}-page-forms`, 32));
    this.cookieName = options.secureCookies ? `__Host-${options.name}_csrf` : `${options.name}_csrf`;
    this.cookiePath = options.secureCookies ? '/' : options.path;
  }

  /** A page shows a form: a fresh nonce goes into its cookie, and the seals of the form are made with it. */
  shown(res: Response): Sealer {
    const nonce = randomBytes(16).toString('base64url');
    res.cookie(this.cookieName, nonce, { httpOnly: true, sameSite: 'strict', secure: this.options.secureCookies, path: this.cookiePath });
    return this.sealerOf(nonce);
  }

  /**
   * A form is posted: refused (CSRF_CHECK_FAILED) unless the request carries the cookie and `csrf`
   * is the seal of `parts` under its nonce. Returns the sealer of that nonce, for the form's other seals.
   */
  posted(req: Request, csrf: string, ...parts: string[]): Sealer {
    const nonce = cookieOf(req, this.cookieName);
    if (!nonce) throw new CsrfError();
    const seal = this.sealerOf(nonce);
    if (!sameSeal(seal('csrf', ...parts), csrf)) throw new CsrfError();
    return seal;
  }

  /** The form was answered: its cookie goes. */
  done(res: Response): void {
    res.clearCookie(this.cookieName, { path: this.cookiePath });
  }

  private sealerOf(nonce: string): Sealer {
    return (...parts) => createHmac('sha256', this.key).update(JSON.stringify([nonce, ...parts])).digest('base64url');
  }
}
