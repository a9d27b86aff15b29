import { ANNA, de, en, named } from '../../test/redaction/kit';

const nobody = named('Kim', 'Doe');

describe('profile links', () => {
  it('redacts the candidate’s own profile URLs in any form', () => {
    for (const url of ['https://www.linkedin.com/in/anna-mueller-123', 'http://linkedin.com/in/anna-mueller-123/', 'www.linkedin.com/in/anna-mueller-123', 'linkedin.com/in/anna-mueller-123?trk=x', 'https://github.com/annam88']) {
      expect(de(`Profil: ${url} (aktuell)`)).toBe('Profil: [entfernt] (aktuell)');
    }
  });

  it('redacts any profile on the profile sites', () => {
    const links = ['linkedin.com/in/someone', 'https://de.linkedin.com/in/kim-d', 'xing.com/profile/Kim_Doe2', 'github.com/kimdoe', 'https://twitter.com/kd', 'x.com/kd', 'https://www.instagram.com/kim.d/', 'stackoverflow.com/users/123/kim'];
    for (const link of links) expect(en(`See ${link}.`, nobody)).toBe('See [removed].');
  });

  it('redacts personal pages and any link with the candidate’s name', () => {
    expect(de('Portfolio: anna-mueller.de, https://annamueller.dev/blog und https://firma.de/team/anna-mueller')).toBe('Portfolio: [entfernt], [entfernt] und [entfernt]');
    expect(de('Blog: https://annam.github.io/')).toBe('Blog: [entfernt]');
  });

  it('leaves other links and dotted words', () => {
    const kept = 'Bei https://www.siemens.com und sap.com, mit Node.js, ASP.NET, z.B. github.com und linkedin.com/company/sap';
    expect(de(kept)).toBe(kept);
  });

  it('redacts the candidate’s user names anywhere', () => {
    expect(de('Skype: anna.mueller88, GitHub-Name annam88')).toBe('Skype: [entfernt], GitHub-Name [entfernt]');
    expect(ANNA.profileUrls).toHaveLength(2);
  });
});
