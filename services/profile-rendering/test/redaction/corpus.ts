import type { CandidateIdentity } from '../../src/redaction/identifiers';

/**
 * Free texts of anonymous profiles with what redaction must remove and what it must keep.
 * Identifiers and kept words are written exactly as they stand in the text and counted as whole
 * words (not inside a longer word).
 */
export interface CorpusCase {
  persona: PersonaKey;
  language: 'de' | 'en';
  kind: 'summary' | 'experience' | 'note';
  text: string;
  /** Every occurrence of each must be redacted completely. */
  identifiers: string[];
  /** Every occurrence of each must stay. */
  keep: string[];
}

export const PERSONAS = {
  anna: {
    salutation: 'Frau', firstName: 'Anna', lastName: 'Müller', dateOfBirth: '1990-03-14', email: 'anna.mueller88@gmail.com', phone: '+49 170 1234567',
    address: { street: 'Lindenstraße 5', zip: '10115', city: 'Berlin', country: 'DE' }, profileUrls: ['https://www.linkedin.com/in/anna-mueller-123'],
  },
  jens: {
    salutation: 'Herr', firstName: 'Jens', lastName: 'Koch', dateOfBirth: '1985-07-02', email: 'jens.koch@web.de', phone: '0171 9876543',
    address: { street: 'Hauptstr. 12a', zip: '50667', city: 'Köln', country: 'DE' }, profileUrls: ['https://www.xing.com/profile/Jens_Koch'],
  },
  sabine: {
    salutation: 'Frau', title: 'Dr.', firstName: 'Sabine', lastName: 'Müller-Lüdenscheidt', dateOfBirth: '1978-11-30', email: 's.mueller-luedenscheidt@t-online.de', phone: '089 123456-78',
    address: { street: 'Leopoldstraße 120', zip: '80802', city: 'München', country: 'DE' }, profileUrls: ['https://www.linkedin.com/in/sabine-ml'],
  },
  marieLuise: {
    salutation: 'Frau', firstName: 'Marie-Luise', lastName: 'Voß', dateOfBirth: '1995-06-21', email: 'ml.voss@posteo.de', phone: '0152 22334455',
    address: { street: 'Am Lindenhof 3', zip: '20095', city: 'Hamburg', country: 'DE' }, profileUrls: [],
  },
  hansPeter: {
    salutation: 'Herr', firstName: 'Hans-Peter', lastName: 'Schröder', dateOfBirth: '1969-01-09', email: 'hp.schroeder@gmx.net', phone: '+49 (0)40 7654321',
    address: { street: 'Elbchaussee 210', zip: '22605', city: 'Hamburg', country: 'DE' }, profileUrls: [],
  },
  annaMaria: {
    salutation: 'Frau', firstName: 'Anna Maria', lastName: 'Bau', dateOfBirth: '1992-09-17', email: 'annamaria.bau@outlook.de', phone: '0176 55544433',
    address: { street: 'Birkenweg 7', zip: '70173', city: 'Stuttgart', country: 'DE' }, profileUrls: ['https://github.com/ambau'],
  },
  joerg: {
    salutation: 'Herr', firstName: 'Jörg', lastName: 'Strauß', dateOfBirth: '1980-12-24', email: 'joerg.strauss@mailbox.org', phone: '0221 9988776',
    address: { street: 'Konrad-Adenauer-Straße 44', zip: '53113', city: 'Bonn', country: 'DE' }, profileUrls: [],
  },
  thomas: {
    salutation: 'Herr', firstName: 'Thomas', lastName: 'Wagner', dateOfBirth: '1983-04-05', email: 't.wagner@wagner-it.de', phone: '+49 151 23456789',
    address: { street: 'Berliner Allee 8', zip: '40212', city: 'Düsseldorf', country: 'DE' }, profileUrls: ['https://www.linkedin.com/in/thomas-wagner-dev', 'https://wagner-it.de'],
  },
  julia: {
    salutation: 'Frau', firstName: 'Julia', lastName: 'Braun', dateOfBirth: '1991-08-08', email: 'julia.braun91@yahoo.de', phone: '0160 1112223',
    address: { street: 'Rosenstraße 3', zip: '04109', city: 'Leipzig', country: 'DE' }, profileUrls: [],
  },
  stefan: {
    salutation: 'Herr', firstName: 'Stefan', lastName: 'Lange', dateOfBirth: '1987-02-28', email: 'stefan.lange@icloud.com', phone: '0172 3456789',
    address: { street: 'Schillerplatz 4', zip: '01067', city: 'Dresden', country: 'DE' }, profileUrls: ['https://github.com/slange87'],
  },
  katharina: {
    salutation: 'Frau', firstName: 'Katharina', lastName: 'Fischer', dateOfBirth: '1994-05-15', email: 'k.fischer@proton.me', phone: '+49 1590 1234567',
    address: { street: 'Domplatz 2', zip: '99084', city: 'Erfurt', country: 'DE' }, profileUrls: [],
  },
  michael: {
    salutation: 'Herr', firstName: 'Michael', lastName: 'Schmidt', dateOfBirth: '1975-10-10', email: 'michael.schmidt@arcor.de', phone: '0911 234567',
    address: { street: 'Nürnberger Straße 77', zip: '90402', city: 'Nürnberg', country: 'DE' }, profileUrls: [],
  },
  lukas: {
    salutation: 'Herr', firstName: 'Lukas', lastName: 'Klein', dateOfBirth: '1998-03-03', email: 'lukas.klein98@gmail.com', phone: '0157 98765432',
    address: { street: 'Gartenweg 1', zip: '28195', city: 'Bremen', country: 'DE' }, profileUrls: ['https://www.xing.com/profile/Lukas_Klein12'],
  },
  sarah: {
    salutation: 'Ms', firstName: 'Sarah', lastName: 'Meyer', dateOfBirth: '1989-07-19', email: 'sarah.meyer@gmail.com', phone: '+44 7700 900123',
    address: { street: '14 Abbey Road', zip: 'NW8 9AY', city: 'London', country: 'GB' }, profileUrls: ['https://www.linkedin.com/in/sarahmeyer'],
  },
  james: {
    salutation: 'Mr', firstName: 'James', lastName: "O'Connor", dateOfBirth: '1984-11-03', email: 'james.oconnor@outlook.com', phone: '+353 1 234 5678',
    address: { street: '7 Merrion Square', zip: 'D02 X285', city: 'Dublin', country: 'IE' }, profileUrls: ['https://twitter.com/jamesoc_dev'],
  },
  emily: {
    salutation: 'Ms', firstName: 'Emily', lastName: 'Baker', dateOfBirth: '1993-02-11', email: 'emily.baker93@gmail.com', phone: '+1 (415) 555-0132',
    address: { street: '221 Market Street', zip: '94105', city: 'San Francisco', country: 'US' }, profileUrls: ['https://github.com/emilyb93', 'https://x.com/emily_bakes'],
  },
  oliver: {
    salutation: 'Mr', firstName: 'Oliver', lastName: 'Smith', dateOfBirth: '1986-06-30', email: 'oliver@smith.dev', phone: '020 7946 0958',
    address: { street: '12 Baker Street', zip: 'W1U 3BW', city: 'London', country: 'GB' }, profileUrls: ['https://oliversmith.dev'],
  },
  rene: {
    salutation: 'Herr', firstName: 'René', lastName: 'Lefèvre', dateOfBirth: '1982-09-01', email: 'rene.lefevre@free.fr', phone: '+33 6 12 34 56 78',
    address: { street: 'Schulstraße 9', zip: '66111', city: 'Saarbrücken', country: 'DE' }, profileUrls: [],
  },
  lukasz: {
    salutation: 'Herr', firstName: 'Łukasz', lastName: 'Wróbel', dateOfBirth: '1991-04-22', email: 'lukasz.wrobel@wp.pl', phone: '+48 601 234 567',
    address: { street: 'Mainzer Landstraße 50', zip: '60329', city: 'Frankfurt am Main', country: 'DE' }, profileUrls: ['https://gitlab.com/lwrobel'],
  },
  oezlem: {
    salutation: 'Frau', firstName: 'Özlem', lastName: 'Yılmaz', dateOfBirth: '1996-12-02', email: 'oezlem.yilmaz@gmail.com', phone: '0178 4455667',
    address: { street: 'Sonnenallee 101', zip: '12045', city: 'Berlin', country: 'DE' }, profileUrls: [],
  },
  christian: {
    salutation: 'Herr', title: 'Prof. Dr.', firstName: 'Christian', lastName: 'von der Heide', dateOfBirth: '1970-05-05', email: 'c.vonderheide@uni-example.de', phone: '0551 39-12345',
    address: { street: 'Weender Landstraße 3', zip: '37073', city: 'Göttingen', country: 'DE' }, profileUrls: [],
  },
} satisfies Record<string, CandidateIdentity>;

export type PersonaKey = keyof typeof PERSONAS;

/**
 * Words that redaction removes although they must stay: the candidate's surname is also an
 * ordinary word, and a surname is redacted wherever it stands as a whole word, since a missed
 * surname would identify the candidate and the text cannot tell the two apart.
 */
