import type { FilterQuery, Model } from 'mongoose';
import { newId } from '@lethe/platform/ids';
import { TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';

type Plain<D> = Omit<D, '_id' | 'tenantId' | 'createdAt' | 'createdBy'>;

/** Records without personal data (jobs, clients, client requests, job orders): created, read, listed. */
export class PlainRecords<D extends { _id: string; tenantId: string; createdAt: Date; createdBy: string }> {
  readonly repository: TenantRepository<D>;

  constructor(model: Model<D>, resourceType: string) {
    this.repository = new TenantRepository(model, { resourceType, maxPageSize: 100, defaultPageSize: 20 });
  }

  async create(tenantId: string, actorId: string, fields: Plain<D>, now: Date): Promise<D> {
    const doc = { ...fields, _id: newId(), tenantId, createdAt: now, createdBy: actorId } as D;
    await this.repository.insert(tenantId, doc);
    return doc;
  }

  /** NOT_FOUND for unknown ids and another tenant's. */
  get(tenantId: string, id: string): Promise<Stored<D>> {
    return this.repository.getById(tenantId, id);
  }

  list(tenantId: string, filter: Partial<Plain<D>>, pageSize: number, pageToken: string): Promise<Page<Stored<D>>> {
    const query = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== ''));
    return this.repository.list(tenantId, { filter: query as FilterQuery<D>, pageSize, pageToken });
  }
}
