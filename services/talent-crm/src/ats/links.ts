import { Schema, type Connection, type Model } from 'mongoose';
import type { BlindIndex } from '@lethe/platform/crypto';
import { defineTenantModel, isDuplicateKey, TenantRepository, type Stored } from '@lethe/platform/mongo';
import { outboxPlugin, withOutbox, withOutboxDoc, type OutboxEntry } from '@lethe/platform/outbox';

/**
 * Which talent an ATS candidate is, by a keyed hash of the tenant and the ATS's id (no personal
 * data: without the blind-index key it names no one). It outlives the person's erasure as their
 * tombstone on the ATS's side, so a late or replayed event about them finds them erased instead
 * of making them anew. It also carries, through its outbox, what the ATS is told about the person
 * after the talent itself is gone.
 */
export interface AtsLinkDoc {
  _id: string;
  tenantId: string;
  /** Named when the link is claimed, before the talent is made (see AtsSync). */
  talentId: string;
  /** The ATS deleted the candidate at this version. */
  deletedVersion?: number;
  /** Lethe erased (deleted or anonymised) the person. */
  erasedAt?: Date;
  createdAt: Date;
}

const schema = new Schema<AtsLinkDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    talentId: { type: String, required: true },
    deletedVersion: Number,
    erasedAt: Date,
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.plugin(outboxPlugin);

export class AtsLinks {
  readonly model: Model<AtsLinkDoc>;
  private readonly repository: TenantRepository<AtsLinkDoc>;

  constructor(
    connection: Connection,
    private readonly blindIndex: BlindIndex,
  ) {
    this.model = defineTenantModel(connection, 'AtsLink', schema, 'ats_links');
    this.repository = new TenantRepository(this.model, { resourceType: 'ats link' });
  }

  /** The link's id: a keyed hash of the tenant and the ATS's candidate id. */
  idOf(tenantId: string, atsCandidateId: string): string {
    const id = this.blindIndex.compute(tenantId, 'ats-candidate-id', atsCandidateId);
    if (!id) throw new TypeError('an ATS candidate id is needed');
    return id;
  }

  get(tenantId: string, linkId: string): Promise<Stored<AtsLinkDoc> | null> {
    return this.repository.findById(tenantId, linkId, { outbox: 0 });
  }

  /**
   * Claims links for candidates new to the CRM, naming the talents about to be made for them, in
   * one write; resolves with the links that existed already (their candidates are known).
   */
  async claim(tenantId: string, claims: readonly { linkId: string; talentId: string }[], now: Date): Promise<Set<string>> {
    const refused = await this.repository.insertNew(
      tenantId,
      claims.map(({ linkId, talentId }) => ({ _id: linkId, talentId, createdAt: now })),
    );
    return new Set([...refused].map((index) => claims[index].linkId));
  }

  /** Records the ATS's deletion at `version`, with the event that has retention erase the person, in one write. */
  async markSourceDeleted(tenantId: string, linkId: string, version: number, event: OutboxEntry): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: linkId }, withOutbox({ $set: { deletedVersion: version } }, [event]));
  }

  /**
   * Records that Lethe erased the person, with the event that tells the ATS, in one write; the
   * link is made if the talent never got one. 0 when it was recorded before (a replayed erasure).
   */
  async markErased(tenantId: string, linkId: string, talentId: string, now: Date, event: OutboxEntry): Promise<number> {
    const link = await this.get(tenantId, linkId);
    if (link?.erasedAt) return 0;
    if (link) {
      await this.repository.updateOne(tenantId, { _id: linkId }, withOutbox({ $set: { talentId, erasedAt: now } }, [event]));
      return 1;
    }
    try {
      await this.repository.insert(tenantId, withOutboxDoc({ _id: linkId, talentId, erasedAt: now, createdAt: now }, [event]));
      return 1;
    } catch (err) {
      if (isDuplicateKey(err)) return this.markErased(tenantId, linkId, talentId, now, event);
      throw err;
    }
  }
}
