// A reproducible pseudo-random sequence for the expert draw (Art. 7(2) 组织专家评审): the same seed always gives
// the same numbers on every machine, so anyone holding the recorded seed and pool can repeat the draw and check
// it. sfc32 seeded through cyrb128 (public-domain algorithms); no Math.random and no clock.

/** A draw seed: 8 to 64 hexadecimal digits (the server always makes 32; nobody chooses it, Art. 7(2)). */
export const DRAW_SEED_PATTERN = /^[0-9a-f]{8,64}$/;

export function isDrawSeed(value: string): boolean {
  return DRAW_SEED_PATTERN.test(value);
}

/** Four 32-bit words from a string (cyrb128). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A generator of numbers in [0, 1) determined entirely by the seed (case of hex digits ignored). */
export function createSeededRandom(seed: string): () => number {
  let [a, b, c, d] = cyrb128(seed.toLowerCase());
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs so that similar seeds do not start with similar numbers.
  for (let i = 0; i < 15; i += 1) next();
  return next;
}

/** An integer in [0, bound) from the generator. */
export function randomIndex(random: () => number, bound: number): number {
  return Math.floor(random() * bound);
}
