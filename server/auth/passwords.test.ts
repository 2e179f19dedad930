// @vitest-environment node
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { hashPassword, KEY_BYTES, needsRehash, SALT_BYTES, SCRYPT_PARAMS, verifyPassword } from './passwords';

/** Cheap parameters so the suite stays fast; one test below uses the defaults. */
const FAST = { N: 1024 } as const;

/** Replaces one field of a stored hash (1 = N, 2 = r, 3 = p, 4 = salt, 5 = hash). */
function withField(stored: string, index: number, value: string): string {
  const parts = stored.split('$');
  parts[index] = value;
  return parts.join('$');
}

describe('hashPassword', () => {
  it('uses the strong defaults when no parameters are given, and they verify', async () => {
    const stored = await hashPassword('correct horse battery staple');
    const [prefix, n, r, p, salt, hash] = stored.split('$');
    expect(prefix).toBe('scrypt');
    expect([Number(n), Number(r), Number(p)]).toEqual([2 ** 15, 8, 1]);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(SALT_BYTES);
    expect(Buffer.from(hash ?? '', 'base64url')).toHaveLength(KEY_BYTES);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(needsRehash(stored)).toBe(false);
  });

  it('exports frozen parameters', () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 1 });
    expect(Object.isFrozen(SCRYPT_PARAMS)).toBe(true);
  });

  it('salts each hash, so two hashes of one password differ', async () => {
    const first = await hashPassword('same password', FAST);
    const second = await hashPassword('same password', FAST);
    expect(first).not.toBe(second);
    expect(first.split('$')[4]).not.toBe(second.split('$')[4]);
    expect(await verifyPassword('same password', first)).toBe(true);
    expect(await verifyPassword('same password', second)).toBe(true);
  });

  it('refuses parameters it could not verify later', async () => {
    await expect(hashPassword('x', { N: 1000 })).rejects.toThrow(RangeError);
    await expect(hashPassword('x', { N: 2 ** 21 })).rejects.toThrow(RangeError);
    await expect(hashPassword('x', { r: 0 })).rejects.toThrow(RangeError);
  });
});

