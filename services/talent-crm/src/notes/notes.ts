import type { SubjectCipher } from '@lethe/platform/crypto';
import { newId } from '@lethe/platform/ids';
import type { Page } from '@lethe/platform/mongo';
import { outboxEntry, withOutboxDoc } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { SubjectStates } from '../subjects/store';
import { TALENT_ACTIVITY_KIND } from '../talents/talent';
import type { Talents } from '../talents/talents';
import type { NoteDoc, NoteStore } from './store';

/** Longest note a recruiter writes. */
export const MAX_NOTE_CHARS = 5_000;

export interface Note {
  id: string;
  talentId: string;
  text: string;
  createdAt: Date;
  createdBy: string;
}

const TEXT_FIELD = 'note';

export interface NotesDeps {
  store: NoteStore;
  talents: Talents;
  subjects: SubjectStates;
  cipher: SubjectCipher;
  now: () => Date;
}

/** Notes about talents, encrypted under the talent's key; a note added is the talent's activity, announced with it. */
export class Notes {
  constructor(private readonly deps: NotesDeps) {}

  /** A note on an existing talent (not a reduced one, nor one marked for deletion), with its TalentActivityRecorded. */
  add(tenantId: string, actorId: string, talentId: string, text: string): Promise<Note> {
    const { store, talents, subjects, cipher, now } = this.deps;
    return talents.writeExisting(tenantId, talentId, async () => {
      await subjects.refuseIfRestricted(tenantId, talentId, ['marked-for-deletion']);
      const at = now();
      const id = newId(at);
      const added = outboxEntry(TOPICS.talentEvents, {
        type: 'lethe.talents.v1.TalentActivityRecorded',
        tenantId,
        subjectId: talentId,
        time: at,
        payload: { talentId, kind: TALENT_ACTIVITY_KIND.toProto('note-added'), occurredAt: toTimestamp(at), actorId },
      });
      const doc: NoteDoc = { _id: id, tenantId, talentId, text: await cipher.encrypt(tenantId, talentId, TEXT_FIELD, text), createdAt: at, createdBy: actorId };
      await store.insert(withOutboxDoc(doc, [added]));
      return { id, talentId, text, createdAt: at, createdBy: actorId };
    });
  }

  /** The talent's notes, newest first; NOT_FOUND for a talent the tenant does not hold. */
  async list(tenantId: string, talentId: string, pageSize: number, pageToken: string): Promise<Page<Note>> {
    await this.deps.talents.get(tenantId, talentId);
    const page = await this.deps.store.listOfTalent(tenantId, talentId, pageSize, pageToken);
    return { items: await Promise.all(page.items.map((doc) => this.open(doc))), nextPageToken: page.nextPageToken };
  }

  /** Every note's text in the clear, for an erasure that keeps the notes under a new key. */
  async textsOf(tenantId: string, talentId: string): Promise<{ id: string; text: string }[]> {
    return Promise.all((await this.deps.store.allOfTalent(tenantId, talentId)).map(async (doc) => ({ id: doc._id, text: (await this.open(doc)).text })));
  }

  /** Seals the texts again (under the talent's current key) after the key they were under was destroyed. */
  async reseal(tenantId: string, talentId: string, texts: readonly { id: string; text: string }[]): Promise<number> {
    for (const { id, text } of texts) await this.deps.store.setText(tenantId, id, text ? await this.deps.cipher.encrypt(tenantId, talentId, TEXT_FIELD, text) : '');
    return texts.length;
  }

  /** Empties every note's text; the notes stay as records (who wrote one, and when). */
  async empty(tenantId: string, talentId: string): Promise<number> {
    const docs = await this.deps.store.allOfTalent(tenantId, talentId);
    for (const doc of docs) await this.deps.store.setText(tenantId, doc._id, '');
    return docs.length;
  }

  deleteOfSubject(tenantId: string, talentId: string): Promise<number> {
    return this.deps.store.deleteOfSubject(tenantId, talentId);
  }

  private async open(doc: NoteDoc): Promise<Note> {
    const text = doc.text ? await this.deps.cipher.decrypt(doc.tenantId, doc.talentId, TEXT_FIELD, doc.text) : '';
    return { id: doc._id, talentId: doc.talentId, text, createdAt: doc.createdAt, createdBy: doc.createdBy };
  }
}
