import { packagePathOf, safeFileName, safeSegment } from './names';

describe('file names in the package', () => {
  it('keep only the last path segment, so no name leaves its folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\Windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('/absolute/cv.pdf')).toBe('cv.pdf');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('.')).toBe('file');
    expect(safeFileName('')).toBe('file');
  });

  it('lose control and format characters (no bidi overrides) and the characters file systems reserve', () => {
    expect(safeFileName('cv\u0000\n\r.pdf')).toBe('cv___.pdf');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoice_fdp.exe');
    expect(safeFileName('a<b>c:d"e|f?g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
    expect(safeFileName('  .hidden. ')).toBe('hidden');
  });

  it('keep what is harmless, umlauts included, and shorten long names keeping the extension', () => {
    expect(safeFileName('Lebenslauf Müller (2026).pdf')).toBe('Lebenslauf Müller (2026).pdf');
    const long = safeFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('make ids one harmless path segment', () => {
    expect(safeSegment('file-1_a.b')).toBe('file-1_a.b');
    expect(safeSegment('../x/y')).toBe('.._x_y');
    expect(safeSegment('..')).toBe('_..');
    expect(safeSegment('')).toBe('_');
  });

  it('put every file under files/<service>/<fileId>-<name>, each path once', () => {
    const taken = new Set<string>();
    expect(packagePathOf('candidates', 'f1', 'cv.pdf', taken)).toBe('files/candidates/f1-cv.pdf');
    expect(packagePathOf('candidates', 'f1', 'cv.pdf', taken)).toBe('files/candidates/f1-2-cv.pdf');
    expect(packagePathOf('candidates', '../f2', '../../cv.pdf', taken)).toBe('files/candidates/.._f2-cv.pdf');
  });
});
