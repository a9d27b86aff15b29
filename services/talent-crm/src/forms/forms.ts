import type { SubjectFence } from '@lethe/platform/erasure';
import { newId } from '@lethe/platform/ids';
import type { FollowUps } from '../follow-ups/follow-ups';
import type { Peers } from '../peers/peers';
import type { PoolStore } from '../pools/store';
import type { TalentProfile } from '../talents/talent';
import type { Talents } from '../talents/talents';
import type { Questions } from './answers';
import { ALWAYS_ASKED, formActor, PROFILE_FIELD_OF, type TalentForm, type TalentFormValues } from './form';
import type { FormStore } from './store';
import type { FormSubmissionStore } from './submissions';

/** The storage consent statement a form page showed: the text by id and hash, for the period shown. */
export interface ShownStatement {
  textId: string;
  sha256: string;
  months: number;
}

/** How the consent service names the form a consent was given on. */
export function consentFormRef(formId: string): string {
  return `talent-crm/talent-form/${formId}`;
}

/** What the first page of a form asks: first name, last name and email always, then the form's fields. */
export function firstStepQuestions(form: Pick<TalentForm, 'fields' | 'interestOptions'>): Questions {
  return { asked: [...ALWAYS_ASKED, ...form.fields.map((field) => PROFILE_FIELD_OF[field])], interestOptions: form.interestOptions, atLeastOne: false };
}

export interface TalentFormsDeps {
  store: FormStore;
  submissions: FormSubmissionStore;
  pools: PoolStore;
  talents: Talents;
  followUps: FollowUps;
  peers: Pick<Peers, 'storageStatement' | 'recordFormConsent'>;
  fence: SubjectFence;
  now: () => Date;
}

/**
 * The tenant's public talent forms: saved by whoever manages the settings, submitted by the
 * people themselves. A submission makes a talent (source talent form, the form's title as source
 * info, its pools and tags) with the storage consent given on submit, recorded in the consent
 * service with its proof; a two-step form then asks its detail fields through a link by message.
 * A person whose email the tenant's talents already hold gets the same answer and changes nothing.
 */
export class TalentForms {
  constructor(private readonly deps: TalentFormsDeps) {}

  async create(tenantId: string, actorId: string, values: TalentFormValues): Promise<TalentForm> {
    await this.deps.pools.requireKnown(tenantId, values.poolIds, 'form.poolIds');
    return this.deps.store.create(tenantId, actorId, values, this.deps.now());
  }

  async update(tenantId: string, actorId: string, id: string, values: TalentFormValues, expectedVersion: number): Promise<TalentForm> {
    await this.deps.store.get(tenantId, id);
    await this.deps.pools.requireKnown(tenantId, values.poolIds, 'form.poolIds');
    return this.deps.store.update(tenantId, actorId, id, values, expectedVersion, this.deps.now());
  }

  list(tenantId: string): Promise<TalentForm[]> {
    return this.deps.store.list(tenantId);
  }

  /** The form behind a public page: undefined when there is none or it is not active. */
  publicForm(id: string): Promise<TalentForm | undefined> {
    return this.deps.store.findActive(id);
  }

  /** The storage consent statement the form's page shows, from the consent service as it is now. */
  statementOf(form: TalentForm, language: TalentForm['language'] = form.language) {
    return this.deps.peers.storageStatement(form.tenantId, language, form.storageConsentMonths);
  }

  /**
   * A person submits the form with their storage consent (the page refuses a submission without
   * it). The talent is made first, the consent recorded for them, the submission noted; a two-step
   * form then has its second step sent. Whether the email was known shows nowhere.
   */
  async submit(form: TalentForm, profile: TalentProfile, consent: ShownStatement): Promise<void> {
    const { talents, peers, submissions, followUps, fence } = this.deps;
    const tenantId = form.tenantId;
    const known = await talents.findIdsByEmails(tenantId, [profile.email]);
    if (known.size > 0) return;
    const actorId = formActor(form.id);
    const talent = await talents.create(tenantId, actorId, {
      profile: { ...profile, language: form.language },
      source: 'talent-form',
      sourceInfo: form.title,
      poolIds: form.poolIds,
      tags: form.tags,
      detailsPending: form.twoStep,
    });
    const consentId = await peers.recordFormConsent(tenantId, { subjectId: talent.id, periodMonths: consent.months, textId: consent.textId, textSha256: consent.sha256, form: consentFormRef(form.id) });
    const now = this.deps.now();
    await fence.write({ tenantId, subjectId: talent.id }, () => submissions.insert({ _id: newId(now), tenantId, talentId: talent.id, formId: form.id, formVersion: form.version, submittedAt: now, consentId }), 'talent');
    if (form.twoStep) {
      await followUps.requestDetails(tenantId, actorId, talent, {
        formId: form.id,
        formVersion: form.version,
        asked: form.detailFields.map((field) => PROFILE_FIELD_OF[field]),
        interestOptions: form.detailFields.includes('interests') ? form.interestOptions : [],
      });
    }
  }
}
