import type { Express, RequestHandler } from 'express';
import type { RateLimiter } from '../redis/rate-limit';

/**
 * A service's public pages behind the `pages` rate limit: every request under `paths` counts
 * against the client's address (`req.ip`, behind the trusted proxies) before anything is looked up,
 * and is refused with 429 and Retry-After over the limit.
 */
export function rateLimitedPages(limiter: RateLimiter, paths: readonly string[], routes: (app: Express) => void): (app: Express) => void {
  const limit: RequestHandler = (req, _res, next) => {
    limiter.take('pages', { client: req.ip }).then(() => next(), next);
  };
  return (app) => {
    app.use([...paths], limit);
    routes(app);
  };
}
