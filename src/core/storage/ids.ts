// Random ids for annotations and claims: the merge key, so they must not collide between two people
// annotating the same article on different branches. 12 base-36 chars ≈ 62 bits.

/** Fills the array with random bytes; injectable so tests are repeatable. */
export type RandomSource = (bytes: Uint8Array) => void;

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_BODY_LENGTH = 12;
export const ANNOTATION_ID_PATTERN = /^a_[0-9a-z]{12}$/;
export const CLAIM_ID_PATTERN = /^c_[0-9a-z]{12}$/;
/** Alias overrides ("o_" + time + random in this build); hand-written ones may use any short word of 0-9A-Za-z_-. */
export const ALIAS_OVERRIDE_ID_PATTERN = /^[0-9A-Za-z_-]{1,64}$/;
/** A source field's name, the id of a source conflict: an identifier, as the merge driver writes it. */
export const SOURCE_FIELD_PATTERN = /^[A-Za-z_$][\w$]{0,63}$/;

interface CryptoLike {
  getRandomValues(bytes: Uint8Array): Uint8Array;
}

/** The platform's cryptographic source (Node ≥ 19, browsers, VS Code web), else Math.random. */
export function defaultRandomSource(): RandomSource {
  const crypto = (globalThis as { crypto?: CryptoLike }).crypto;
  if (crypto && typeof crypto.getRandomValues === 'function') {
    return (bytes) => void crypto.getRandomValues(bytes);
  }
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  };
}

/** A deterministic source for tests and fuzzing (mulberry32). */
export function seededRandomSource(seed: number): RandomSource {
  let state = seed >>> 0;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    }
  };
}

function randomBody(random: RandomSource): string {
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 36).
  const limit = 256 - (256 % ID_ALPHABET.length);
  let body = '';
  const bytes = new Uint8Array(ID_BODY_LENGTH * 2);
  while (body.length < ID_BODY_LENGTH) {
    random(bytes);
    for (const b of bytes) {
      if (b < limit && body.length < ID_BODY_LENGTH) body += ID_ALPHABET[b % ID_ALPHABET.length];
    }
  }
  return body;
}

export function newAnnotationId(random: RandomSource = defaultRandomSource()): string {
  return 'a_' + randomBody(random);
}

export function newClaimId(random: RandomSource = defaultRandomSource()): string {
  return 'c_' + randomBody(random);
}
