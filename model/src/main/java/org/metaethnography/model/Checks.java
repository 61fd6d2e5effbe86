package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Collects every problem of one value before failing, so that a value with several problems
 * reports all of them in one {@link InvalidValueException}. Problems of the value's own fields are
 * placed ("{@code paper [3]: title must not be blank}"); problems of its name are not, since a
 * bad name cannot place anything.
 */
final class Checks {
  private final String subject;
  private final ImmutableList.Builder<String> problems = ImmutableList.builder();
  private boolean failed;

  private Checks(String subject) {
    this.subject = subject;
  }

  /** Checks of a value that messages place as {@code subject}, for example {@code paper [3]}. */
  static Checks of(String subject) {
    return new Checks(subject);
  }

  /** Records {@code rule} (a format string) as a problem of the value unless {@code ok}. */
  Checks require(boolean ok, String rule, Object... args) {
    if (!ok) {
      add(subject + ": " + String.format(rule, args));
    }
    return this;
  }

  /** Records that {@code text}, the value's {@code what}, must not be blank. */
  Checks text(String what, String text) {
    return require(!text.isBlank(), "%s must not be blank", what);
  }

  /**
   * Records the problems of {@code name} as the name of a {@code kind}: it must not be blank nor
   * begin or end with whitespace, so that two spellings of one name cannot coexist.
   */
  Checks name(String kind, String name) {
    if (name.isBlank()) {
      add(kind + " name must not be blank");
    } else if (!name.strip().equals(name)) {
      add(String.format("%s name \"%s\" must not begin or end with whitespace", kind, name));
    }
    return this;
  }

  /** Records that {@code values} must not repeat an element, naming the first repeated one. */
  Checks distinct(String kind, Collection<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      if (!seen.add(value)) {
        return require(false, "names %s \"%s\" more than once", kind, value);
      }
    }
    return this;
  }

  /** Records a problem already formatted in full. */
  Checks add(String problem) {
    problems.add(problem);
    failed = true;
    return this;
  }

  /**
   * Throws an {@link InvalidValueException} with every problem recorded, if there is one.
   */
  void done() {
    if (failed) {
      throw new InvalidValueException(problems.build());
    }
  }

  /** Checks the name of a term of an open vocabulary. */
  static void term(String kind, String name) {
    of(kind).name(kind, name).done();
  }
}
