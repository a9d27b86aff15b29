import { Schema, type Connection } from 'mongoose';
import { AlreadyExistsError, ValidationError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { defineTenantModel, isDuplicateKey, TenantRepository, type Stored } from '@lethe/platform/mongo';

/** A pool of talents, e.g. SuccessFactors_2ndBestCandidates. No personal data. */
export interface Pool {
  id: string;
  tenantId: string;
  name: string;
  description: string;
  createdAt: Date;
  createdBy: string;
}

interface PoolDoc extends Omit<Pool, 'id'> {
  _id: string;
  /** The name as it must be unique in the tenant: case and spacing do not make another pool. */
  nameKey: string;
}

const schema = new Schema<PoolDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    description: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
  },
  { versionKey: false },
);
schema.index({ tenantId: 1, nameKey: 1 }, { unique: true });

/** How many pools a tenant may have: every list of them is read whole. */
export const MAX_POOLS_PER_TENANT = 500;

export function poolNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

export class PoolStore {
  private readonly repository: TenantRepository<PoolDoc>;

  constructor(connection: Connection) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'TalentPool', schema, 'pools'), { resourceType: 'pool' });
  }

  /** A new pool; ALREADY_EXISTS (POOL_NAME_TAKEN) when the tenant has one of that name. */
  async create(tenantId: string, actorId: string, input: { name: string; description: string }, now: Date): Promise<Pool> {
    if ((await this.repository.count(tenantId)) >= MAX_POOLS_PER_TENANT) {
      throw new ValidationError([{ field: 'name', code: 'too_many', description: `a tenant has at most ${MAX_POOLS_PER_TENANT} pools` }]);
    }
    const doc: PoolDoc = { _id: newId(now), tenantId, name: input.name, nameKey: poolNameKey(input.name), description: input.description, createdAt: now, createdBy: actorId };
    try {
      await this.repository.insert(tenantId, doc);
    } catch (err) {
      if (isDuplicateKey(err)) throw new AlreadyExistsError('pool', input.name, 'POOL_NAME_TAKEN');
      throw err;
    }
    return toPool(doc);
  }

  /** The tenant's pools by name. */
  async list(tenantId: string): Promise<Pool[]> {
    const docs = await this.repository.find(tenantId, {}, { limit: MAX_POOLS_PER_TENANT });
    return docs.map(toPool).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Of `ids`, those that are not pools of the tenant. */
  async unknown(tenantId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = new Set((await this.repository.find(tenantId, { _id: { $in: [...ids] } }, { projection: { _id: 1 } })).map((doc) => doc._id));
    return ids.filter((id) => !found.has(id));
  }

  /**
   * INVALID_ARGUMENT naming each id (at `field[i]`) that is not a pool of the tenant.
   */
  async requireKnown(tenantId: string, ids: readonly string[], field = 'poolIds'): Promise<void> {
    const unknown = new Set(await this.unknown(tenantId, ids));
    if (unknown.size === 0) return;
    throw new ValidationError(ids.flatMap((id, index) => (unknown.has(id) ? [{ field: `${field}[${index}]`, code: 'unknown_pool', description: 'is not a pool of this tenant' }] : [])));
  }
}

function toPool(doc: Stored<PoolDoc> | PoolDoc): Pool {
  return { id: doc._id, tenantId: doc.tenantId, name: doc.name, description: doc.description, createdAt: doc.createdAt, createdBy: doc.createdBy };
}
