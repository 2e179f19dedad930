import { Buffer } from 'node:buffer';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** The scrypt cost parameters: CPU/memory cost `N`, block size `r` and parallelization `p`. */
export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * The parameters new hashes use (about 32 MiB of memory per hash). Raising them makes `needsRehash`
 * true for older hashes, so they are upgraded at the next successful sign-in.
 */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });

/** Salt size, in bytes, for new hashes; a shorter stored salt still verifies but needs a rehash. */
export const SALT_BYTES = 16;

/**
 * Key size in bytes. Stored keys must be exactly this long: scrypt's shorter outputs are prefixes of
 * its longer ones, so accepting any length would let a truncated hash verify.
 */
export const KEY_BYTES = 64;

/**
 * The most memory one hash may take. A stored string chooses its own parameters, so without a cap a
 * tampered row could make a sign-in allocate gigabytes.
 */
const MAX_MEMORY_BYTES = 256 * 1024 * 1024;

/** Bounds beyond which stored parameters are treated as corrupt rather than computed. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;
const MIN_SALT_BYTES = 8;
const MAX_SALT_BYTES = 64;

const PREFIX = 'scrypt';
const DECIMAL = /^[1-9][0-9]{0,9}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

/**
 * Hashes a password for storage as `scrypt$N$r$p$salt$hash` (base64url), so the string alone is
 * enough to verify it later, even after the defaults change. `params` is for tests that need speed;
 * production code should leave it out.
 */
export async function hashPassword(plain: string, params?: Partial<ScryptParams>): Promise<string> {
  const chosen: ScryptParams = { ...SCRYPT_PARAMS, ...params };
  if (!areValidParams(chosen)) {
    throw new RangeError(`Unsupported scrypt parameters: N=${chosen.N}, r=${chosen.r}, p=${chosen.p}`);
  }
  const salt = randomBytes(SALT_BYTES);
  const hash = await deriveKey(normalize(plain), salt, KEY_BYTES, chosen);
  return [PREFIX, chosen.N, chosen.r, chosen.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/**
 * Whether `plain` is the password `stored` was made from. Never throws: a malformed or corrupt
 * stored string is simply not a match, so callers need only one failure path.
 */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (!parsed) return false;
  try {
    const candidate = await deriveKey(normalize(plain), parsed.salt, KEY_BYTES, parsed.params);
    return timingSafeEqual(candidate, parsed.hash);
  } catch {
    return false;
  }
}

/**
 * Whether a stored hash should be replaced (after a successful sign-in, while the password is at
 * hand) because it is malformed or uses weaker parameters or a shorter salt than new hashes do.
 */
export function needsRehash(stored: string): boolean {
  const parsed = parseStoredHash(stored);
  if (!parsed) return true;
  const { params, salt } = parsed;
  return (
    params.N < SCRYPT_PARAMS.N || params.r < SCRYPT_PARAMS.r || params.p < SCRYPT_PARAMS.p || salt.length < SALT_BYTES
  );
}

/** NFC, so a password typed as "é" or as "e" plus a combining accent is the same password. */
function normalize(plain: string): string {
  return plain.normalize('NFC');
}

/** The callback API wrapped by hand: `util.promisify` would lose the overload that takes options. */
function deriveKey(password: string, salt: Buffer, keyLength: number, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: MAX_MEMORY_BYTES };
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

function parseStoredHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6) return null;
  const [prefix, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  if (prefix !== PREFIX) return null;
  if (!DECIMAL.test(n) || !DECIMAL.test(r) || !DECIMAL.test(p)) return null;
  const params: ScryptParams = { N: Number(n), r: Number(r), p: Number(p) };
  if (!areValidParams(params)) return null;
  const saltBytes = decodeBase64url(salt);
  const hashBytes = decodeBase64url(hash);
  if (!saltBytes || saltBytes.length < MIN_SALT_BYTES || saltBytes.length > MAX_SALT_BYTES) return null;
  if (hashBytes?.length !== KEY_BYTES) return null;
  return { params, salt: saltBytes, hash: hashBytes };
}

/** Strict: Node's decoder skips stray characters, which would let a damaged string half-parse. */
function decodeBase64url(text: string): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

function areValidParams({ N, r, p }: ScryptParams): boolean {
  const isPowerOfTwo = Number.isInteger(N) && N >= 2 && N <= MAX_N && (N & (N - 1)) === 0;
  if (!isPowerOfTwo) return false;
  if (!Number.isInteger(r) || r < 1 || r > MAX_R) return false;
  if (!Number.isInteger(p) || p < 1 || p > MAX_P) return false;
  return scryptMemoryBytes({ N, r, p }) <= MAX_MEMORY_BYTES;
}

/** What OpenSSL checks against `maxmem`: the 128·r·(N+2) work array plus 128·r·p for the blocks. */
function scryptMemoryBytes({ N, r, p }: ScryptParams): number {
  return 128 * r * (N + 2) + 128 * r * p;
}
