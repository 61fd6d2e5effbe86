package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;

/**
 * A primary study included in the review: its identity, the intervention it studied, whose
 * perspective it reports, and any further attributes the review records about it.
 *
 * <p>A paper is identified in its review by its reference number, the number it carries in
 * the review's reference list.
 *
 * <pre>{@code
 * Paper paper = Paper.builder()
 *     .reference(12)
 *     .addAuthors(Author.parse("Okafor N"), Author.parse("Lind S"))
 *     .year(2019)
 *     .title("Carers' experience of a respite programme")
 *     .journal("J Adv Nurs")
 *     .intervention(intervention)
 *     .perspective(Perspective.of(Stakeholder.of("carer")))
 *     .putAttributes("country", "Norway")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Paper {
  Paper() {}

  /**
   * Returns a builder; reference, at least one author, year, title, journal, intervention and
   * perspective are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The paper's number in the review's reference list; at least 1. */
  public abstract int reference();

  /** The full author list in the order of the byline; not empty. */
  public abstract ImmutableList<Author> authors();

  /** Whether the reference list abbreviates the authors with "et al." after {@link #authors()}. */
  @Value.Default
  public boolean etAl() {
    return false;
  }

  /** The year of publication, four digits. */
  public abstract int year();

  /** The title; not blank. */
  public abstract String title();

  /** The journal (or other source) that published the paper; not blank. */
  public abstract String journal();

  /** The intervention the study evaluated. */
  public abstract Intervention intervention();

  /** Whose views the study reports. */
  public abstract Perspective perspective();

  /**
   * Further attributes the review records, by name (for example setting or country), in the
   * order given; names and values not blank.
   */
  public abstract ImmutableMap<String, String> attributes();

  /** The surname of the first author, as tables of included papers show it. */
  public final String firstAuthor() {
    return authors().get(0).surname();
  }

  /** The condition of the paper's intervention; a shortcut for grouping. */
  public final Condition condition() {
    return intervention().condition();
  }

  /** The format of the paper's intervention; a shortcut for grouping. */
  public final InterventionFormat format() {
    return intervention().format();
  }

  @Value.Check
  final void check() {
    Checks checks =
        Checks.of(ReviewProblem.paper(reference()))
            .require(reference() >= 1, "reference number must be at least 1")
            .require(!authors().isEmpty(), "must have at least one author")
            .require(
                year() >= 1000 && year() <= 9999, "year (%s) must have four digits", year())
            .text("title", title())
            .text("journal", journal());
    attributes()
        .forEach(
            (name, value) ->
                checks
                    .require(
                        !name.isBlank() && name.strip().equals(name),
                        "attribute name \"%s\" must not be blank nor begin or end with whitespace",
                        name)
                    .require(!value.isBlank(), "attribute \"%s\" must not be blank", name));
    checks.done();
  }

  /** Returns the paper as a review cites it, for example {@code "Okafor [12]"}. */
  @Override
  public final String toString() {
    return firstAuthor() + " [" + reference() + "]";
  }

  /** Builds a {@link Paper}; every setter returns this builder. */
  public static final class Builder extends ImmutablePaper.Builder {
    Builder() {}
  }
}
