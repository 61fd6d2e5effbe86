package org.metaethnography.synthesis;

import java.util.Collection;
import org.metaethnography.model.Valence;

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

  /** Returns the profile of raw concepts with the given valences. */
  static ValenceProfile of(Collection<Valence> valences) {
    if (valences.contains(Valence.MIXED)) {
      return MIXED;
    }
    boolean positive = valences.contains(Valence.POSITIVE);
    boolean negative = valences.contains(Valence.NEGATIVE);
    return positive && negative ? BOTH : positive ? POSITIVE : negative ? NEGATIVE : NONE;
  }
}
