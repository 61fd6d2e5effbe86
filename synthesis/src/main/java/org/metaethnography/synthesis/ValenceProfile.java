package org.metaethnography.synthesis;

import java.util.Collection;
import org.metaethnography.model.Valence;

/** Whether a key concept has positive aspects, negative aspects, both, or no raw concepts. */
public enum ValenceProfile {
  /** Every raw concept behind it is positive. */
  POSITIVE,
  /** Every raw concept behind it is negative. */
  NEGATIVE,
  /** It has raw concepts of both valences: positive and negative aspects. */
  BOTH,
  /** No raw concept is translated into it, so its valence is unknown. */
  NONE;

  /** Returns the profile of raw concepts with the given valences. */
  static ValenceProfile of(Collection<Valence> valences) {
    boolean positive = valences.contains(Valence.POSITIVE);
    boolean negative = valences.contains(Valence.NEGATIVE);
    return positive && negative ? BOTH : positive ? POSITIVE : negative ? NEGATIVE : NONE;
  }

  /** Returns the profile in lower case words, as tables show it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
