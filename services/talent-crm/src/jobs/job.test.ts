import { EMPTY_PROFILE } from '../talents/profile';
import type { AtsField } from '../settings/settings';
import { applicationFields } from './job';

const profile = { ...EMPTY_PROFILE, firstName: 'Jana', lastName: 'Novak', email: 'jana@example.org', skills: ['Kotlin', 'SQL'] };
const atsFields: AtsField[] = [
  { name: 'firstName', profileField: 'first_name', required: true },
  { name: 'lastName', profileField: 'last_name', required: true },
  { name: 'phone', profileField: 'phone', required: true },
  { name: 'skills', profileField: 'skills', required: false },
  { name: 'city', profileField: 'city', required: false },
  { name: 'salary', profileField: '', required: true },
  { name: 'source', profileField: '', required: false },
];

describe('the fields of an application to the ATS', () => {
  it('fill each ATS field from the recruiter\'s value, else from the profile, and add the recruiter\'s others', () => {
    const { fields, violations } = applicationFields(atsFields, profile, { phone: ' +49 30 1234567 ', salary: '70k', lastName: 'Novák', referral: 'fair 2026', blank: ' ' });
    expect(violations).toEqual([]);
    expect(fields).toEqual({ firstName: 'Jana', lastName: 'Novák', phone: '+49 30 1234567', skills: 'Kotlin, SQL', salary: '70k', referral: 'fair 2026' });
  });

  it('name every required field left empty, saying where its value could come from', () => {
    const { violations } = applicationFields(atsFields, { ...profile, firstName: '' }, { salary: '  ' });
    expect(violations).toEqual([
      { field: 'fields.firstName', code: 'required', description: "is required by the ATS (the talent's first_name is empty: give it in fields)" },
      { field: 'fields.phone', code: 'required', description: "is required by the ATS (the talent's phone is empty: give it in fields)" },
      { field: 'fields.salary', code: 'required', description: 'is required by the ATS (give it in fields)' },
    ]);
  });

  it('carry only the recruiter\'s values when the tenant configured no ATS fields', () => {
    expect(applicationFields([], profile, { note: 'x' })).toEqual({ fields: { note: 'x' }, violations: [] });
  });
});
