import { neutralised, restored } from './spreadsheet-text';

describe('text a spreadsheet could take for a formula', () => {
  it('is put behind an apostrophe when it starts with = + - @, a tab or a carriage return', () => {
    expect(['=1+1', '+49 30 1', '-2', '@SUM(A1)', '\t=1', '\r=1'].map(neutralised)).toEqual(["'=1+1", "'+49 30 1", "'-2", "'@SUM(A1)", "'\t=1", "'\r=1"]);
  });

  it('gets one more apostrophe when it starts with apostrophes before a trigger', () => {
    expect(["'=1", "''-2"].map(neutralised)).toEqual(["''=1", "'''-2"]);
  });

  it('is left as it is otherwise, an apostrophe of its own included', () => {
    expect(['Jana', ' =1', "'quoted", '', '1=1', 'a-b'].map(neutralised)).toEqual(['Jana', ' =1', "'quoted", '', '1=1', 'a-b']);
  });

  it('comes back as it was when imported again', () => {
    for (const value of ['=1+1', '+49 30 1', '\t=1', "'quoted", 'Jana', "'", "'=1", "''-2"]) expect(restored(neutralised(value))).toBe(value);
  });
});