describe('verifyPassword', () => {
  it('accepts the password a hash was made from', async () => {
    const stored = await hashPassword('Open sesame!', FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(await verifyPassword('Open sesame!', stored)).toBe(true);
  });

  it('rejects a wrong password', async () => {
    const stored = await hashPassword('Open sesame!', FAST);
    expect(await verifyPassword('Open sesame?', stored)).toBe(false);
    expect(await verifyPassword('open sesame!', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('treats the NFD form of a password as the NFC one', async () => {
    const nfc = 'caf\u00e9';
    const nfd = 'cafe\u0301';
    expect(nfc).not.toBe(nfd);
    expect(nfd.normalize('NFC')).toBe(nfc);

    expect(await verifyPassword(nfd, await hashPassword(nfc, FAST))).toBe(true);
    expect(await verifyPassword(nfc, await hashPassword(nfd, FAST))).toBe(true);
    expect(await verifyPassword('cafe', await hashPassword(nfc, FAST))).toBe(false);
  });

  it('handles passwords beyond ASCII', async () => {
    const password = 'naïve Zoë 密码 🔑';
    const stored = await hashPassword(password, FAST);
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword('naïve Zoë 密码 🔒', stored)).toBe(false);
  });

  it('returns false, without throwing, for malformed stored strings', async () => {
    const stored = await hashPassword('pw', FAST);
    const salt = stored.split('$')[4] ?? '';
    const hash = stored.split('$')[5] ?? '';
    const malformed = [
      '',
      'pw',
      '$$$$$',
      'scrypt',
      `bcrypt$1024$8$1$${salt}$${hash}`,
      `scrypt$1024$8$1$${salt}`,
      `scrypt$1024$8$1$${salt}$${hash}$extra`,
      `scrypt$1024$8$1$$${hash}`,
      `scrypt$1024$8$1$${salt}$`,
      `scrypt$abc$8$1$${salt}$${hash}`,
      `scrypt$01024$8$1$${salt}$${hash}`,
      `scrypt$1e3$8$1$${salt}$${hash}`,
      `scrypt$-1024$8$1$${salt}$${hash}`,
      `scrypt$1024.0$8$1$${salt}$${hash}`,
      `scrypt$1024$8$1$${salt}!$${hash}`,
      `scrypt$1024$8$1$${salt}$${hash}==`,
      `scrypt$1024$8$1$${salt}$${Buffer.from(hash, 'base64url').toString('base64')}+/`,
      `scrypt$1024$8$1$${salt}$${hash.slice(0, 8)}`,
      ` ${stored}`,
    ];
    for (const value of malformed) {
      await expect(verifyPassword('pw', value), value).resolves.toBe(false);
    }
  });

  it('rejects absurd or invalid parameters as false instead of computing them', async () => {
    const stored = await hashPassword('pw', FAST);
    const [, , , , salt, hash] = stored.split('$');
    const absurd = [
      '1000$8$1', // N not a power of two
      '1$8$1', // N too small to be scrypt
      `${2 ** 21}$8$1`, // N above 2^20
      '9999999999$8$1',
      '1024$0$1',
      '1024$1000$1',
      '1024$8$0',
      '1024$8$1000',
      `${2 ** 20}$32$1`, // each within bounds, but 4 GiB of memory together
    ];
    for (const params of absurd) {
      const input = `scrypt$${params}$${salt ?? ''}$${hash ?? ''}`;
      await expect(verifyPassword('pw', input), input).resolves.toBe(false);
    }
  });

  it('rejects a tampered hash, salt or parameter', async () => {
    const stored = await hashPassword('pw', FAST);
    const hash = Buffer.from(stored.split('$')[5] ?? '', 'base64url');
    const flipped = Buffer.from(hash);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(await verifyPassword('pw', withField(stored, 5, flipped.toString('base64url')))).toBe(false);

    const salt = Buffer.from(stored.split('$')[4] ?? '', 'base64url');
    salt[salt.length - 1] = (salt[salt.length - 1] ?? 0) ^ 0x80;
    expect(await verifyPassword('pw', withField(stored, 4, salt.toString('base64url')))).toBe(false);

    expect(await verifyPassword('pw', withField(stored, 1, '2048'))).toBe(false);
    // scrypt's shorter outputs are prefixes of its longer ones, so a truncated hash must not pass.
    expect(await verifyPassword('pw', withField(stored, 5, hash.subarray(0, 32).toString('base64url')))).toBe(false);
    expect(await verifyPassword('pw', withField(stored, 5, hash.subarray(0, 63).toString('base64url')))).toBe(false);
  });
});

describe('needsRehash', () => {
  it('is false for a hash made with the current parameters', () => {
    // Built by hand: only the parameters and the lengths matter here, and it keeps the test instant.
    const salt = Buffer.alloc(SALT_BYTES, 1).toString('base64url');
    const hash = Buffer.alloc(KEY_BYTES, 2).toString('base64url');
    expect(needsRehash(`scrypt$32768$8$1$${salt}$${hash}`)).toBe(false);
    expect(needsRehash(`scrypt$65536$8$1$${salt}$${hash}`)).toBe(false);
  });

  it('is true for weaker parameters or a shorter salt', async () => {
    expect(needsRehash(await hashPassword('pw', FAST))).toBe(true);
    expect(needsRehash(await hashPassword('pw', { N: 2 ** 14 }))).toBe(true);
    expect(needsRehash(await hashPassword('pw', { N: 1024, r: 16 }))).toBe(true);

    const salt = Buffer.alloc(SALT_BYTES, 1).toString('base64url');
    const hash = Buffer.alloc(KEY_BYTES, 2).toString('base64url');
    expect(needsRehash(`scrypt$32768$4$1$${salt}$${hash}`)).toBe(true);
    expect(needsRehash(`scrypt$32768$8$1$${Buffer.alloc(8, 1).toString('base64url')}$${hash}`)).toBe(true);
    // A key of another length does not parse at all.
    expect(needsRehash(`scrypt$32768$8$1$${salt}$${Buffer.alloc(32, 2).toString('base64url')}`)).toBe(true);
  });

  it('is true for malformed strings', () => {
    expect(needsRehash('')).toBe(true);
    expect(needsRehash('not a hash')).toBe(true);
    expect(needsRehash('scrypt$32768$8$1$$')).toBe(true);
    expect(needsRehash('scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA')).toBe(true);
  });
});
