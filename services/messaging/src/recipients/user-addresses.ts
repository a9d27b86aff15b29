import { Schema, type Connection } from 'mongoose';
import type { SubjectCipher } from '@lethe/platform/crypto';
import { defineTenantModel, TenantRepository } from '@lethe/platform/mongo';
import type { Language } from '../templates/catalogue';

export interface UserAddress {
  userId: string;
  email: string;
  name: string;
  language: Language;
  /** Told when a candidate asks to be forgotten or withdraws that. */
  erasureRequestNotices: boolean;
}

interface UserAddressDoc {
  _id: string;
  tenantId: string;
  userId: string;
  /** Ciphertexts under the user's own key. */
  email: string;
  name: string;
  language: Language;
  erasureRequestNotices: boolean;
}

const schema = new Schema<UserAddressDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    userId: { type: String, required: true },
    email: { type: String, required: true },
    name: { type: String, default: '' },
    language: { type: String, required: true },
    erasureRequestNotices: { type: Boolean, default: false },
  },
  { versionKey: false },
);
schema.index({ tenantId: 1, erasureRequestNotices: 1 });

const idOf = (tenantId: string, userId: string) => `${tenantId}:${userId}`;

/** Where the tenant's recruiters receive notices (owners' digests, reminders), encrypted per recruiter. */
export class UserAddresses {
  private readonly repository: TenantRepository<UserAddressDoc>;

  constructor(
    connection: Connection,
    private readonly cipher: SubjectCipher,
  ) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'UserAddress', schema, 'user_addresses'), { resourceType: 'user address' });
  }

  async get(tenantId: string, userId: string): Promise<UserAddress | null> {
    const doc = await this.repository.findById(tenantId, idOf(tenantId, userId));
    if (!doc) return null;
    const opened = await this.cipher.decryptFields(tenantId, userId, { email: doc.email, name: doc.name }, ['email', 'name']);
    return { userId, email: String(opened.email), name: String(opened.name ?? ''), language: doc.language, erasureRequestNotices: doc.erasureRequestNotices ?? false };
  }

  /** The recruiters who asked to be told of erasure requests. */
  async erasureRequestWatchers(tenantId: string): Promise<{ userId: string; language: Language }[]> {
    const docs = await this.repository.find(tenantId, { erasureRequestNotices: true }, { projection: { userId: 1, language: 1 }, limit: 1_000 });
    return docs.map((doc) => ({ userId: doc.userId, language: doc.language }));
  }

  async set(tenantId: string, address: UserAddress): Promise<UserAddress> {
    const sealed = await this.cipher.encryptFields(tenantId, address.userId, { email: address.email, name: address.name }, ['email', 'name']);
    await this.repository.updateOne(
      tenantId,
      { _id: idOf(tenantId, address.userId) },
      { $set: { userId: address.userId, email: sealed.email, name: sealed.name, language: address.language, erasureRequestNotices: address.erasureRequestNotices } },
      { upsert: true },
    );
    return address;
  }

  /** Removes the address and the recruiter's key. */
  async delete(tenantId: string, userId: string): Promise<number> {
    const removed = await this.repository.deleteMany(tenantId, { _id: idOf(tenantId, userId) });
    await this.cipher.shred(tenantId, userId);
    return removed;
  }
}
