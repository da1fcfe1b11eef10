package uk.harbour.matching;

/** 64-bit mixing for blocking keys and hash tables. */
final class Hashing {

  private Hashing() {}

  /** The SplitMix64 finaliser: spreads every input bit over the whole output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long key(int rule, long a, long b) {
    return mix(mix(rule * 0x9E3779B97F4A7C15L + a) + b * 0xC2B2AE3D27D4EB4FL);
  }
}
