import { ContentKey } from './content-key';

describe('a content key', () => {
  const key = ContentKey.random();
  const plaintext = Buffer.from('Zeugnis of Jördis Weiß-Öztürk');

  it('seals a piece that only it opens, and only as that piece', () => {
    const sealed = key.seal('export-1/0', plaintext);
    expect(sealed.includes(plaintext)).toBe(false);
    expect(key.open('export-1/0', sealed).equals(plaintext)).toBe(true);
    expect(ContentKey.of(Buffer.from(key.bytes)).open('export-1/0', sealed).equals(plaintext)).toBe(true);
    expect(() => key.open('export-1/1', sealed)).toThrow('does not open');
    expect(() => ContentKey.random().open('export-1/0', sealed)).toThrow('does not open');
  });

  it('refuses changed or cut bytes', () => {
    const sealed = key.seal('p', plaintext);
    const changed = Buffer.from(sealed);
    changed[changed.length - 20]! ^= 1;
    expect(() => key.open('p', changed)).toThrow('does not open');
    expect(() => key.open('p', sealed.subarray(0, 20))).toThrow('does not open');
  });

  it('is made only from 32 bytes', () => {
    expect(() => ContentKey.of(Buffer.alloc(16))).toThrow('wrong length');
  });
});
