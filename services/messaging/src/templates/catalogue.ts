import type { SelfServicePurpose } from '@lethe/protos';
import type { Placeholders, PlaceholderSpec } from './engine';

export type Channel = 'email' | 'sms' | 'whatsapp';
export type Language = 'de' | 'en';
export type Audience = 'candidate' | 'contact-person' | 'user';

export const LANGUAGES: readonly Language[] = ['de', 'en'];

export interface TemplateText {
  /** Email only. */
  subject: string;
  body: string;
}

/** What a template key is for: whom it goes to, what it offers, what the shipped defaults say. */
export interface TemplateKind {
  key: string;
  audience: Audience;
  placeholders: Placeholders;
  /** Placeholders the sender fills in (SendMessage's values); the others Lethe fills. */
  input: readonly string[];
  /** Only Lethe's own workflows send it (they fill its links); SendMessage refuses the key. */
  sentByLethe: boolean;
  /** Needs the candidate's campaign or storage consent when it is sent, and carries an unsubscribe link. */
  campaign: boolean;
  /** It is about the candidate's erasure request, so it goes out while that request is open. */
  aboutErasureRequest: boolean;
  /**
   * It carries a candidate's data to someone else (a profile to a client): the sender names the
   * candidate, and the message is encrypted under their key and erased with them.
   */
  carriesCandidateData?: boolean;
  /**
   * Link placeholders filled with the candidate's self-service links (retention issues them, for
   * this message only, when it is written): what each link is for and how long it works.
   */
  selfServiceLinks?: Readonly<Record<string, SelfServiceLinkSpec>>;
  defaults: Readonly<Record<Language, Partial<Record<Channel, TemplateText>>>>;
}

/** A self-service link a template carries: its purpose, and for how many days it works (retention's default when 0). */
export interface SelfServiceLinkSpec {
  purpose: SelfServicePurpose;
  validDays: number;
}

const text = (sample: string): PlaceholderSpec => ({ kind: 'text', sample });
const link = (sample: string): PlaceholderSpec => ({ kind: 'link', sample });

/** Every template names the sending company; one to a person names them too. */
const COMPANY = { company: text('Muster Personal GmbH') };
const CANDIDATE = { ...COMPANY, salutation: text('Frau'), firstName: text('Erika'), lastName: text('Mustermann') };
const CONTACT = { ...COMPANY, contactName: text('Max Kontakt') };
const USER = { ...COMPANY, recipientName: text('Rita Recruiter') };

const email = (subject: string, body: string) => ({ subject, body });
const short = (body: string) => ({ subject: '', body });

/** Candidates the owner is told about in the daily digest. */
const DUE_SUBJECTS: PlaceholderSpec = {
  kind: 'list',
  fields: ['subjectId', 'action', 'dueAt'],
  sample: [
    { subjectId: '0192f3a4-0000-7000-8000-000000000001', action: 'delete', dueAt: '2027-01-15' },
    { subjectId: '0192f3a4-0000-7000-8000-000000000002', action: 'reduce', dueAt: '2027-01-16' },
  ],
};

/** The shipped templates; a tenant's own version of a key, channel and language replaces the default. */
/** The flags of a kind that nothing special applies to: sent by anyone, no consent needed. */
const ORDINARY = { sentByLethe: false, campaign: false, aboutErasureRequest: false } as const;

/** A kind as the catalogue writes it: only the flags that are set. */
type KindSpec = Omit<TemplateKind, keyof typeof ORDINARY> & Partial<Pick<TemplateKind, keyof typeof ORDINARY>>;

const kinds = (specs: readonly KindSpec[]): readonly TemplateKind[] => specs.map((spec) => ({ ...ORDINARY, ...spec }));

