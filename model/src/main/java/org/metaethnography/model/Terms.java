package org.metaethnography.model;

import static com.google.common.base.Preconditions.checkArgument;

/** Checks shared by the named terms of a review's open vocabularies. */
final class Terms {
  private Terms() {}

  /**
   * Checks that {@code name} can name a term of kind {@code kind}: not blank and without
   * surrounding whitespace, so that two spellings of one name cannot coexist.
   */
  static void checkName(String kind, String name) {
    checkArgument(!name.isBlank(), "%s name must not be blank", kind);
    checkArgument(
        name.strip().equals(name),
        "%s name \"%s\" must not begin or end with whitespace",
        kind,
        name);
  }

  /** Checks that a free-text field is not blank. */
  static void checkText(String what, String text) {
    checkArgument(!text.isBlank(), "%s must not be blank", what);
  }
}