export const ACCEPTED_FALSE_REDACTIONS: { persona: PersonaKey; word: string; why: string }[] = [
  { persona: 'jens', word: 'Koch', why: 'the surname Koch is also the job title "Koch" (cook)' },
  { persona: 'stefan', word: 'lange', why: 'the surname Lange is also the adverb "lange" (long)' },
  { persona: 'emily', word: 'baker', why: 'the surname Baker is also the job title "baker"' },
  { persona: 'christian', word: 'Heide', why: 'the surname (von der) Heide is also the landscape "Heide" (heath)' },
  { persona: 'joerg', word: 'Strauß', why: 'the surname Strauß is also the noun "Strauß" (bouquet)' },
];

const c = (persona: PersonaKey, language: 'de' | 'en', kind: CorpusCase['kind'], text: string, identifiers: string[], keep: string[] = []): CorpusCase => ({ persona, language, kind, text, identifiers, keep });

export const CORPUS: CorpusCase[] = [
  // Anna Müller: umlaut name, transliterated in addresses and URLs.
  c('anna', 'de', 'summary', 'Anna Müller ist Data Scientist mit 8 Jahren Erfahrung in Python und SQL. Annas Schwerpunkt liegt auf Forecasting.', ['Anna Müller', 'Annas'], ['Python', 'SQL', 'Forecasting', '8']),
  c('anna', 'de', 'experience', '2015–2019 Analystin bei der Zalando SE in Berlin; seit 2019 Lead Data Scientist (Team von 6). Frau Müller führte die Migration auf Spark 3.', ['Frau Müller'], ['2015–2019', 'Zalando', 'Berlin', '2019', 'Spark', '6']),
  c('anna', 'de', 'note', 'Frau Mueller ist ab sofort verfügbar, Gehaltsvorstellung 72.000 € brutto. Erreichbar unter 0170 / 123 45 67 oder anna.mueller88@gmail.com.', ['Frau Mueller', '0170 / 123 45 67', 'anna.mueller88@gmail.com'], ['72.000', 'sofort']),
  c('anna', 'de', 'note', 'Kontakt bitte nur über uns, nicht direkt: anna (dot) mueller88 (at) gmail (dot) com bzw. +49 170 1234567.', ['anna (dot) mueller88 (at) gmail (dot) com', '+49 170 1234567'], ['Kontakt']),
  c('anna', 'de', 'summary', 'MÜLLER, ANNA – geboren am 14.03.1990 in Potsdam, wohnhaft Lindenstraße 5, 10115 Berlin.', ['MÜLLER, ANNA', 'geboren am 14.03.1990', 'Lindenstraße 5', '10115'], ['Potsdam', 'Berlin']),
  c('anna', 'en', 'summary', "Anna's background combines statistics (M.Sc., TU Berlin) with product analytics. A. Müller speaks German and English fluently.", ["Anna's", 'A. Müller'], ['TU', 'Berlin', 'German', 'English']),
  c('anna', 'en', 'note', 'Profile: https://www.linkedin.com/in/anna-mueller-123 — she is 35 years old and open to hybrid work in Berlin.', ['https://www.linkedin.com/in/anna-mueller-123', '35 years old'], ['Berlin', 'hybrid']),
  c('anna', 'de', 'experience', 'Bei der Deutschen Bahn (2012-2015) entwickelte A.M. ein Prognosemodell für ISO 9001:2015-konforme Wartungspläne.', ['A.M.'], ['2012-2015', 'ISO', '9001:2015', 'Deutschen', 'Bahn']),
  c('anna', 'de', 'note', 'Rückfragen an Anna gern per Mail an anna.müller@example.de – oder sie schreibt von ihrer privaten Adresse a.mueller@posteo.de.', ['Anna', 'anna.müller@example.de', 'a.mueller@posteo.de'], ['Rückfragen', 'Mail']),
  c('anna', 'en', 'note', 'Date of birth 03/14/1990; lives near Lindenstrasse, Berlin; LinkedIn linkedin.com/in/anna-mueller-123/.', ['Date of birth 03/14/1990', 'Lindenstrasse', 'linkedin.com/in/anna-mueller-123/'], ['Berlin', 'LinkedIn']),
  c('anna', 'de', 'summary', 'Die Kandidatin (Muller, A.) bringt Erfahrung mit Java 17, Kotlin und Kubernetes mit; Zertifizierung AWS SAA-C03 (2021).', ['Muller, A.'], ['Java', '17', 'Kotlin', 'Kubernetes', '2021']),

  // Jens Koch: surname that is also a job title.
  c('jens', 'de', 'summary', 'Jens Koch ist gelernter Koch und heute Küchenchef mit Verantwortung für 25 Mitarbeiter.', ['Jens Koch'], ['Koch', 'Küchenchef', '25']),
  c('jens', 'de', 'experience', 'Seit 2016 leitet Herr Koch die Systemgastronomie eines Hotels in Köln; davor 2010-2016 Sous-Chef.', ['Herr Koch'], ['2016', 'Köln', '2010-2016', 'Sous-Chef']),
  c('jens', 'de', 'note', 'Herrn Kochs Wechselwunsch ist ernst gemeint; Telefon 0171-987 65 43, Mail jens.koch@web.de.', ['Herrn Kochs', '0171-987 65 43', 'jens.koch@web.de'], ['Wechselwunsch']),
  c('jens', 'de', 'note', 'Bitte keine Direktansprache: jens punkt koch ät web punkt de – XING: https://www.xing.com/profile/Jens_Koch', ['jens punkt koch ät web punkt de', 'https://www.xing.com/profile/Jens_Koch'], ['Direktansprache', 'XING']),
  c('jens', 'de', 'summary', 'J. Koch, geb. 02.07.1985, wohnhaft Hauptstr. 12a, 50667 Köln; Kochbuch-Autor und Chefkoch.', ['J. Koch', 'geb. 02.07.1985', 'Hauptstr. 12a', '50667'], ['Köln', 'Kochbuch-Autor', 'Chefkoch']),
  c('jens', 'de', 'experience', 'Kochausbildung 2001–2004 im Hotel Adlon; anschließend Wechsel in die Gemeinschaftsverpflegung (Budget 1.200.000 € p.a.).', [], ['Kochausbildung', '2001–2004', 'Adlon', '1.200.000']),
  c('jens', 'en', 'note', 'Jens is 39 years old, HACCP-certified and available from 01.10.2024; mobile +49 171 9876543.', ['Jens', '39 years old', '+49 171 9876543'], ['HACCP-certified', '01.10.2024']),
  c('jens', 'de', 'experience', 'Als Jungkoch (2004–2008) im Restaurant Zur Post, später Küchenleitung; KOCH verantwortete den Wareneinsatz.', ['KOCH'], ['Jungkoch', '2004–2008', 'Küchenleitung', 'Wareneinsatz']),
  c('jens', 'de', 'note', 'Rückruf bei J.K. unter 0171 98 76 54 3 ab 17 Uhr, Alter: 39.', ['J.K.', '0171 98 76 54 3', 'Alter: 39'], ['17', 'Uhr']),
  c('jens', 'de', 'summary', 'Koch, Jens – Küchenchef, Kölner Gastronomie, 19 Jahre Berufserfahrung.', ['Koch, Jens'], ['Kölner', '19', 'Jahre']),

  // Dr. Sabine Müller-Lüdenscheidt: hyphenated surname, title.
  c('sabine', 'de', 'summary', 'Frau Dr. Müller-Lüdenscheidt ist promovierte Chemikerin mit Schwerpunkt Qualitätssicherung (GMP, ISO 13485).', ['Frau Dr. Müller-Lüdenscheidt'], ['Chemikerin', 'GMP', 'ISO', '13485']),
  c('sabine', 'de', 'experience', '2008-2016 Laborleitung bei Bayer; Dr. Sabine Mueller-Luedenscheidt baute dort ein Team von 12 Laboranten auf.', ['Dr. Sabine Mueller-Luedenscheidt'], ['2008-2016', 'Bayer', '12']),
  c('sabine', 'de', 'note', 'Sabines Kündigungsfrist beträgt 3 Monate. Kontakt: s.mueller-luedenscheidt@t-online.de, 089 123456-78.', ['Sabines', 's.mueller-luedenscheidt@t-online.de', '089 123456-78'], ['Kündigungsfrist', '3', 'Monate']),
  c('sabine', 'en', 'summary', 'Dr. Müller-Lüdenscheidt (45) has led regulatory submissions to the EMA and FDA since 2012.', ['Dr. Müller-Lüdenscheidt (45)'], ['EMA', 'FDA', '2012']),
  c('sabine', 'de', 'note', 'Wohnt Leopoldstraße 120, 80802 München; Umzug nach Basel wäre denkbar. Geburtsdatum: 30.11.1978.', ['Leopoldstraße 120', '80802', 'Geburtsdatum: 30.11.1978'], ['München', 'Basel']),
  c('sabine', 'de', 'summary', 'S. Müller-L. und Lüdenscheidt-Mitautorin mehrerer Paper; Profil unter linkedin.com/in/sabine-ml.', ['S. Müller', 'Lüdenscheidt', 'linkedin.com/in/sabine-ml'], ['Paper', 'Profil']),
  c('sabine', 'en', 'note', 'Reach Sabine via sabine [at] mueller-luedenscheidt [dot] de or +49 89 123456 78.', ['Sabine', 'sabine [at] mueller-luedenscheidt [dot] de', '+49 89 123456 78'], ['Reach']),
  c('sabine', 'de', 'experience', 'Seit 2016 QA-Direktorin bei Roche in Basel (Budget 4,5 Mio. CHF); Frau Müller-Lüdenscheidts Team wuchs auf 30 Personen.', ['Frau Müller-Lüdenscheidts'], ['2016', 'Roche', 'Basel', '4,5', '30']),
  c('sabine', 'de', 'note', 'Die Kandidatin ist 45 Jahre alt und sucht eine Position mit Personalverantwortung.', ['45 Jahre alt'], ['Kandidatin', 'Personalverantwortung']),
  c('sabine', 'en', 'summary', 'MUELLER-LUEDENSCHEIDT, Sabine, born on 30 November 1978 in Hagen.', ['MUELLER-LUEDENSCHEIDT, Sabine', 'born on 30 November 1978'], ['Hagen']),

  // Marie-Luise Voß: hyphenated first name, ß.
  c('marieLuise', 'de', 'summary', 'Marie-Luise Voß ist UX-Designerin mit Fokus auf Barrierefreiheit (WCAG 2.1).', ['Marie-Luise Voß'], ['UX-Designerin', 'WCAG', '2.1']),
  c('marieLuise', 'de', 'experience', 'Frau Voss gestaltete 2019–2022 die App der Hamburger Sparkasse; Marie-Luises Prototypen wurden von 1,2 Mio. Nutzern verwendet.', ['Frau Voss', 'Marie-Luises'], ['2019–2022', 'Hamburger', 'Sparkasse', '1,2']),
  c('marieLuise', 'de', 'note', 'Erreichbar unter 0152 / 2233 4455 oder ml.voss@posteo.de, gern nach 18 Uhr.', ['0152 / 2233 4455', 'ml.voss@posteo.de'], ['18', 'Uhr']),
  c('marieLuise', 'de', 'note', 'M.-L. Voß wohnt Am Lindenhof 3 in 20095 Hamburg und ist 29 Jahre alt.', ['M.-L. Voß', 'Am Lindenhof 3', '20095', '29 Jahre alt'], ['Hamburg']),
  c('marieLuise', 'en', 'summary', "Marie-Luise's portfolio shows service design for public-sector clients; Ms Voß speaks German, English and Danish.", ["Marie-Luise's", 'Ms Voß'], ['German', 'English', 'Danish']),
  c('marieLuise', 'de', 'note', 'Portfolio: https://marieluisevoss.design/cases, Instagram @ml_voss_design.', ['https://marieluisevoss.design/cases', '@ml_voss_design'], ['Portfolio', 'Instagram']),
  c('marieLuise', 'de', 'experience', 'Bei IDEO (2016-2019) leitete Luise Voß Workshops; VOSS erhielt 2018 den German Design Award.', ['Luise Voß', 'VOSS'], ['IDEO', '2016-2019', '2018', 'German', 'Design', 'Award']),
  c('marieLuise', 'de', 'summary', 'Die Kandidatin, *21.06.1995, studierte Kommunikationsdesign an der HAW Hamburg.', ['*21.06.1995'], ['Kandidatin', 'HAW', 'Hamburg']),
  c('marieLuise', 'en', 'note', 'Marie Luise Voss can start on 1 March; email ml dot voss at posteo dot de.', ['Marie Luise Voss', 'ml dot voss at posteo dot de'], ['March']),
  c('marieLuise', 'de', 'note', 'Frau Voß (29) wünscht 4 Tage Homeoffice, Gehalt 68.000–72.000 €.', ['Frau Voß (29)'], ['4', 'Tage', '68.000–72.000']),

  // Hans-Peter Schröder: hyphenated first name, ö, older candidate.
  c('hansPeter', 'de', 'summary', 'Hans-Peter Schröder ist Diplom-Ingenieur (FH) für Schiffbau mit 30 Jahren Branchenerfahrung.', ['Hans-Peter Schröder'], ['Diplom-Ingenieur', 'Schiffbau', '30']),
  c('hansPeter', 'de', 'experience', '1995–2010 bei Blohm + Voss; Herr Schroeder verantwortete den Bau von 14 Fregatten.', ['Herr Schroeder'], ['1995–2010', 'Blohm', 'Voss', '14', 'Fregatten']),
  c('hansPeter', 'de', 'note', 'Herr Schröder ist 55 Jahre alt, geboren am 9. Januar 1969, und möchte bis zur Rente bleiben.', ['Herr Schröder', '55 Jahre alt', 'geboren am 9. Januar 1969'], ['Rente']),
  c('hansPeter', 'de', 'note', 'Tel. privat: +49 (0)40 765 43 21, Mail: hp.schroeder@gmx.net; Adresse Elbchaussee 210, 22605 Hamburg.', ['+49 (0)40 765 43 21', 'hp.schroeder@gmx.net', 'Elbchaussee 210', '22605'], ['Hamburg']),
  c('hansPeter', 'en', 'summary', "Hans-Peter's leadership style is calm; H.-P. Schröder mentored 20 junior engineers.", ["Hans-Peter's", 'H.-P. Schröder'], ['20', 'junior']),
  c('hansPeter', 'de', 'experience', 'Seit 2010 technischer Leiter bei der Meyer Werft (Papenburg); Hans Peter Schroeders Projekte: 6 Kreuzfahrtschiffe.', ['Hans Peter Schroeders'], ['2010', 'Meyer', 'Werft', 'Papenburg', '6']),
  c('hansPeter', 'de', 'note', 'Mail an hp punkt schroeder ät gmx punkt net, Rückruf unter 040-7654321.', ['hp punkt schroeder ät gmx punkt net', '040-7654321'], ['Rückruf']),
  c('hansPeter', 'de', 'summary', 'Schröder, H.-P., Jahrgang 1969, Schweißfachingenieur (SFI) seit 1998.', ['Schröder, H.-P.', 'Jahrgang 1969'], ['SFI', '1998']),
  c('hansPeter', 'en', 'note', 'Mr Schroder is available from July; phone 0 40 - 76 54 321.', ['Mr Schroder', '0 40 - 76 54 321'], ['July']),
  c('hansPeter', 'de', 'experience', 'Projektvolumen bis 850 Mio. €, Norm DIN EN ISO 3834-2; Peter, wie ihn Kollegen nennen, führte 40 Mitarbeiter.', ['Peter'], ['850', 'DIN', 'EN', 'ISO', '3834-2', '40']),

  // Anna Maria Bau: double first name, surname that is part of many words.
  c('annaMaria', 'de', 'summary', 'Anna Maria Bau ist Bauingenieurin im Hochbau mit Erfahrung in Bauleitung und Baustellenkoordination.', ['Anna Maria Bau'], ['Bauingenieurin', 'Hochbau', 'Bauleitung', 'Baustellenkoordination']),
  c('annaMaria', 'de', 'experience', '2016-2020 Projektleiterin bei Hochtief; Frau Bau verantwortete Bauvorhaben bis 45 Mio. € nach HOAI.', ['Frau Bau'], ['2016-2020', 'Hochtief', 'Bauvorhaben', '45', 'HOAI']),
  c('annaMaria', 'de', 'note', 'Frau Baus Kündigungsfrist: 6 Wochen zum Quartalsende. Telefon 0176 555 444 33.', ['Frau Baus', '0176 555 444 33'], ['Kündigungsfrist', '6', 'Wochen']),
  c('annaMaria', 'de', 'note', 'Mail: annamaria.bau@outlook.de oder annamaria (at) bau-ing (dot) de; GitHub github.com/ambau.', ['annamaria.bau@outlook.de', 'annamaria (at) bau-ing (dot) de', 'github.com/ambau'], ['GitHub']),
  c('annaMaria', 'en', 'summary', "Anna Maria's BIM skills (Revit, Allplan) are excellent; A. M. Bau holds a Master's in Civil Engineering.", ["Anna Maria's", 'A. M. Bau'], ['BIM', 'Revit', 'Allplan', 'Civil', 'Engineering']),
  c('annaMaria', 'de', 'summary', 'Maria Bau, geb. 17.9.1992, Birkenweg 7, 70173 Stuttgart, sucht eine Stelle im Ingenieurbau.', ['Maria Bau', 'geb. 17.9.1992', 'Birkenweg 7', '70173'], ['Stuttgart', 'Ingenieurbau']),
  c('annaMaria', 'de', 'experience', 'Seit 2020 bei Züblin im Tunnelbau; BAU leitete den Rohbau eines Klinikums (Bauzeit 2021–2023).', ['BAU'], ['2020', 'Züblin', 'Tunnelbau', 'Rohbau', 'Klinikums', 'Bauzeit', '2021–2023']),
  c('annaMaria', 'de', 'note', 'Die Kandidatin ist 32 Jahre alt und wünscht Teilzeit (32 h).', ['32 Jahre alt'], ['32', 'h', 'Teilzeit']),
  c('annaMaria', 'en', 'note', 'Anna, as she prefers, can be reached on 0176-55544433; she was born on 17 September 1992.', ['Anna', '0176-55544433', 'born on 17 September 1992'], ['prefers']),
  c('annaMaria', 'de', 'summary', 'A.M.B. ist Mitglied der Ingenieurkammer Baden-Württemberg; Bauvorlageberechtigung vorhanden.', ['A.M.B.'], ['Ingenieurkammer', 'Baden-Württemberg', 'Bauvorlageberechtigung']),

  // Jörg Strauß: ö and ß.
  c('joerg', 'de', 'summary', 'Jörg Strauß ist SAP-FI/CO-Berater mit 15 Jahren Projekterfahrung (S/4HANA 2022).', ['Jörg Strauß'], ['SAP-FI', 'CO-Berater', '15', 'S', '4HANA', '2022']),
  c('joerg', 'de', 'experience', 'Herr Strauss war 2009–2015 bei Accenture; Joergs Kunden: Bosch, BASF, Lufthansa.', ['Herr Strauss', 'Joergs'], ['2009–2015', 'Accenture', 'Bosch', 'BASF', 'Lufthansa']),
  c('joerg', 'de', 'note', 'Kontakt: joerg.strauss@mailbox.org, Festnetz (0221) 998 87 76.', ['joerg.strauss@mailbox.org', '(0221) 998 87 76'], ['Kontakt']),
  c('joerg', 'de', 'note', 'Adresse Konrad-Adenauer-Str. 44, 53113 Bonn; Geburtstag 24.12.1980.', ['Konrad-Adenauer-Str. 44', '53113', 'Geburtstag 24.12.1980'], ['Bonn']),
  c('joerg', 'en', 'summary', 'Jorg Strauss (JS) is a certified SAP S/4HANA consultant; Mr. Strauß speaks German and French.', ['Jorg Strauss', 'Mr. Strauß'], ['SAP', 'German', 'French', 'JS']),
  c('joerg', 'de', 'experience', 'Seit 2015 freiberuflich; Tagessatz 1.100 €. STRAUSS hat 4 Rollouts in Osteuropa geleitet.', ['STRAUSS'], ['2015', '1.100', '4', 'Osteuropa']),
  c('joerg', 'de', 'note', 'Rufnummer 0221/9988776 – Herr Strauß ist 43 Jahre alt.', ['0221/9988776', 'Herr Strauß', '43 Jahre alt'], ['Rufnummer']),
  c('joerg', 'de', 'summary', 'J. Strauß, Dipl.-Kfm., wohnt in der Konrad-Adenauer-Straße in Bonn.', ['J. Strauß', 'Konrad-Adenauer-Straße'], ['Dipl.-Kfm.', 'Bonn']),
  c('joerg', 'en', 'note', 'Email joerg [dot] strauss [at] mailbox [dot] org; born 24 December 1980.', ['joerg [dot] strauss [at] mailbox [dot] org', 'born 24 December 1980'], ['Email']),
  c('joerg', 'de', 'experience', 'Jörgs Projekt bei der Telekom (2018/2019) sparte 2,3 Mio. € Lizenzkosten.', ['Jörgs'], ['Telekom', '2018/2019', '2,3', 'Lizenzkosten']),

  // Thomas Wagner: common surname, personal domain.
  c('thomas', 'de', 'summary', 'Thomas Wagner ist Full-Stack-Entwickler (TypeScript, React, Node.js 20) und betreibt wagner-it.de.', ['Thomas Wagner', 'wagner-it.de'], ['TypeScript', 'React', 'Node.js', '20']),
  c('thomas', 'de', 'experience', 'Bei trivago (2014–2018) entwickelte Herr Wagner das Preisvergleichs-Frontend; danach CTO eines Start-ups mit 12 Entwicklern.', ['Herr Wagner'], ['trivago', '2014–2018', 'CTO', '12']),
  c('thomas', 'de', 'note', 'T. Wagner ist unter +49 151 234 567 89 oder t.wagner@wagner-it.de erreichbar.', ['T. Wagner', '+49 151 234 567 89', 't.wagner@wagner-it.de'], ['erreichbar']),
  c('thomas', 'en', 'summary', "Thomas' open-source work is on https://github.com/twagner-dev and his blog https://www.wagner-it.de/blog.", ["Thomas'", 'https://github.com/twagner-dev', 'https://www.wagner-it.de/blog'], ['open-source']),
  c('thomas', 'de', 'note', 'Wohnt Berliner Allee 8, 40212 Düsseldorf; Jahrgang 1983.', ['Berliner Allee 8', '40212', 'Jahrgang 1983'], ['Düsseldorf']),
  c('thomas', 'de', 'experience', 'Thomas‘ Team migrierte 2020 von Angular 8 auf React 17; Wagners Architektur trägt 5.000 Requests/s.', ['Thomas', 'Wagners'], ['2020', 'Angular', '8', 'React', '17', '5.000']),
  c('thomas', 'en', 'note', 'LinkedIn: linkedin.com/in/thomas-wagner-dev. Mr Wagner is 41 years old.', ['linkedin.com/in/thomas-wagner-dev', 'Mr Wagner', '41 years old'], ['LinkedIn']),
  c('thomas', 'de', 'summary', 'WAGNER, Thomas – geb. am 05.04.1983 – Schwerpunkt Cloud-Architektur (AWS, Terraform 1.5).', ['WAGNER, Thomas', 'geb. am 05.04.1983'], ['Cloud-Architektur', 'AWS', 'Terraform', '1.5']),
  c('thomas', 'de', 'note', 'Mail bitte an thomas (at) wagner-it (dot) de, Handy 0151 23 45 67 89.', ['thomas (at) wagner-it (dot) de', '0151 23 45 67 89'], ['Handy']),
  c('thomas', 'en', 'experience', 'Since 2021 T.W. has led the platform team at Celonis (Munich), growing it from 4 to 15 engineers.', ['T.W.'], ['2021', 'Celonis', 'Munich', '4', '15']),

  // Julia Braun: surname that is a colour.
  c('julia', 'de', 'summary', 'Julia Braun ist Personalreferentin mit Schwerpunkt Employer Branding und Recruiting.', ['Julia Braun'], ['Personalreferentin', 'Employer', 'Branding', 'Recruiting']),
  c('julia', 'de', 'experience', '2014-2018 bei der Porsche AG in Leipzig; Frau Braun baute das Azubi-Programm (80 Plätze) auf.', ['Frau Braun'], ['2014-2018', 'Porsche', 'Leipzig', '80']),
  c('julia', 'de', 'note', 'Julias Gehaltsvorstellung: 58.000 €; Telefon 0160/111 22 23, E-Mail julia.braun91@yahoo.de.', ['Julias', '0160/111 22 23', 'julia.braun91@yahoo.de'], ['58.000']),
  c('julia', 'de', 'note', 'Frau Braun wohnt Rosenstraße 3, 04109 Leipzig, und ist 33 Jahre alt.', ['Frau Braun', 'Rosenstraße 3', '04109', '33 Jahre alt'], ['Leipzig']),
  c('julia', 'en', 'summary', "J. Braun's strengths: stakeholder management and HR analytics (SAP SuccessFactors).", ["J. Braun's"], ['SAP', 'SuccessFactors', 'HR']),
  c('julia', 'de', 'note', 'E-Mail: julia punkt braun91 ät yahoo punkt de; geboren am 8. August 1991.', ['julia punkt braun91 ät yahoo punkt de', 'geboren am 8. August 1991'], ['E-Mail']),
  c('julia', 'de', 'experience', 'Seit 2018 HR Business Partnerin bei DHL; BRAUN verantwortet 1.500 Mitarbeitende.', ['BRAUN'], ['2018', 'DHL', '1.500']),
  c('julia', 'en', 'note', 'Julia can interview on Tuesdays; her number is 0160 - 1112223.', ['Julia', '0160 - 1112223'], ['Tuesdays']),
  c('julia', 'de', 'summary', 'Braun, Julia; Bachelor BWL (2013), Master Personalmanagement (2015).', ['Braun, Julia'], ['Bachelor', 'BWL', '2013', 'Master', '2015']),
  c('julia', 'de', 'note', 'Die Kandidatin (J.B.) ist für Leipzig und Halle offen; Alter 33 Jahre.', ['J.B.', 'Alter 33 Jahre'], ['Leipzig', 'Halle']),

  // Stefan Lange: surname that is an adverb.
  c('stefan', 'de', 'summary', 'Stefan Lange ist DevOps-Engineer mit Kubernetes- und GitLab-CI-Erfahrung.', ['Stefan Lange'], ['DevOps-Engineer', 'Kubernetes', 'GitLab-CI-Erfahrung']),
  c('stefan', 'de', 'experience', '2012–2017 Systemadministrator bei der DATEV; Herr Lange automatisierte 400 Server mit Ansible.', ['Herr Lange'], ['2012–2017', 'DATEV', '400', 'Ansible']),
  c('stefan', 'de', 'note', 'Wie lange die Kündigungsfrist läuft, klärt Herr Lange noch; Telefon 0172 345 67 89.', ['Herr Lange', '0172 345 67 89'], ['lange', 'Kündigungsfrist']),
  c('stefan', 'de', 'note', 'Code auf github.com/slange87, Mail stefan.lange@icloud.com.', ['github.com/slange87', 'stefan.lange@icloud.com'], ['Code']),
  c('stefan', 'en', 'summary', "Stefan's on-call experience spans 5 years; S. Lange holds the CKA certification (2022).", ["Stefan's", 'S. Lange'], ['5', 'CKA', '2022']),
  c('stefan', 'de', 'note', 'Adresse: Schillerplatz 4, 01067 Dresden. Geb.: 28.02.1987.', ['Schillerplatz 4', '01067', 'Geb.: 28.02.1987'], ['Dresden']),
  c('stefan', 'de', 'experience', 'Seit 2017 SRE bei Otto; LANGE reduzierte die Ausfallzeit um 40 % und betreut 3 Rechenzentren.', ['LANGE'], ['2017', 'SRE', 'Otto', '40', '3']),
  c('stefan', 'en', 'note', 'Reach Stefan on +49 (172) 3456789 or via stefan.lange at icloud.com.', ['Stefan', '+49 (172) 3456789', 'stefan.lange at icloud.com'], ['Reach']),
  c('stefan', 'de', 'summary', 'Lange, Stefan – 37 Jahre alt – sucht Remote-Stelle, Gehalt ab 80.000 €.', ['Lange, Stefan', '37 Jahre alt'], ['Remote-Stelle', '80.000']),
  c('stefan', 'de', 'note', 'GitHub-Name slange87; Stefans Talks auf der KubeCon 2023 sind öffentlich.', ['slange87', 'Stefans'], ['KubeCon', '2023']),

  // Katharina Fischer: surname that is a job title.
  c('katharina', 'de', 'summary', 'Katharina Fischer ist Controllerin mit IFRS- und HGB-Erfahrung in der Fischereiwirtschaft.', ['Katharina Fischer'], ['Controllerin', 'IFRS', 'HGB', 'Fischereiwirtschaft']),
  c('katharina', 'de', 'experience', '2017-2021 bei KPMG in Erfurt; Frau Fischer prüfte Konzernabschlüsse bis 2 Mrd. € Bilanzsumme.', ['Frau Fischer'], ['2017-2021', 'KPMG', 'Erfurt', '2']),
  c('katharina', 'de', 'note', 'Katharinas Nummer: +49 1590 123 4567, Mail k.fischer@proton.me.', ['Katharinas', '+49 1590 123 4567', 'k.fischer@proton.me'], ['Nummer']),
  c('katharina', 'de', 'note', 'Wohnhaft Domplatz 2, 99084 Erfurt; 30 Jahre alt; Führerschein Klasse B.', ['Domplatz 2', '99084', '30 Jahre alt'], ['Erfurt', 'Führerschein', 'Klasse', 'B']),
  c('katharina', 'en', 'summary', "K. Fischer's CPA-equivalent (Steuerberaterin) exam is scheduled for 2025; Ms Fischer speaks Spanish.", ["K. Fischer's", 'Ms Fischer'], ['2025', 'Spanish', 'Steuerberaterin']),
  c('katharina', 'de', 'note', 'E-Mail: k (punkt) fischer (at) proton (punkt) me – bitte nur nach Freigabe.', ['k (punkt) fischer (at) proton (punkt) me'], ['Freigabe']),
  c('katharina', 'de', 'experience', 'Seit 2021 Leiterin Controlling bei Ibis Erfurt (Umsatz 65.000.000 €); FISCHER führt 7 Mitarbeiter.', ['FISCHER'], ['2021', 'Ibis', 'Erfurt', '65.000.000', '7']),
  c('katharina', 'de', 'summary', 'Fischer, Katharina, geb. 15.05.1994 in Gotha.', ['Fischer, Katharina', 'geb. 15.05.1994'], ['Gotha']),
  c('katharina', 'en', 'note', 'Katharina was born May 15, 1994; phone 01590-1234567.', ['Katharina', 'born May 15, 1994', '01590-1234567'], ['phone']),
  c('katharina', 'de', 'note', 'K.F. wünscht 30 Tage Urlaub und 2 Tage Homeoffice pro Woche.', ['K.F.'], ['30', 'Tage', 'Urlaub', '2', 'Woche']),

  // Michael Schmidt: very common name.
  c('michael', 'de', 'summary', 'Michael Schmidt ist Elektroingenieur mit 25 Jahren Erfahrung in der Automatisierungstechnik (Siemens S7, TIA Portal V17).', ['Michael Schmidt'], ['Elektroingenieur', '25', 'Siemens', 'S7', 'TIA', 'Portal', 'V17']),
  c('michael', 'de', 'experience', '1999-2012 bei Schaeffler; Herr Schmidt leitete die Inbetriebnahme von 35 Fertigungslinien.', ['Herr Schmidt'], ['1999-2012', 'Schaeffler', '35']),
  c('michael', 'de', 'note', 'Michaels Festnetz: 0911 / 23 45 67, mobil nicht bekannt; Mail michael.schmidt@arcor.de.', ['Michaels', '0911 / 23 45 67', 'michael.schmidt@arcor.de'], ['mobil']),
  c('michael', 'de', 'note', 'Herr Schmidt wohnt Nürnberger Straße 77, 90402 Nürnberg, und ist 49 Jahre alt.', ['Herr Schmidt', 'Nürnberger Straße 77', '90402', '49 Jahre alt'], ['Nürnberg']),
  c('michael', 'en', 'summary', "M. Schmidt's PLC expertise covers Siemens and Beckhoff; Michael is IEC 61131-3 certified.", ["M. Schmidt's", 'Michael'], ['PLC', 'Siemens', 'Beckhoff', 'IEC', '61131-3']),
  c('michael', 'de', 'note', 'Geburtsdatum 10.10.1975; Kontakt über michael punkt schmidt at arcor punkt de.', ['Geburtsdatum 10.10.1975', 'michael punkt schmidt at arcor punkt de'], ['Kontakt']),
  c('michael', 'de', 'experience', 'Seit 2012 Teamleiter bei Siemens Healthineers in Erlangen; SCHMIDT verantwortet Budgets bis 3,5 Mio. €.', ['SCHMIDT'], ['2012', 'Siemens', 'Healthineers', 'Erlangen', '3,5']),
  c('michael', 'en', 'note', 'Mr. Schmidt (49) prefers a 4-day week; call +49 911 234567.', ['Mr. Schmidt (49)', '+49 911 234567'], ['4-day', 'week']),
  c('michael', 'de', 'summary', 'Schmidt, M., Dipl.-Ing. (FH), VDE-Mitglied seit 2001.', ['Schmidt, M.'], ['Dipl.-Ing.', 'FH', 'VDE-Mitglied', '2001']),
  c('michael', 'de', 'note', 'Bitte Herrn Michael Schmidt nicht vor dem 01.05. kontaktieren.', ['Herrn Michael Schmidt'], ['01.05.', 'kontaktieren']),

  // Lukas Klein: surname that is an adjective, young candidate.
  c('lukas', 'de', 'summary', 'Lukas Klein ist Junior-Entwickler (Python, Django) und arbeitet gern in kleinen Teams.', ['Lukas Klein'], ['Junior-Entwickler', 'Python', 'Django', 'kleinen', 'Teams']),
  c('lukas', 'de', 'experience', 'Werkstudent bei Bremer Software (2019–2022); Herr Klein entwickelte eine Kleinanzeigen-Plattform.', ['Herr Klein'], ['Werkstudent', 'Bremer', '2019–2022', 'Kleinanzeigen-Plattform']),
  c('lukas', 'de', 'note', 'Lukas ist 26 Jahre alt; Mobil 0157-98765432, Mail lukas.klein98@gmail.com.', ['Lukas', '26 Jahre alt', '0157-98765432', 'lukas.klein98@gmail.com'], ['Mobil']),
  c('lukas', 'de', 'note', 'XING: https://www.xing.com/profile/Lukas_Klein12 – Wohnort Gartenweg 1, 28195 Bremen.', ['https://www.xing.com/profile/Lukas_Klein12', 'Gartenweg 1', '28195'], ['XING', 'Wohnort', 'Bremen']),
  c('lukas', 'en', 'summary', "Lukas' bachelor thesis (2022) dealt with graph databases; L. Klein contributed to Neo4j plugins.", ["Lukas'", 'L. Klein'], ['2022', 'Neo4j', 'graph']),
  c('lukas', 'de', 'note', 'Geboren 03.03.1998 in Oldenburg; KLEIN spricht Deutsch und Englisch.', ['Geboren 03.03.1998', 'KLEIN'], ['Oldenburg', 'Deutsch', 'Englisch']),
  c('lukas', 'de', 'experience', 'Seit 2022 Entwickler bei Kleinmann GmbH; Lukas’ Projekte: 3 Django-Apps, Python 3.11.', ['Lukas'], ['2022', 'Kleinmann', 'GmbH', '3', 'Django-Apps', 'Python', '3.11']),
  c('lukas', 'en', 'note', 'Email lukas (dot) klein98 (at) gmail (dot) com; phone 0157 987 654 32.', ['lukas (dot) klein98 (at) gmail (dot) com', '0157 987 654 32'], ['Email']),
  c('lukas', 'de', 'summary', 'Klein, Lukas – B.Sc. Informatik (Uni Bremen, Note 1,7).', ['Klein, Lukas'], ['B.Sc.', 'Informatik', 'Bremen', '1,7']),
  c('lukas', 'de', 'note', 'Herr L. Klein kann am 15.09. starten; Gehalt 52.000 €.', ['Herr L. Klein'], ['15.09.', '52.000']),

  // Sarah Meyer: English persona.
  c('sarah', 'en', 'summary', 'Sarah Meyer is a product manager with 9 years in fintech (Revolut, Monzo).', ['Sarah Meyer'], ['9', 'fintech', 'Revolut', 'Monzo']),
  c('sarah', 'en', 'experience', 'From 2016 to 2020 Ms Meyer led the payments squad at Revolut in London, growing revenue by 35%.', ['Ms Meyer'], ['2016', '2020', 'Revolut', 'London', '35%']),
  c('sarah', 'en', 'note', "Sarah's notice period is one month. Mobile +44 7700 900 123, email sarah.meyer@gmail.com.", ["Sarah's", '+44 7700 900 123', 'sarah.meyer@gmail.com'], ['notice']),
  c('sarah', 'en', 'note', 'Lives at 14 Abbey Road, NW8 9AY London; born on July 19, 1989.', ['14 Abbey Road', 'NW8 9AY', 'born on July 19, 1989'], ['London']),
  c('sarah', 'en', 'summary', 'S. Meyer holds an MBA (LBS, 2015); LinkedIn: https://linkedin.com/in/sarahmeyer/', ['S. Meyer', 'https://linkedin.com/in/sarahmeyer/'], ['MBA', 'LBS', '2015']),
  c('sarah', 'de', 'note', 'Frau Meyer spricht fließend Deutsch; sie ist 35 Jahre alt und möchte nach Berlin ziehen.', ['Frau Meyer', '35 Jahre alt'], ['Deutsch', 'Berlin']),
  c('sarah', 'en', 'experience', 'Since 2020 Sarah has been Head of Product at Monzo; MEYER manages a £2m budget.', ['Sarah', 'MEYER'], ['2020', 'Monzo', '2m']),
  c('sarah', 'en', 'note', 'Contact: sarah dot meyer at gmail dot com or (+44) 7700-900123.', ['sarah dot meyer at gmail dot com', '(+44) 7700-900123'], ['Contact']),
  c('sarah', 'en', 'summary', 'Meyer, Sarah (35), product leader, aged 35, based in London.', ['Meyer, Sarah (35)', 'aged 35'], ['London']),
  c('sarah', 'en', 'note', "Sarah's referees can be contacted after the second interview; DOB 19/07/1989.", ["Sarah's", 'DOB 19/07/1989'], ['referees']),

  // James O'Connor: apostrophe in the surname.
  c('james', 'en', 'summary', "James O'Connor is a backend engineer (Go, Rust) with 12 years of experience.", ["James O'Connor"], ['Go', 'Rust', '12']),
  c('james', 'en', 'experience', "From 2012 to 2018 Mr O’Connor built trading systems at Susquehanna in Dublin.", ['Mr O’Connor'], ['2012', '2018', 'Susquehanna', 'Dublin']),
  c('james', 'en', 'note', "James's phone is +353 1 234 5678 and his email james.oconnor@outlook.com.", ["James's", '+353 1 234 5678', 'james.oconnor@outlook.com'], ['phone']),
  c('james', 'en', 'note', 'Twitter: @jamesoc_dev, also https://twitter.com/jamesoc_dev/status/1234.', ['@jamesoc_dev', 'https://twitter.com/jamesoc_dev/status/1234'], ['Twitter']),
  c('james', 'en', 'summary', 'J. OConnor, born on 3 November 1984 in Cork, lives at 7 Merrion Square, D02 X285 Dublin.', ['J. OConnor', 'born on 3 November 1984', '7 Merrion Square', 'D02 X285'], ['Cork', 'Dublin']),
  c('james', 'en', 'experience', "Since 2018 O'CONNOR leads the platform group at Stripe; James' team owns 40 services.", ["O'CONNOR", "James'"], ['2018', 'Stripe', '40']),
  c('james', 'de', 'note', "Herr O'Connor ist 39 Jahre alt und spricht etwas Deutsch.", ["Herr O'Connor", '39 Jahre alt'], ['Deutsch']),
  c('james', 'en', 'note', 'Email: james [dot] oconnor [at] outlook [dot] com; mobile 01 234 5678.', ['james [dot] oconnor [at] outlook [dot] com', '01 234 5678'], ['Email']),
  c('james', 'en', 'summary', 'OConnor, James – Go 1.22, Kafka, Postgres 16 – open to relocation.', ['OConnor, James'], ['Go', '1.22', 'Kafka', 'Postgres', '16']),
  c('james', 'en', 'note', "Jim, as James O'Connor signs, is 39 years old.", ["James O'Connor", '39 years old'], ['Jim', 'signs']),

  // Emily Baker: surname that is a job title.
  c('emily', 'en', 'summary', 'Emily Baker is a data engineer (Spark, Airflow, dbt) with 7 years of experience.', ['Emily Baker'], ['Spark', 'Airflow', 'dbt', '7']),
  c('emily', 'en', 'experience', 'Before tech, Emily worked as a baker for 3 years; Ms Baker then retrained via a bootcamp in 2016.', ['Emily', 'Ms Baker'], ['baker', '3', 'bootcamp', '2016']),
  c('emily', 'en', 'note', "Emily's phone: +1 (415) 555-0132; email emily.baker93@gmail.com.", ["Emily's", '+1 (415) 555-0132', 'emily.baker93@gmail.com'], ['phone']),
  c('emily', 'en', 'note', 'Address 221 Market Street, San Francisco, CA 94105; she is 31 years old.', ['221 Market Street', '94105', '31 years old'], ['San', 'Francisco', 'CA']),
  c('emily', 'en', 'summary', 'E. Baker maintains github.com/emilyb93 and tweets as @emily_bakes (x.com/emily_bakes).', ['E. Baker', 'github.com/emilyb93', '@emily_bakes', 'x.com/emily_bakes'], ['maintains']),
  c('emily', 'en', 'experience', 'Since 2019 BAKER has run the data platform at Lyft; Emily’s pipelines process 2 TB/day.', ['BAKER', 'Emily’s'], ['2019', 'Lyft', '2', 'TB']),
  c('emily', 'en', 'note', 'Contact emily (at) baker-data (dot) io or call 415-555-0132.', ['emily (at) baker-data (dot) io', '415-555-0132'], ['Contact']),
  c('emily', 'en', 'summary', 'Baker, Emily; born February 11, 1993; B.S. Computer Science (UC Davis, 2015).', ['Baker, Emily', 'born February 11, 1993'], ['Computer', 'Science', 'UC', 'Davis', '2015']),
  c('emily', 'de', 'note', 'Frau Baker ist 31 Jahre alt und ab 01.06. verfügbar.', ['Frau Baker', '31 Jahre alt'], ['01.06.', 'verfügbar']),
  c('emily', 'en', 'note', 'E.B. asked that her GitHub emilyb93 not be shared before the offer.', ['E.B.', 'emilyb93'], ['GitHub', 'offer']),

  // Oliver Smith: personal domain with the name.
  c('oliver', 'en', 'summary', 'Oliver Smith is a frontend architect (Vue 3, Nuxt) and writes at oliversmith.dev.', ['Oliver Smith', 'oliversmith.dev'], ['Vue', '3', 'Nuxt']),
  c('oliver', 'en', 'experience', 'Between 2014 and 2019 Mr Smith worked at the BBC in London on iPlayer (10m users).', ['Mr Smith'], ['2014', '2019', 'BBC', 'London', 'iPlayer', '10m']),
  c('oliver', 'en', 'note', "Oliver's landline is 020 7946 0958; email oliver@smith.dev.", ["Oliver's", '020 7946 0958', 'oliver@smith.dev'], ['landline']),
  c('oliver', 'en', 'note', 'Lives at 12 Baker Street, W1U 3BW London; date of birth: 30 June 1986.', ['12 Baker Street', 'W1U 3BW', 'date of birth: 30 June 1986'], ['London']),
  c('oliver', 'en', 'summary', 'O. Smith speaks at conferences; slides on https://oliversmith.dev/talks and https://speakerdeck.com/osmith86.', ['O. Smith', 'https://oliversmith.dev/talks', 'https://speakerdeck.com/osmith86'], ['conferences']),
  c('oliver', 'en', 'experience', 'Since 2019 SMITH has led frontend at Deliveroo; Oliver introduced TypeScript 4 and cut bundle size by 40%.', ['SMITH', 'Oliver'], ['2019', 'Deliveroo', 'TypeScript', '4', '40%']),
  c('oliver', 'de', 'note', 'Herr Smith (38) möchte remote für ein deutsches Unternehmen arbeiten.', ['Herr Smith (38)'], ['remote', 'deutsches']),
  c('oliver', 'en', 'note', 'Email oliver (at) smith (dot) dev; mobile +44 20 7946 0958.', ['oliver (at) smith (dot) dev', '+44 20 7946 0958'], ['mobile']),
  c('oliver', 'en', 'summary', 'Smith, Oliver, aged 38, Vue core contributor since 2017.', ['Smith, Oliver', 'aged 38'], ['Vue', '2017']),
  c('oliver', 'en', 'note', 'Oliver is 38 years old and can start on 1 September.', ['Oliver', '38 years old'], ['September']),

  // René Lefèvre: accents.
  c('rene', 'de', 'summary', 'René Lefèvre ist zweisprachiger Vertriebsleiter (Deutsch/Französisch) im Maschinenbau.', ['René Lefèvre'], ['Vertriebsleiter', 'Deutsch', 'Französisch', 'Maschinenbau']),
  c('rene', 'de', 'experience', '2010–2016 bei Dillinger Hütte; Herr Lefevre steigerte den Export nach Frankreich um 25 %.', ['Herr Lefevre'], ['2010–2016', 'Dillinger', 'Hütte', 'Frankreich', '25']),
  c('rene', 'de', 'note', 'Renés Mobilnummer: +33 6 12 34 56 78, Mail rene.lefevre@free.fr.', ['Renés', '+33 6 12 34 56 78', 'rene.lefevre@free.fr'], ['Mobilnummer']),
  c('rene', 'de', 'note', 'Wohnt Schulstraße 9, 66111 Saarbrücken; geboren am 1. September 1982.', ['Schulstraße 9', '66111', 'geboren am 1. September 1982'], ['Saarbrücken']),
  c('rene', 'en', 'summary', "Rene Lefevre's key accounts include Airbus and Renault; R. Lefèvre negotiates in three languages.", ["Rene Lefevre's", 'R. Lefèvre'], ['Airbus', 'Renault']),
  c('rene', 'de', 'experience', 'Seit 2016 Vertriebsleiter DACH bei Hager; LEFÈVRE führt 18 Außendienstler.', ['LEFÈVRE'], ['2016', 'DACH', 'Hager', '18']),
  c('rene', 'de', 'note', 'E-Mail: rene (point) lefevre (at) free (point) fr – Herr Lefèvre ist 42 Jahre alt.', ['rene (point) lefevre (at) free (point) fr', 'Herr Lefèvre', '42 Jahre alt'], ['E-Mail']),
  c('rene', 'en', 'note', 'René can be reached on 0033 6 12 34 56 78 after 6 pm.', ['René', '0033 6 12 34 56 78'], ['6', 'pm']),
  c('rene', 'de', 'summary', 'Lefèvre, René – Jg. 1982 – Dipl.-Kaufmann (Universität des Saarlandes).', ['Lefèvre, René', 'Jg. 1982'], ['Dipl.-Kaufmann', 'Universität', 'Saarlandes']),
  c('rene', 'de', 'note', 'R.L. wünscht einen Dienstwagen der Mittelklasse und 30 Tage Urlaub.', ['R.L.'], ['Dienstwagen', '30', 'Tage']),

  // Łukasz Wróbel: Polish letters that do not decompose.
  c('lukasz', 'de', 'summary', 'Łukasz Wróbel ist Embedded-Entwickler (C, C++17, FreeRTOS) mit 10 Jahren Erfahrung.', ['Łukasz Wróbel'], ['Embedded-Entwickler', 'C', 'C++17', 'FreeRTOS', '10']),
  c('lukasz', 'de', 'experience', '2013-2018 bei Continental in Frankfurt; Herr Wrobel entwickelte ABS-Steuergeräte nach ISO 26262.', ['Herr Wrobel'], ['2013-2018', 'Continental', 'Frankfurt', 'ABS-Steuergeräte', 'ISO', '26262']),
  c('lukasz', 'de', 'note', 'Lukasz’ Nummer: +48 601 234 567; Mail lukasz.wrobel@wp.pl.', ['Lukasz', '+48 601 234 567', 'lukasz.wrobel@wp.pl'], ['Nummer']),
  c('lukasz', 'de', 'note', 'Adresse: Mainzer Landstraße 50, 60329 Frankfurt am Main; geb. 22.04.1991.', ['Mainzer Landstraße 50', '60329', 'geb. 22.04.1991'], ['Frankfurt', 'Main']),
  c('lukasz', 'en', 'summary', "Lukasz Wrobel's open-source drivers are on https://gitlab.com/lwrobel; Ł. Wróbel also mentors students.", ["Lukasz Wrobel's", 'https://gitlab.com/lwrobel', 'Ł. Wróbel'], ['open-source', 'drivers']),
  c('lukasz', 'de', 'experience', 'Seit 2018 bei Bosch Rexroth; WRÓBEL verantwortet die Firmware von 3 Produktlinien.', ['WRÓBEL'], ['2018', 'Bosch', 'Rexroth', '3']),
  c('lukasz', 'en', 'note', 'Email lukasz dot wrobel at wp dot pl; he is 33 years old.', ['lukasz dot wrobel at wp dot pl', '33 years old'], ['Email']),
  c('lukasz', 'de', 'note', 'Łukasz ist ab 01.07. verfügbar, Kündigungsfrist 3 Monate; Handy 0048 601-234-567.', ['Łukasz', '0048 601-234-567'], ['01.07.', '3', 'Monate']),
  c('lukasz', 'de', 'summary', 'Wróbel, Łukasz; M.Sc. Elektrotechnik (TU Warschau, 2014).', ['Wróbel, Łukasz'], ['M.Sc.', 'Elektrotechnik', 'TU', 'Warschau', '2014']),
  c('lukasz', 'en', 'note', 'GitLab handle lwrobel; born on 22 April 1991 in Gdańsk.', ['lwrobel', 'born on 22 April 1991'], ['GitLab', 'Gdańsk']),

  // Özlem Yılmaz: Turkish letters (dotless i).
  c('oezlem', 'de', 'summary', 'Özlem Yılmaz ist Pflegedienstleitung mit Fachweiterbildung Intensivpflege.', ['Özlem Yılmaz'], ['Pflegedienstleitung', 'Fachweiterbildung', 'Intensivpflege']),
  c('oezlem', 'de', 'experience', '2018–2022 Stationsleitung an der Charité in Berlin; Frau Yilmaz führte 40 Pflegekräfte.', ['Frau Yilmaz'], ['2018–2022', 'Charité', 'Berlin', '40']),
  c('oezlem', 'de', 'note', 'Özlems Telefon: 0178 / 445 56 67; E-Mail oezlem.yilmaz@gmail.com.', ['Özlems', '0178 / 445 56 67', 'oezlem.yilmaz@gmail.com'], ['Telefon']),
  c('oezlem', 'de', 'note', 'Wohnt Sonnenallee 101, 12045 Berlin, ist 27 Jahre alt.', ['Sonnenallee 101', '12045', '27 Jahre alt'], ['Berlin']),
  c('oezlem', 'en', 'summary', 'Oezlem Yilmaz (27) speaks German, Turkish and English; Ö. Yılmaz holds a nursing management degree.', ['Oezlem Yilmaz (27)', 'Ö. Yılmaz'], ['German', 'Turkish', 'English']),
  c('oezlem', 'de', 'experience', 'Seit 2022 Pflegedienstleitung bei Vivantes; YILMAZ reduzierte die Fluktuation um 15 %.', ['YILMAZ'], ['2022', 'Vivantes', '15']),
  c('oezlem', 'de', 'note', 'Mail: oezlem (ät) gmail (punkt) com; geboren am 02.12.1996.', ['oezlem (ät) gmail (punkt) com', 'geboren am 02.12.1996'], ['Mail']),
  c('oezlem', 'en', 'note', 'Ozlem can start in January; phone 0178-4455667.', ['Ozlem', '0178-4455667'], ['January']),
  c('oezlem', 'de', 'summary', 'Yılmaz, Özlem – examinierte Gesundheits- und Krankenpflegerin (2016).', ['Yılmaz, Özlem'], ['Gesundheits-', 'Krankenpflegerin', '2016']),
  c('oezlem', 'de', 'note', 'Frau Ö. Yilmaz wünscht keine Nachtschichten mehr.', ['Frau Ö. Yilmaz'], ['Nachtschichten']),

  // Prof. Dr. Christian von der Heide: particles.
  c('christian', 'de', 'summary', 'Prof. Dr. Christian von der Heide ist Volkswirt mit Schwerpunkt Arbeitsmarktökonomie.', ['Prof. Dr. Christian von der Heide'], ['Volkswirt', 'Arbeitsmarktökonomie']),
  c('christian', 'de', 'experience', '2005–2015 am IAB in Nürnberg; Herr von der Heide leitete dort die Forschungsgruppe (8 Personen).', ['Herr von der Heide'], ['2005–2015', 'IAB', 'Nürnberg', '8']),
  c('christian', 'de', 'note', 'Kontakt: c.vonderheide@uni-example.de, Tel. 0551 39-12345.', ['c.vonderheide@uni-example.de', '0551 39-12345'], ['Kontakt']),
  c('christian', 'de', 'note', 'Wohnt Weender Landstraße 3, 37073 Göttingen; Jahrgang 1970.', ['Weender Landstraße 3', '37073', 'Jahrgang 1970'], ['Göttingen']),
  c('christian', 'en', 'summary', "Christian's publications (h-index 32) are listed on https://scholar.example.org/vonderheide; C. von der Heide chairs the VfS committee.", ["Christian's", 'https://scholar.example.org/vonderheide', 'C. von der Heide'], ['h-index', '32', 'VfS']),
  c('christian', 'de', 'experience', 'Seit 2015 Professor in Göttingen; HEIDE ist von der Idee eines Wechsels in die Wirtschaft überzeugt.', ['HEIDE'], ['2015', 'Professor', 'Göttingen', 'von', 'der', 'Idee']),
  c('christian', 'de', 'note', 'Herr Prof. von der Heide ist 54 Jahre alt; Handy 0171 - 2345 678 nicht weitergeben.', ['Herr Prof. von der Heide', '54 Jahre alt'], ['Handy']),
  c('christian', 'en', 'note', 'Email c (dot) vonderheide (at) uni-example (dot) de; born on 5 May 1970.', ['c (dot) vonderheide (at) uni-example (dot) de', 'born on 5 May 1970'], ['Email']),
  c('christian', 'de', 'summary', 'Von der Heide, Christian – Habilitation 2004, 120 Publikationen.', ['Von der Heide, Christian'], ['Habilitation', '2004', '120', 'Publikationen']),
  c('christian', 'de', 'note', 'Die Heide-Studie von 2019 (Mitautor: Christian) wird oft zitiert.', ['Heide', 'Christian'], ['Studie', '2019', 'Mitautor']),

  // Mixed, harder cases across personas.
  c('anna', 'de', 'note', 'Annas Nachfolgerin bei Zalando heißt Annalena; Hannah Müllerová ist ihre Kollegin. Anna-Sophie ist nicht die Kandidatin.', ['Annas', 'Anna'], ['Annalena', 'Hannah', 'Müllerová', 'Zalando', 'Sophie']),
  c('anna', 'en', 'note', 'Her email was anna.mueller88@gmail.com (private) and a.mueller@zalando.de (work); her number +49-170-1234567.', ['anna.mueller88@gmail.com', 'a.mueller@zalando.de', '+49-170-1234567'], ['private', 'work']),
  c('anna', 'de', 'note', 'Sprechen Sie bitte nicht Frau Dr. Müller direkt an, sondern mich: Tel. 030 / 55 66 77 88 (Agentur).', ['Frau Dr. Müller', '030 / 55 66 77 88'], ['Agentur']),
  c('jens', 'de', 'note', 'Herr K. hat kein Interesse an Schichtdienst; J. Koch (mobil: 0171 987 6543) meldet sich.', ['Herr K.', 'J. Koch', '0171 987 6543'], ['Schichtdienst', 'mobil']),
  c('jens', 'en', 'note', 'He trained as a cook; JENS KOCH – phone zero one seven one is not written out.', ['JENS KOCH'], ['cook', 'phone']),
  c('thomas', 'de', 'note', 'Website (www.wagner-it.de) und Mail (thomas@wagner-it.de) nennt der Kandidat im Gespräch.', ['www.wagner-it.de', 'thomas@wagner-it.de'], ['Website', 'Kandidat']),
  c('stefan', 'en', 'note', 'Stefan\u00a0Lange can be called on 0172\u00a03456789; he stayed long at DATEV.', ['Stefan\u00a0Lange', '0172\u00a03456789'], ['long', 'DATEV']),
  c('sabine', 'de', 'note', '<b>Dr. Müller-Lüdenscheidt</b> & Team – Gehalt > 100.000 €, "Sabine" im Anschreiben.', ['Dr. Müller-Lüdenscheidt', 'Sabine'], ['Team', '100.000', 'Anschreiben', 'b']),
  c('emily', 'en', 'note', 'Emily (born 02/11/1993) – US format; mention Emily B. only after consent.', ['Emily', 'born 02/11/1993', 'Emily B.'], ['US', 'format', 'consent']),
  c('oliver', 'en', 'note', 'See Oliver’s talk (oliversmith.dev/vue-conf-2023) and his GitHub https://github.com/osmith-dev.', ['Oliver’s', 'oliversmith.dev/vue-conf-2023', 'https://github.com/osmith-dev'], ['talk', 'GitHub']),
  c('julia', 'de', 'note', 'Frau Braun trägt gern braune Schuhe – das ist kein Identifikator, ihre Nummer 0160-111 2223 schon.', ['Frau Braun', '0160-111 2223'], ['braune', 'Schuhe']),
  c('katharina', 'de', 'note', 'Die Fischer-Gruppe (kein Bezug) und Frau Fischers Kündigung per 30.06. – Telefon +49 (0) 1590 / 123 45 67.', ['Fischer', 'Frau Fischers', '+49 (0) 1590 / 123 45 67'], ['Gruppe', '30.06.']),
  c('hansPeter', 'de', 'note', 'Hans-Peter S. war 1987–1995 bei der Bundeswehr (Marine), Dienstgrad Kapitänleutnant.', ['Hans-Peter S.'], ['1987–1995', 'Bundeswehr', 'Marine', 'Kapitänleutnant']),
  c('annaMaria', 'de', 'note', 'Seit 2010 auf Baustellen: Frau Anna-Maria Bau (so schreibt sie sich manchmal) betreut heute 3 Großbaustellen.', ['Frau Anna-Maria Bau'], ['2010', '3', 'Baustellen', 'Großbaustellen']),
  c('joerg', 'de', 'note', 'Herr Strauß bringt einen Strauß Referenzen mit: SAP-Projekte 2009–2023.', ['Herr Strauß'], ['Strauß', 'Referenzen', 'SAP-Projekte', '2009–2023']),
  c('lukas', 'de', 'note', 'Als Junior einsteigen will Lukas nicht: er ist 26 Jahre alt und will Senior werden.', ['Lukas', '26 Jahre alt'], ['Junior', 'Senior']),
  c('rene', 'en', 'note', 'Renee is not René; contact rene.lefevre@free.fr only via us, phone +33 (0)6 12 34 56 78.', ['René', 'rene.lefevre@free.fr', '+33 (0)6 12 34 56 78'], ['Renee', 'contact']),
  c('oezlem', 'de', 'note', 'Frau Yılmaz’ Referenz: Station 4b, Charité Campus Mitte; Telefonnummer 0178 44 55 66 7.', ['Frau Yılmaz', '0178 44 55 66 7'], ['Station', '4b', 'Charité', 'Campus', 'Mitte']),
  c('james', 'en', 'note', "O'Connor & Partners is unrelated; James O’Connor's own site jamesoconnor.io is private.", ["O'Connor", 'James O’Connor', 'jamesoconnor.io'], ['Partners', 'unrelated']),
  c('christian', 'de', 'note', 'Die Lüneburger Heide ist sein Lieblingsziel; von der Heide wohnt jedoch in Göttingen, Weender Landstr. 3.', ['von der Heide', 'Weender Landstr. 3'], ['Heide', 'Lüneburger', 'Lieblingsziel', 'Göttingen']),
  c('sarah', 'en', 'note', 'Sarah M. prefers calls after 5pm UK time on 07700 900123.', ['Sarah M.', '07700 900123'], ['5pm', 'UK']),
  c('michael', 'en', 'note', 'Budget 1,500,000 EUR, team of 35, since 2012 — Michael S. is open to a move; call 0911-234567.', ['Michael S.', '0911-234567'], ['1,500,000', '35', '2012']),
  c('marieLuise', 'de', 'note', 'Marie-Luise Voß hat am 21. Juni Geburtstag – bitte nicht erwähnen; sie ist 29 Jahre alt.', ['Marie-Luise Voß', '21. Juni', '29 Jahre alt'], ['Geburtstag']),
  c('stefan', 'de', 'experience', 'Über viele Jahre (2012–2017) betreute Lange die Rechenzentren; Stefan L. ist heute SRE.', ['Lange', 'Stefan L.'], ['2012–2017', 'Rechenzentren', 'SRE']),
  c('emily', 'en', 'note', 'Emily Baker, a pastry chef by training, now writes Spark jobs.', ['Emily Baker'], ['pastry', 'training', 'Spark']),
  c('lukasz', 'de', 'note', 'Herr Wróbel (33) hat die Telefonnummer +48 601234567 und die E-Mail lukasz.wrobel(at)wp.pl.', ['Herr Wróbel (33)', '+48 601234567', 'lukasz.wrobel(at)wp.pl'], ['Telefonnummer']),
];
