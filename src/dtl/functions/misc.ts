import {DtlError, type FunctionTable} from '../evaluate';
import {decode, Tagged, type Value} from '../values';
import {arity, base64Bytes, eachValue, integerArg, integerValue, SKIP, stringArg} from './shared';

/**
 * Misc (hub/dtl/dtl-functions-misc): `literal` and `hash128`. `is-changed` and `completeness`
 * need a pipe's history and are not covered.
 */

const MASK = (1n << 64n) - 1n;
const C1 = 0x87c37b91114253d5n;
const C2 = 0x4cf5ad432745937fn;
const rotl = (x: bigint, r: bigint) => ((x << r) | (x >> (64n - r))) & MASK;
const fmix = (k: bigint) => {
  k ^= k >> 33n;
  k = (k * 0xff51afd7ed558ccdn) & MASK;
  k ^= k >> 33n;
  k = (k * 0xc4ceb9fe1a85ec53n) & MASK;
  return k ^ (k >> 33n);
};

/** Eight octets from `offset` (or fewer, at the tail) as a little-endian 64-bit word. */
function word(bytes: Uint8Array, offset: number, length = 8): bigint {
  let w = 0n;
  for (let i = length - 1; i >= 0; i--) w = (w << 8n) | BigInt(bytes[offset + i]!);
  return w;
}

const mix1 = (k: bigint) => (rotl((k * C1) & MASK, 31n) * C2) & MASK;
const mix2 = (k: bigint) => (rotl((k * C2) & MASK, 33n) * C1) & MASK;

/**
 * MurmurHash3 x64 128 (Austin Appleby's MurmurHash3_x64_128) as one unsigned 128-bit integer:
 * the two 64-bit halves h1, h2 read as little-endian bytes, i.e. `h2 << 64 | h1`. That is the
 * reading under which the entry's examples ("abc", "def") come out.
 */
export function murmur3x64128(bytes: Uint8Array, seed = 0): bigint {
  let h1 = BigInt(seed);
  let h2 = BigInt(seed);
  const blocks = Math.floor(bytes.length / 16);
  for (let i = 0; i < blocks; i++) {
    h1 ^= mix1(word(bytes, i * 16));
    h1 = (((rotl(h1, 27n) + h2) & MASK) * 5n + 0x52dce729n) & MASK;
    h2 ^= mix2(word(bytes, i * 16 + 8));
    h2 = (((rotl(h2, 31n) + h1) & MASK) * 5n + 0x38495ab5n) & MASK;
  }
  const tail = blocks * 16;
  const rest = bytes.length - tail;
  if (rest > 8) h2 ^= mix2(word(bytes, tail + 8, rest - 8));
  if (rest > 0) h1 ^= mix1(word(bytes, tail, Math.min(rest, 8)));
  h1 ^= BigInt(bytes.length);
  h2 ^= BigInt(bytes.length);
  h1 = (h1 + h2) & MASK;
  h2 = (h2 + h1) & MASK;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h1 = (h1 + h2) & MASK;
  h2 = (h2 + h1) & MASK;
  return (h2 << 64n) | h1;
}

const utf8 = new TextEncoder();

export const misc: FunctionTable = {
  // The argument as written, unevaluated; transit strings in it still read as their types.
  literal: (call) => {
    arity(call, 1);
    return decode(call.args[0]);
  },
  // ALGORITHM ("murmur3"), an optional SEED, VALUES: strings (as UTF-8) and bytes are hashed,
  // other values ignored. The hashes exceed 2^53, so they are held exactly as `~f` integers.
  // Reference ambiguity: the combine example prints `[[h1, h2]]`; one hash per string, `[h1, h2]`, as for every per-value function.
  hash128: (call) => {
    const n = arity(call, 2, 3);
    const algorithm = stringArg(call, 0, 'ALGORITHM');
    if (algorithm !== 'murmur3') {
      throw new DtlError(`"hash128" supports only the "murmur3" algorithm, not "${algorithm}".`, 'hash128');
    }
    const seed = n === 3 ? integerArg(call, 1, 'SEED') : 0;
    if (seed < 0 || seed > 0xffffffff) {
      throw new DtlError(`"hash128" needs a SEED from 0 to 4294967295 (32 bits), not ${seed}.`, 'hash128');
    }
    return eachValue(call.arg(n - 1), (value: Value) => {
      if (typeof value === 'string') return integerValue(murmur3x64128(utf8.encode(value), seed));
      if (value instanceof Tagged && value.tag === 'b')
        return integerValue(murmur3x64128(base64Bytes(value.text), seed));
      return SKIP;
    });
  },
};