export const TEMPLATE_KINDS: readonly TemplateKind[] = kinds([
  {
    key: 'consent-request-clear-data',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, clientName: text('Beispiel AG'), consentLink: link('https://lethe.example/consent?token=…'), linkExpiresAt: text('15.01.2027') },
    input: [],
    sentByLethe: true,
    defaults: {
      de: {
        email: email(
          'Ihre Einwilligung: Weitergabe Ihres Profils an {{clientName}}',
          'Guten Tag {{salutation}} {{lastName}},\n\n{{company}} möchte Ihr vollständiges Bewerberprofil mit Ihrem Namen und Ihren Kontaktdaten an {{clientName}} weitergeben. Das tun wir nur mit Ihrer Einwilligung; sie gilt nur für {{clientName}}.\n\nBitte geben Sie Ihre Antwort hier bis {{linkExpiresAt}}:\n{{consentLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
        sms: short('{{company}}: Dürfen wir Ihr Profil mit Namen an {{clientName}} weitergeben? Antwort bis {{linkExpiresAt}}: {{consentLink}}'),
        whatsapp: short('{{company}}: Dürfen wir Ihr Profil mit Namen an {{clientName}} weitergeben? Antwort bis {{linkExpiresAt}}: {{consentLink}}'),
      },
      en: {
        email: email(
          'Your consent: sharing your profile with {{clientName}}',
          'Dear {{firstName}} {{lastName}},\n\n{{company}} would like to share your full candidate profile, with your name and contact details, with {{clientName}}. We do so only with your consent, and it covers {{clientName}} only.\n\nPlease answer here by {{linkExpiresAt}}:\n{{consentLink}}\n\nKind regards\n{{company}}',
        ),
        sms: short('{{company}}: may we share your profile with your name with {{clientName}}? Answer by {{linkExpiresAt}}: {{consentLink}}'),
        whatsapp: short('{{company}}: may we share your profile with your name with {{clientName}}? Answer by {{linkExpiresAt}}: {{consentLink}}'),
      },
    },
  },
  {
    key: 'consent-request-storage',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, periodMonths: text('24'), consentLink: link('https://lethe.example/consent?token=…'), linkExpiresAt: text('15.01.2027') },
    input: [],
    sentByLethe: true,
    defaults: {
      de: {
        email: email(
          'Dürfen wir Ihre Daten für künftige Stellen aufbewahren?',
          'Guten Tag {{salutation}} {{lastName}},\n\ngerne würden wir Sie in unseren Talentpool aufnehmen und Ihnen passende Stellen anbieten. Dafür möchten wir Ihre Daten {{periodMonths}} Monate aufbewahren, nur mit Ihrer Einwilligung.\n\nBitte antworten Sie hier bis {{linkExpiresAt}}:\n{{consentLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
        sms: short('{{company}}: Dürfen wir Ihre Daten {{periodMonths}} Monate für künftige Stellen aufbewahren? Antwort bis {{linkExpiresAt}}: {{consentLink}}'),
      },
      en: {
        email: email(
          'May we keep your data for future vacancies?',
          'Dear {{firstName}} {{lastName}},\n\nwe would like to add you to our talent pool and offer you suitable vacancies. For that we would keep your data for {{periodMonths}} months, only with your consent.\n\nPlease answer here by {{linkExpiresAt}}:\n{{consentLink}}\n\nKind regards\n{{company}}',
        ),
        sms: short('{{company}}: may we keep your data for {{periodMonths}} months for future vacancies? Answer by {{linkExpiresAt}}: {{consentLink}}'),
      },
    },
  },
  {
    key: 'consent-request-campaign',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, consentLink: link('https://lethe.example/consent?token=…'), linkExpiresAt: text('15.01.2027') },
    input: [],
    sentByLethe: true,
    defaults: {
      de: {
        email: email(
          'Möchten Sie von uns hören?',
          'Guten Tag {{salutation}} {{lastName}},\n\ndürfen wir Ihnen gelegentlich passende Stellenangebote und Neuigkeiten schicken? Bitte antworten Sie hier bis {{linkExpiresAt}}:\n{{consentLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
      },
      en: {
        email: email(
          'Would you like to hear from us?',
          'Dear {{firstName}} {{lastName}},\n\nmay we send you suitable vacancies and news now and then? Please answer here by {{linkExpiresAt}}:\n{{consentLink}}\n\nKind regards\n{{company}}',
        ),
      },
    },
  },
  {
    key: 'profile-to-client',
    audience: 'contact-person',
    placeholders: {
      ...CONTACT,
      candidateLabel: text('Kandidat K. M.'),
      reference: text('P-0192F3A4'),
      note: text('Verfügbar ab März.'),
      profileLink: link('https://lethe.example/profiles/…'),
      interestedLink: link('https://lethe.example/feedback?token=…&answer=interested'),
      notInterestedLink: link('https://lethe.example/feedback?token=…&answer=not-interested'),
    },
    input: ['candidateLabel', 'reference', 'note', 'profileLink', 'interestedLink', 'notInterestedLink'],
    carriesCandidateData: true,
    defaults: {
      de: {
        email: email(
          'Kandidatenprofil: {{candidateLabel}}',
          'Guten Tag {{contactName}},\n\nanbei das Profil von {{candidateLabel}} (Referenz {{reference}}):\n{{profileLink}}\n{{#if note}}\n{{note}}\n{{/if}}\nHaben Sie Interesse?\nJa: {{interestedLink}}\nNein: {{notInterestedLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
      },
      en: {
        email: email(
          'Candidate profile: {{candidateLabel}}',
          'Dear {{contactName}},\n\nhere is the profile of {{candidateLabel}} (reference {{reference}}):\n{{profileLink}}\n{{#if note}}\n{{note}}\n{{/if}}\nAre you interested?\nYes: {{interestedLink}}\nNo: {{notInterestedLink}}\n\nKind regards\n{{company}}',
        ),
      },
    },
  },
  {
    key: 'appointment-confirmation',
    audience: 'contact-person',
    placeholders: { ...CONTACT, candidateLabel: text('Kandidat K. M.'), appointmentAt: text('20.01.2027, 10:00'), location: text('Online') },
    input: ['candidateLabel', 'appointmentAt', 'location'],
    carriesCandidateData: true,
    defaults: {
      de: { email: email('Terminbestätigung: {{candidateLabel}}, {{appointmentAt}}', 'Guten Tag {{contactName}},\n\nhiermit bestätigen wir den Termin mit {{candidateLabel}} am {{appointmentAt}} ({{location}}).\n\nMit freundlichen Grüßen\n{{company}}') },
      en: { email: email('Appointment confirmed: {{candidateLabel}}, {{appointmentAt}}', 'Dear {{contactName}},\n\nwe confirm the appointment with {{candidateLabel}} on {{appointmentAt}} ({{location}}).\n\nKind regards\n{{company}}') },
    },
  },
  {
    // The profile service asks the client to delete a profile it sent once the candidate withdrew
    // their consent or asked to be erased; it does not say which, and names the profile by its
    // reference and date only, so the request itself carries nothing of the person and outlives
    // their erasure (the record that recipients were told, Art. 19 GDPR).
    key: 'profile-recall',
    audience: 'contact-person',
    placeholders: { ...CONTACT, reference: text('P-0192F3A4'), sentDate: text('15.01.2027') },
    input: ['reference', 'sentDate'],
    defaults: {
      de: {
        email: email(
          'Bitte löschen: Profil {{reference}} vom {{sentDate}}',
          'Guten Tag {{contactName}},\n\nbitte löschen Sie das Profil mit der Referenz {{reference}}, das wir Ihnen am {{sentDate}} gesendet haben, mit allen Kopien und verwenden Sie es nicht weiter. Die Person hat ihre Einwilligung widerrufen oder die Löschung ihrer Daten verlangt.\n\nMit freundlichen Grüßen\n{{company}}',
        ),
      },
      en: {
        email: email(
          'Please delete: profile {{reference}} sent on {{sentDate}}',
          'Dear {{contactName}},\n\nplease delete the profile with the reference {{reference}} that we sent you on {{sentDate}}, with any copies, and do not use it any further. The candidate has withdrawn their consent or asked for their data to be erased.\n\nKind regards\n{{company}}',
        ),
      },
    },
  },
  {
    key: 'deletion-notice',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, deletionDate: text('31.01.2027'), extendLink: link('https://lethe.example/consent?token=…'), deleteNowLink: link('https://lethe.example/self-service?token=…') },
    input: [],
    sentByLethe: true,
    selfServiceLinks: { deleteNowLink: { purpose: 'SELF_SERVICE_PURPOSE_DELETE_NOW', validDays: 30 } },
    defaults: {
      de: {
        email: email(
          'Ihre Daten bei {{company}} werden am {{deletionDate}} gelöscht',
          'Guten Tag {{salutation}} {{lastName}},\n\nam {{deletionDate}} löschen wir Ihre Daten, wie es unsere Aufbewahrungsfrist vorsieht.\n\nMöchten Sie, dass wir Ihre Daten länger aufbewahren und Ihnen passende Stellen anbieten? Dann stimmen Sie hier zu:\n{{extendLink}}\n\nMöchten Sie, dass wir Ihre Daten schon jetzt löschen?\n{{deleteNowLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
        sms: short('{{company}}: Am {{deletionDate}} löschen wir Ihre Daten. Länger aufbewahren: {{extendLink}} Jetzt löschen: {{deleteNowLink}}'),
      },
      en: {
        email: email(
          'Your data at {{company}} will be deleted on {{deletionDate}}',
          'Dear {{firstName}} {{lastName}},\n\non {{deletionDate}} we will delete your data, as our retention period says.\n\nWould you like us to keep your data longer and offer you suitable vacancies? Then consent here:\n{{extendLink}}\n\nWould you like us to delete your data now?\n{{deleteNowLink}}\n\nKind regards\n{{company}}',
        ),
        sms: short('{{company}}: on {{deletionDate}} we delete your data. Keep it longer: {{extendLink}} Delete now: {{deleteNowLink}}'),
      },
    },
  },
  {
    key: 'erasure-request-confirmation',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, deadlineDate: text('31.01.2027'), withdrawLink: link('https://lethe.example/self-service?token=…') },
    input: [],
    sentByLethe: true,
    aboutErasureRequest: true,
    // As long as a request may be open: the delete period is at most 12 months.
    selfServiceLinks: { withdrawLink: { purpose: 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST', validDays: 366 } },
    defaults: {
      de: {
        email: email(
          'Ihr Löschbegehren ist eingegangen',
          'Guten Tag {{salutation}} {{lastName}},\n\nwir haben Ihr Löschbegehren erhalten. Ihre Daten werden spätestens am {{deadlineDate}} gelöscht. Bis dahin erhalten Sie von uns keine automatischen Nachrichten mehr.\n\nSie können Ihr Löschbegehren bis dahin hier zurückziehen:\n{{withdrawLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
      },
      en: {
        email: email(
          'We received your erasure request',
          'Dear {{firstName}} {{lastName}},\n\nwe received your request to erase your data. It will be erased by {{deadlineDate}} at the latest. Until then you will receive no automated messages from us.\n\nUntil then you can withdraw your request here:\n{{withdrawLink}}\n\nKind regards\n{{company}}',
        ),
      },
    },
  },
  {
    key: 'erasure-request-withdrawn',
    audience: 'candidate',
    placeholders: { ...CANDIDATE },
    input: [],
    sentByLethe: true,
    aboutErasureRequest: true,
    defaults: {
      de: { email: email('Ihr Löschbegehren wurde zurückgezogen', 'Guten Tag {{salutation}} {{lastName}},\n\nIhr Löschbegehren wurde zurückgezogen; wir bewahren Ihre Daten weiter nach unserer Aufbewahrungsfrist auf.\n\nMit freundlichen Grüßen\n{{company}}') },
      en: { email: email('Your erasure request was withdrawn', 'Dear {{firstName}} {{lastName}},\n\nyour erasure request was withdrawn; we keep your data as our retention period says.\n\nKind regards\n{{company}}') },
    },
  },
  {
    key: 'erasure-done',
    audience: 'candidate',
    placeholders: { ...COMPANY },
    input: [],
    sentByLethe: true,
    aboutErasureRequest: true,
    defaults: {
      de: { email: email('Ihre Daten wurden gelöscht', 'Guten Tag,\n\nwie gewünscht haben wir Ihre personenbezogenen Daten gelöscht. Diese Nachricht ist die letzte, die Sie von uns dazu erhalten.\n\nMit freundlichen Grüßen\n{{company}}') },
      en: { email: email('Your data has been erased', 'Hello,\n\nas you asked, we have erased your personal data. This is the last message you receive from us about it.\n\nKind regards\n{{company}}') },
    },
  },
  {
    key: 'erasure-request-recruiter-notice',
    audience: 'user',
    placeholders: { ...USER, subjectId: text('0192f3a4-0000-7000-8000-000000000001'), deadlineDate: text('31.01.2027'), withdrawn: text('') },
    input: [],
    sentByLethe: true,
    aboutErasureRequest: true,
    defaults: {
      de: {
        email: email(
          '{{#if withdrawn}}Löschbegehren zurückgezogen{{else}}Neues Löschbegehren{{/if}}',
          'Guten Tag {{recipientName}},\n\n{{#if withdrawn}}das Löschbegehren für den Datensatz {{subjectId}} wurde zurückgezogen.{{else}}für den Datensatz {{subjectId}} liegt ein Löschbegehren vor. Die Daten werden am {{deadlineDate}} gelöscht, sofern es nicht zurückgezogen wird.{{/if}}\n\n{{company}}',
        ),
      },
      en: {
        email: email(
          '{{#if withdrawn}}Erasure request withdrawn{{else}}New erasure request{{/if}}',
          'Hello {{recipientName}},\n\n{{#if withdrawn}}the erasure request for record {{subjectId}} was withdrawn.{{else}}record {{subjectId}} has an erasure request. Its data is erased on {{deadlineDate}} unless the request is withdrawn.{{/if}}\n\n{{company}}',
        ),
      },
    },
  },
  {
    key: 'owner-digest',
    audience: 'user',
    placeholders: { ...USER, count: text('2'), subjects: DUE_SUBJECTS },
    input: [],
    sentByLethe: true,
    defaults: {
      de: {
        email: email(
          '{{count}} Ihrer Kandidaten werden bald gelöscht oder reduziert',
          'Guten Tag {{recipientName}},\n\nfolgende Kandidaten, für die Sie verantwortlich sind, werden bald gelöscht oder reduziert:\n{{#each subjects}}\n- {{subjectId}}: {{action}} am {{dueAt}}\n{{/each}}\n\nWer länger bleiben soll, braucht eine Einwilligung zur längeren Speicherung.\n{{company}}',
        ),
      },
      en: {
        email: email(
          '{{count}} of your candidates will soon be deleted or reduced',
          'Hello {{recipientName}},\n\nthese candidates you are responsible for will soon be deleted or reduced:\n{{#each subjects}}\n- {{subjectId}}: {{action}} on {{dueAt}}\n{{/each}}\n\nWhoever should stay needs consent to longer storage.\n{{company}}',
        ),
      },
    },
  },
  {
    key: 'talent-pool-welcome',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, unsubscribeLink: link('https://lethe.example/unsubscribe?token=…') },
    input: [],
    campaign: true,
    defaults: {
      de: {
        email: email(
          'Willkommen in unserem Talentpool',
          'Guten Tag {{salutation}} {{lastName}},\n\nschön, dass Sie in unserem Talentpool sind. Wir melden uns, sobald wir eine passende Stelle für Sie haben.\n\nSie möchten keine Nachrichten mehr? {{unsubscribeLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
      },
      en: {
        email: email(
          'Welcome to our talent pool',
          'Dear {{firstName}} {{lastName}},\n\nwe are glad to have you in our talent pool and will be in touch as soon as we have a suitable vacancy.\n\nNo more messages? {{unsubscribeLink}}\n\nKind regards\n{{company}}',
        ),
      },
    },
  },
  {
    key: 'reminder',
    audience: 'user',
    placeholders: { ...USER, text: text('Erika Mustermann wieder kontaktieren'), dueAt: text('15.06.2027') },
    input: ['text', 'dueAt'],
    defaults: {
      de: { email: email('Erinnerung: {{text}}', 'Guten Tag {{recipientName}},\n\nSie wollten erinnert werden ({{dueAt}}):\n{{text}}\n\n{{company}}') },
      en: { email: email('Reminder: {{text}}', 'Hello {{recipientName}},\n\nyou asked to be reminded ({{dueAt}}):\n{{text}}\n\n{{company}}') },
    },
  },
  {
    // The talent CRM's reminder about a talent, due for a recruiter. It names the talent, so it is
    // written about them: encrypted under their key and erased with them.
    key: 'talent-reminder',
    audience: 'user',
    placeholders: { ...USER, talentName: text('Erika Mustermann'), talentId: text('0192f3a4-0000-7000-8000-000000000001'), text: text('Wegen der nächsten Java-Stelle anrufen'), dueAt: text('15.06.2027') },
    input: ['talentName', 'talentId', 'text', 'dueAt'],
    carriesCandidateData: true,
    defaults: {
      de: { email: email('Erinnerung: {{talentName}}', 'Guten Tag {{recipientName}},\n\nSie wollten am {{dueAt}} an das Talent {{talentName}} (Referenz {{talentId}}) erinnert werden:\n{{text}}\n\n{{company}}') },
      en: { email: email('Reminder: {{talentName}}', 'Hello {{recipientName}},\n\nyou asked to be reminded on {{dueAt}} of the talent {{talentName}} (reference {{talentId}}):\n{{text}}\n\n{{company}}') },
    },
  },
  {
    // An automation rule of the talent CRM tells a recruiter about a talent (e.g. one who joined
    // through the talent form). It names the talent: written about them, and erased with them.
    key: 'talent-recruiter-notification',
    audience: 'user',
    placeholders: { ...USER, talentName: text('Erika Mustermann'), talentId: text('0192f3a4-0000-7000-8000-000000000001'), ruleName: text('Neue Talente aus dem Karriereformular') },
    input: ['talentName', 'talentId', 'ruleName'],
    carriesCandidateData: true,
    defaults: {
      de: { email: email('Talent: {{talentName}}', 'Guten Tag {{recipientName}},\n\ndie Automatisierungsregel „{{ruleName}}“ weist Sie auf das Talent {{talentName}} (Referenz {{talentId}}) hin.\n\n{{company}}') },
      en: { email: email('Talent: {{talentName}}', 'Hello {{recipientName}},\n\nthe automation rule "{{ruleName}}" points you to the talent {{talentName}} (reference {{talentId}}).\n\n{{company}}') },
    },
  },
  {
    // A two-step talent form's second step: the link talent-crm issues for this message only.
    key: 'talent-form-details',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, detailsLink: link('https://lethe.example/talent-forms/details?token=…'), linkExpiresAt: text('15.01.2027') },
    input: [],
    sentByLethe: true,
    defaults: {
      de: {
        email: email(
          'Ihre weiteren Angaben für unseren Talentpool',
          'Guten Tag {{firstName}} {{lastName}},\n\nvielen Dank für Ihr Interesse an {{company}}. Mit ein paar weiteren Angaben können wir Ihnen passende Stellen anbieten. Bitte ergänzen Sie sie hier bis {{linkExpiresAt}}:\n{{detailsLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
      },
      en: {
        email: email(
          'A few more details for our talent pool',
          'Dear {{firstName}} {{lastName}},\n\nthank you for your interest in {{company}}. With a few more details we can offer you suitable jobs. Please add them here by {{linkExpiresAt}}:\n{{detailsLink}}\n\nKind regards\n{{company}}',
        ),
      },
    },
  },
  {
    // A recruiter asks a talent for updates (career, salary, availability) through a link talent-crm issues for this message only.
    key: 'talent-follow-up',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, followUpLink: link('https://lethe.example/follow-up?token=…'), linkExpiresAt: text('15.01.2027') },
    input: [],
    sentByLethe: true,
    defaults: {
      de: {
        email: email(
          'Was gibt es Neues bei Ihnen?',
          'Guten Tag {{firstName}} {{lastName}},\n\nwir würden gerne wissen, wie es Ihnen beruflich geht: was sich getan hat, welche Gehaltsvorstellung Sie haben und ab wann Sie verfügbar sind. So können wir Ihnen gezielt passende Stellen anbieten. Bitte antworten Sie hier bis {{linkExpiresAt}}:\n{{followUpLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
      },
      en: {
        email: email(
          "What's new with you?",
          "Dear {{firstName}} {{lastName}},\n\nwe'd like to hear how your career is going: what has changed, what salary you expect and from when you are available. That way we can offer you suitable jobs. Please answer here by {{linkExpiresAt}}:\n{{followUpLink}}\n\nKind regards\n{{company}}",
        ),
      },
    },
  },
  {
    // A recruiter gives the candidate their self-service links: to ask for erasure, and for their data.
    key: 'self-service-links',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, erasureRequestLink: link('https://lethe.example/self-service?token=…'), dataExportLink: link('https://lethe.example/self-service?token=…') },
    input: [],
    selfServiceLinks: {
      erasureRequestLink: { purpose: 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST', validDays: 30 },
      dataExportLink: { purpose: 'SELF_SERVICE_PURPOSE_REQUEST_DATA_EXPORT', validDays: 30 },
    },
    defaults: {
      de: {
        email: email(
          'Ihre Daten bei {{company}}',
          'Guten Tag {{salutation}} {{lastName}},\n\nüber diese Links entscheiden Sie selbst über Ihre Daten bei uns (jeder Link ist 30 Tage gültig):\n\nIhre Daten herunterladen:\n{{dataExportLink}}\n\nDie Löschung Ihrer Daten beantragen (Löschbegehren):\n{{erasureRequestLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
      },
      en: {
        email: email(
          'Your data at {{company}}',
          'Dear {{firstName}} {{lastName}},\n\nwith these links you decide about your data with us yourself (each link works for 30 days):\n\nDownload your data:\n{{dataExportLink}}\n\nRequest the erasure of your data:\n{{erasureRequestLink}}\n\nKind regards\n{{company}}',
        ),
      },
    },
  },
  {
    // The export the candidate asked for is ready; its link works as long as the package is kept.
    key: 'data-export-ready',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, downloadLink: link('https://lethe.example/self-service/download?token=…'), expiresDate: text('15.01.2027') },
    input: [],
    sentByLethe: true,
    // The candidate's own request answered: it goes out while an erasure request is open too.
    aboutErasureRequest: true,
    selfServiceLinks: { downloadLink: { purpose: 'SELF_SERVICE_PURPOSE_DOWNLOAD_DATA_EXPORT', validDays: 0 } },
    defaults: {
      de: {
        email: email(
          'Ihre Daten stehen zum Herunterladen bereit',
          'Guten Tag {{salutation}} {{lastName}},\n\nwie gewünscht haben wir alle Daten zusammengestellt, die wir über Sie gespeichert haben. Sie können sie bis zum {{expiresDate}} hier herunterladen:\n{{downloadLink}}\n\nMit freundlichen Grüßen\n{{company}}',
        ),
      },
      en: {
        email: email(
          'Your data is ready to download',
          'Dear {{firstName}} {{lastName}},\n\nas you asked, we have put together all data we hold about you. You can download it here until {{expiresDate}}:\n{{downloadLink}}\n\nKind regards\n{{company}}',
        ),
      },
    },
  },
  {
    key: 'message',
    audience: 'candidate',
    placeholders: { ...CANDIDATE, subject: text('Ihre Bewerbung'), text: text('vielen Dank für das Gespräch heute.') },
    input: ['subject', 'text'],
    defaults: {
      de: { email: email('{{subject}}', 'Guten Tag {{salutation}} {{lastName}},\n\n{{text}}\n\nMit freundlichen Grüßen\n{{company}}'), sms: short('{{text}} ({{company}})'), whatsapp: short('{{text}} ({{company}})') },
      en: { email: email('{{subject}}', 'Dear {{firstName}} {{lastName}},\n\n{{text}}\n\nKind regards\n{{company}}'), sms: short('{{text}} ({{company}})'), whatsapp: short('{{text}} ({{company}})') },
    },
  },
]);

/** A tenant's own template key: a message a recruiter writes to a candidate from their own text. */
export const CUSTOM_KEY = /^custom\.[a-z0-9][a-z0-9-]{0,47}$/;

const CUSTOM: Omit<TemplateKind, 'key'> = {
  ...ORDINARY,
  audience: 'candidate',
  placeholders: { ...CANDIDATE, text: text('vielen Dank für das Gespräch heute.') },
  input: ['text'],
  defaults: { de: {}, en: {} },
};

const BY_KEY = new Map(TEMPLATE_KINDS.map((kind) => [kind.key, kind]));

/** The kind of a template key, the tenants' own `custom.<name>` keys included; undefined for an unknown key. */
export function kindOf(key: string): TemplateKind | undefined {
  return BY_KEY.get(key) ?? (CUSTOM_KEY.test(key) ? { ...CUSTOM, key } : undefined);
}

/** The channels a key's messages may go through: candidates by any, others by email. */
export function channelsOf(kind: TemplateKind): readonly Channel[] {
  return kind.audience === 'candidate' ? ['email', 'sms', 'whatsapp'] : ['email'];
}
