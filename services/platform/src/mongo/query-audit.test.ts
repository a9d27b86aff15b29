import { auditQueries, withoutUniquePart, type AuditEntry } from './query-audit';
import { queryShapesOf } from './query-shapes';

const testDatabase = 'test_mx9ruhga_aedd774b';

function query(database: string, service: string | null, filter: Record<string, unknown>, origin = 'services/x/test/a.test.ts'): AuditEntry {
  return { kind: 'query', service, database, origin, ...queryShapesOf('find', { find: 'items', filter })[0] };
}

const indexOnEmail: AuditEntry = { kind: 'index', service: 'candidates', database: testDatabase, origin: 'services/x/test/a.test.ts', collection: 'items', key: [['tenantId', 1], ['email', 1]], unique: false };

describe('auditQueries', () => {
  it('matches queries with the indexes of the same service, whichever test database or process they came from', () => {
    const result = auditQueries(
      [indexOnEmail, query('test_mx9ruhgb_0000aaaa', 'candidates', { tenantId: 't', email: 'e' }), query('lethe_candidates', null, { tenantId: 't', email: 'e' }), query(testDatabase, null, { tenantId: 't', phone: 'p' }, 'services/x/test/b.test.ts')],
      [],
    );
    expect(result).toMatchObject({ shapes: 2, served: 1, notAudited: 0, unused: [] });
    expect(result.unserved).toEqual([{ service: 'candidates', collection: 'items', shape: 'find {phone:eq, tenantId:eq}', indexes: ['{tenantId:1, email:1}'], origins: ['services/x/test/b.test.ts'] }]);
  });

  it('passes a shape allow-listed with its reason and reports allow-list entries nothing matched', () => {
    const sweep = { service: 'candidates', collection: 'items', shape: 'find {phone:eq, tenantId:eq}', reason: 'a tenant-wide sweep' };
    const stale = { service: 'candidates', collection: 'items', shape: 'find {n:eq}', reason: 'gone' };
    const result = auditQueries([indexOnEmail, query(testDatabase, 'candidates', { tenantId: 't', phone: 'p' })], [sweep, stale]);
    expect(result.unserved).toEqual([]);
    expect(result.allowed.map((shape) => shape.shape)).toEqual([sweep.shape]);
    expect(result.unused).toEqual([stale]);
  });

  it('leaves out databases no service opened: the platform tests its machinery on models of its own', () => {
    const result = auditQueries([query('platform_mongo_mx9ruhga_aedd774b', null, { label: 'x' }), query('platform_mongo_mx9ruhgb_aedd774c', null, { label: 'y' })], []);
    expect(result).toMatchObject({ shapes: 0, notAudited: 1, unserved: [] });
  });

  it('reads a database or collection made unique for a test as the name it was made from', () => {
    expect(withoutUniquePart('platform_links_mx9ruhga_aedd774b')).toBe('platform_links');
    expect(withoutUniquePart('raw_candidates-mx9ruhga-aedd774b')).toBe('raw_candidates');
    expect(withoutUniquePart('candidates')).toBe('candidates');
  });
});
