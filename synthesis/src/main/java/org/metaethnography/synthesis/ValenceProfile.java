package org.metaethnography.synthesis;

/**
 * Whether a key concept has positive aspects, negative aspects, both, mixed ones, or none reported.
 */
public enum ValenceProfile {
  /** Every raw concept behind it is positive. */
  POSITIVE,
  /** Every raw concept behind it is negative. */
  NEGATIVE,
  /** It has raw concepts of both valences: positive and negative aspects. */
  BOTH,
  /** A raw concept behind it is itself mixed: experienced as positive and negative at once. */
  MIXED,
  /** No raw concept behind it reports a valence, so its valence is unknown. */
  NONE;

  /**
   * Returns the profile of raw concepts among which some are positive, negative or mixed, as the
   * flags say.
   */
  static ValenceProfile of(boolean positive, boolean negative, boolean mixed) {
    return mixed
        ? MIXED
        : positive && negative ? BOTH : positive ? POSITIVE : negative ? NEGATIVE : NONE;
  }
}
