import { downloadRefusal, exportRestartsClock, exportStateAt, failureText, packageExpiry, runLimitMs } from './rules';

const at = (iso: string) => new Date(iso);

describe('the state of an export', () => {
  const requestedAt = at('2026-05-01T10:00:00Z');
  const limit = runLimitMs(60_000);

  it('is ready until its package expires, then expired', () => {
    const expiresAt = packageExpiry(requestedAt, 7);
    expect(expiresAt).toEqual(at('2026-05-08T10:00:00Z'));
    expect(exportStateAt({ state: 'ready', requestedAt, expiresAt }, at('2026-05-08T09:59:59Z'), limit)).toBe('ready');
    expect(exportStateAt({ state: 'ready', requestedAt, expiresAt }, expiresAt, limit)).toBe('expired');
  });

  it('runs until every service answered or its run outlived the deadlines, then reads as failed (interrupted)', () => {
    expect(limit).toBe(180_000);
    expect(exportStateAt({ state: 'running', requestedAt }, new Date(requestedAt.getTime() + limit - 1), limit)).toBe('running');
    expect(exportStateAt({ state: 'running', requestedAt }, new Date(requestedAt.getTime() + limit), limit)).toBe('failed');
  });

  it('stays failed or expired', () => {
    expect(exportStateAt({ state: 'failed', requestedAt }, at('2030-01-01T00:00:00Z'), limit)).toBe('failed');
    expect(exportStateAt({ state: 'expired', requestedAt }, requestedAt, limit)).toBe('expired');
  });
});

describe('a download', () => {
  it('is only of a ready package', () => {
    expect(downloadRefusal('ready')).toBeUndefined();
    expect(downloadRefusal('running')).toBe('EXPORT_NOT_READY');
    expect(downloadRefusal('failed')).toBe('EXPORT_NOT_READY');
    expect(downloadRefusal('expired')).toBe('EXPORT_EXPIRED');
  });
});

describe('the retention clock', () => {
  it('restarts with a recruiter’s export, not with the candidate’s own', () => {
    expect(exportRestartsClock('recruiter')).toBe(true);
    expect(exportRestartsClock('candidate')).toBe(false);
  });
});

describe('a failure’s reason', () => {
  it('is one bounded line', () => {
    expect(failureText('UNAVAILABLE:\n  no connection ')).toBe('UNAVAILABLE: no connection');
    expect(failureText('x'.repeat(2000))).toHaveLength(500);
  });
});
