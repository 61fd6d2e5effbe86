package org.metaethnography.model;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem of a review: where it is (a typed {@link Place}), the {@link Rule} it breaks, the
 * offending value where there is one, and, for a reference that does not resolve, the place it
 * refers to. Its {@linkplain #message() message} is made from these parts; tools use the parts and
 * never need to read the message.
 *
 * <pre>{@code
 * for (ReviewProblem problem : invalid.problems()) {
 *   if (problem.place() instanceof Place.OfPaper paper) {
 *     highlight(paper.citation(), problem.message());
 *   }
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class ReviewProblem {
  ReviewProblem() {}

  /** The kinds of rule a review can break. */
  public enum Rule {
    /** A value breaks one of its own invariants (a blank name, a negative count, ...). */
    INVALID_VALUE,
    /** A description sets something twice, or gives a part without the part it depends on. */
    INCOMPLETE_DESCRIPTION,
    /** A name, citation or fact is given more than once. */
    DUPLICATE,
    /** Two names of one kind differ only in case, so that they cannot be told apart in print. */
    CASE_VARIANT,
    /**
     * A reference to a paper, concept, key concept, study, stakeholder, phase or reviewer does not
     * resolve.
     */
    UNRESOLVED_REFERENCE,
    /**
     * A raw concept is not translated into exactly one key concept nor set aside, a key concept has
     * no raw concept translated into it, a translation's index paper contributes none of its raw
     * concepts, or an extraction records a stance for a raw concept set aside.
     */
    INCOMPLETE_TRANSLATION,
    /** The exclusion tallies do not add up to the appraised papers that were not included. */
    UNACCOUNTED_EXCLUSIONS,
    /** A total of the review's counts is too large to count. */
    COUNT_OVERFLOW,
    /**
     * A count the review states disagrees with the count its records of the review process give,
     * for a search, another source or an exclusion reason.
     */
    RECORDS_DISAGREE
  }

  /**
   * Returns a problem.
   *
   * @param place where the problem is
   * @param rule the rule broken
   * @param detail what is wrong at that place, naming the value and the rule, for example {@code
   *     title must not be blank}
   * @return the problem
   */
  public static ReviewProblem of(Place place, Rule rule, String detail) {
    return ImmutableReviewProblem.builder().place(place).rule(rule).detail(detail).build();
  }

  /**
   * Returns a problem of the given rule with the offending value.
   *
   * @param place where the problem is
   * @param rule the rule broken
   * @param value the offending value, as written
   * @param detail what is wrong at that place, naming the value and the rule
   * @return the problem
   */
  public static ReviewProblem of(Place place, Rule rule, Object value, String detail) {
    return ImmutableReviewProblem.builder()
        .place(place)
        .rule(rule)
        .value(String.valueOf(Objects.requireNonNull(value)))
        .detail(detail)
        .build();
  }

  /**
   * Returns the problem of a value that breaks its own invariant.
   *
   * @param place where the value is
   * @param value the offending value, as written
   * @param detail what is wrong, naming the value and the rule
   * @return the problem, of rule {@link Rule#INVALID_VALUE}
   */
  public static ReviewProblem invalid(Place place, Object value, String detail) {
    return ImmutableReviewProblem.builder()
        .place(place)
        .rule(Rule.INVALID_VALUE)
        .value(String.valueOf(Objects.requireNonNull(value)))
        .detail(detail)
        .build();
  }

  /**
   * The problem of extractions given in bulk whose paper and concept columns differ in length, so
   * that they cannot be read as pairs.
   *
   * @param place where the columns are
   * @param papers the length of the paper column
   * @param concepts the length of the concept column
   * @return the problem, or empty if the columns are equally long
   */
  public static Optional<ReviewProblem> unequalColumns(Place place, int papers, int concepts) {
    Objects.requireNonNull(place);
    if (papers == concepts) {
      return Optional.empty();
    }
    return Optional.of(
        of(
            place,
            Rule.INVALID_VALUE,
            papers + " and " + concepts,
            "the paper and concept columns have "
                + papers
                + " and "
                + concepts
                + " entries; they must be equally long"));
  }

  /**
   * The problem of indices out of range in a column given in bulk (extractions as index arrays):
   * one problem naming the first offending position and value and how many there are, so that a
   * column of millions of bad indices gives one short message.
   *
   * @param place where the column is
   * @param what what the indices index, for example {@code "paper"}
   * @param values the column
   * @param low the least valid index
   * @param bound one more than the greatest valid index
   * @return the problem, or empty if every index is in range
   */
  public static Optional<ReviewProblem> outOfRange(
      Place place, String what, int[] values, int low, int bound) {
    Objects.requireNonNull(place);
    Objects.requireNonNull(what);
    int bad = 0;
    int first = -1;
    for (int i = 0; i < values.length; i++) {
      if (values[i] < low || values[i] >= bound) {
        if (bad++ == 0) {
          first = i;
        }
      }
    }
    if (bad == 0) {
      return Optional.empty();
    }
    return Optional.of(
        of(
            place,
            Rule.INVALID_VALUE,
            String.valueOf(values[first]),
            String.format(
                "the %s index at position %d is %d, outside %d to %d (%d such indices in all)",
                what, first, values[first], low, bound - 1, bad)));
  }

  /**
   * Returns the problem of a reference that does not resolve.
   *
   * @param place where the reference is
   * @param reference the place the reference names, which the review does not hold
   * @param detail what is wrong, naming the reference
   * @return the problem, of rule {@link Rule#UNRESOLVED_REFERENCE}
   */
  public static ReviewProblem unresolved(Place place, Place reference, String detail) {
    return ImmutableReviewProblem.builder()
        .place(place)
        .rule(Rule.UNRESOLVED_REFERENCE)
        .reference(reference)
        .value(reference.describe())
        .detail(detail)
        .build();
  }

  /** {@return where the problem is} */
  public abstract Place place();

  /** {@return the rule broken} */
  public abstract Rule rule();

  /** {@return what is wrong at the place, naming the offending value and the rule} */
  public abstract String detail();

  /** {@return the offending value as written, where there is a single one} */
  public abstract Optional<String> value();

  /**
   * {@return for an unresolved reference, the place it names; for a translation whose index paper
   * contributes none of its raw concepts, that paper; else empty}
   */
  public abstract Optional<Place> reference();

  /**
   * Returns this problem placed at {@code place}, as when a front end builds a value for a part of
   * a review and the value's own problem is to be reported where that part is.
   *
   * @param place the new place
   * @return the problem at {@code place}
   */
  public final ReviewProblem placedAt(Place place) {
    Objects.requireNonNull(place);
    if (place.equals(place())) {
      return this;
    }
    String detail =
        place() instanceof Place.Detached detached && !detached.what().isEmpty()
            ? detached.describe() + ": " + detail()
            : detail();
    return ImmutableReviewProblem.builder().from(this).place(place).detail(detail).build();
  }

  /**
   * {@return what is wrong, in words: where it is, then the detail, for example {@code paper [3]:
   * title must not be blank}. A problem of the review as a whole, or of a detached value that does
   * not describe itself (a name), is the detail alone}
   */
  @Value.Derived
  @Value.Auxiliary
  public String message() {
    return place() == Place.review() || place().describe().isEmpty()
        ? detail()
        : place().describe() + ": " + detail();
  }

  /** Returns the message. */
  @Override
  public final String toString() {
    return message();
  }
}
