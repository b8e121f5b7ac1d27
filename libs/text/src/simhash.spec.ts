import {
  afterSchoolCare,
  disabledEldersCare,
  ruralElderlyCare,
  ruralElderlyCareEdited,
  ruralElderlyCareReordered,
} from './sample-items.fixture';
import { bands, fnv1a64, fromSignedInt64, hammingDistance, similarity, simhash, toSignedInt64 } from './simhash';

/** Seeded mulberry32, so the property tests are the same on every run. */
function randomSource(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function randomHash(random: () => number): bigint {
  return (BigInt(Math.floor(random() * 2 ** 32)) << 32n) | BigInt(Math.floor(random() * 2 ** 32));
}

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe(0xcbf29ce484222325n);
    expect(fnv1a64('a')).toBe(0xaf63dc4c8601ec8cn);
    expect(fnv1a64('foobar')).toBe(0x85944171f73967e8n);
  });
});

describe('simhash', () => {
  it('is stable: stored hashes are compared with new ones, so features, hash and dictionary must not drift', () => {
    expect(simhash(ruralElderlyCare)).toBe(0x3c6517c827214cfen);
  });

  it('gives identical text, and text differing only in spacing, distance 0', () => {
    const hash = simhash(ruralElderlyCare);
    expect(hammingDistance(hash, simhash(ruralElderlyCare))).toBe(0);
    const respaced = ruralElderlyCare.replace(/\n/g, '\r\n\u3000\u3000').replace(/，/g, ' ，\u200B');
    expect(hammingDistance(hash, simhash(respaced))).toBe(0);
  });

  it('keeps an item within distance 3 after an editor rewords a few sentences or reorders paragraphs', () => {
    const hash = simhash(ruralElderlyCare);
    expect(hammingDistance(hash, simhash(ruralElderlyCareEdited))).toBeLessThanOrEqual(3);
    expect(hammingDistance(hash, simhash(ruralElderlyCareReordered))).toBeLessThanOrEqual(3);
  });

  it('keeps items on another subject, or another item on the same subject, at distance 15 or more', () => {
    const hash = simhash(ruralElderlyCare);
    expect(hammingDistance(hash, simhash(afterSchoolCare))).toBeGreaterThanOrEqual(15);
    expect(hammingDistance(hash, simhash(disabledEldersCare))).toBeGreaterThanOrEqual(15);
  });

  it('hashes blank text to 0', () => {
    expect(simhash(' \u3000\u200B\n')).toBe(0n);
  });
});

describe('similarity', () => {
  it('runs from 1 for equal hashes to 0 for complementary ones', () => {
    const hash = 0x3c6517c827214cfen;
    expect(similarity(hash, hash)).toBe(1);
    expect(similarity(hash, hash ^ 0b1011n)).toBe(1 - 3 / 64);
    expect(similarity(hash, BigInt.asUintN(64, ~hash))).toBe(0);
  });
});

describe('bands', () => {
  it('cuts the hash into four 16-bit numbers, most significant first', () => {
    expect(bands(0x3c6517c827214cfen)).toEqual([0x3c65, 0x17c8, 0x2721, 0x4cfe]);
    expect(bands(0xffffffffffffffffn)).toEqual([65535, 65535, 65535, 65535]);
    expect(bands(0x3c6517c827214cfen, 8)).toEqual([0x3c, 0x65, 0x17, 0xc8, 0x27, 0x21, 0x4c, 0xfe]);
    expect(() => bands(1n, 3)).toThrow(RangeError);
  });

  it('lets hashes within distance 3 share at least one band (pigeonhole)', () => {
    const random = randomSource(20240601);
    for (let run = 0; run < 2000; run++) {
      const hash = randomHash(random);
      let other = hash;
      const flips = Math.floor(random() * 4);
      while (hammingDistance(hash, other) < flips) other ^= 1n << BigInt(Math.floor(random() * 64));
      const [mine, theirs] = [bands(hash), bands(other)];
      expect(mine.some((band, i) => band === theirs[i])).toBe(true);
    }
  });

  it('can miss at distance 4: one flipped bit in each band', () => {
    const hash = 0x3c6517c827214cfen;
    const other = hash ^ 0x0001000100010001n;
    expect(hammingDistance(hash, other)).toBe(4);
    expect(bands(hash).some((band, i) => band === bands(other)[i])).toBe(false);
  });
});

describe('toSignedInt64 / fromSignedInt64', () => {
  it('stores hashes with the top bit set as negative bigints and reads them back', () => {
    expect(toSignedInt64(0xffffffffffffffffn)).toBe(-1n);
    expect(toSignedInt64(0x8000000000000000n)).toBe(-(2n ** 63n));
    expect(toSignedInt64(0x3c6517c827214cfen)).toBe(0x3c6517c827214cfen);
    expect(fromSignedInt64('-1')).toBe(0xffffffffffffffffn);
    const random = randomSource(7);
    for (let run = 0; run < 1000; run++) {
      const hash = randomHash(random) | (1n << 63n);
      const stored = toSignedInt64(hash);
      expect(stored).toBeLessThan(0n);
      expect(fromSignedInt64(stored)).toBe(hash);
      expect(fromSignedInt64(stored.toString())).toBe(hash);
    }
  });
});
