package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Collects every problem of one value before failing, so that a value with several problems reports
 * all of them in one {@link InvalidValueException}, each placed where the value is.
 */
final class Checks {
  private final Place place;
  private final ImmutableList.Builder<ReviewProblem> problems = ImmutableList.builder();
  private boolean failed;

  private Checks(Place place) {
    this.place = place;
  }

  /** Checks of a value at {@code place}. */
  static Checks at(Place place) {
    return new Checks(place);
  }

  /** Checks of a value not placed in a review, described as {@code what}. */
  static Checks of(String what) {
    return new Checks(new Place.Detached(what));
  }

  /**
   * Records a problem of {@code value} unless {@code ok}; the detail is {@code rule} formatted with
   * {@code args}.
   */
  Checks require(boolean ok, Object value, String rule, Object... args) {
    if (!ok) {
      add(ReviewProblem.invalid(place, value, String.format(rule, args)));
    }
    return this;
  }

  /** Records that optional text, the value's {@code what}, must not be blank where given. */
  Checks text(String what, Optional<String> text) {
    text.ifPresent(t -> require(!t.isBlank(), t, "%s must not be blank", what));
    return this;
  }

  /** Records the problems of {@code name} as the name of a {@code kind} (see {@link Names}). */
  Checks name(String kind, String name) {
    String problem = Names.problem(kind, name);
    if (problem != null) {
      add(ReviewProblem.invalid(place, name, problem));
    }
    return this;
  }

  /** Records that {@code values} must not repeat an element, naming the first repeated one. */
  Checks distinct(String kind, Collection<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      if (!seen.add(value)) {
        String shown =
            value instanceof Citation citation ? citation.inMessages() : "\"" + value + "\"";
        add(
            ImmutableReviewProblem.builder()
                .place(place)
                .rule(ReviewProblem.Rule.DUPLICATE)
                .value(String.valueOf(value))
                .detail(String.format("names %s %s more than once", kind, shown))
                .build());
        return this;
      }
    }
    return this;
  }

  /** Records a problem. */
  Checks add(ReviewProblem problem) {
    problems.add(problem);
    failed = true;
    return this;
  }

  /** Throws an {@link InvalidValueException} with every problem recorded, if there is one. */
  void done() {
    if (failed) {
      throw new InvalidValueException(problems.build());
    }
  }

  /**
   * Checks the name of a term of an open vocabulary; its problems are detached, for the part of the
   * review that names the term to place.
   */
  static void term(Place.Vocabulary vocabulary, String name) {
    of("").name(vocabulary.word(), name).done();
  }
}
