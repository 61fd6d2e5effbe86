package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A primary study's paper included in the review: how the review cites it, and whatever the review
 * reports of it. Only the {@linkplain #citation() citation} is required; every other attribute is
 * optional and, when the review does not report it, stays absent (an empty cell in every table,
 * never a placeholder).
 *
 * <pre>{@code
 * Paper numbered = Paper.builder()
 *     .reference(12)
 *     .addAuthors(Author.parse("Okafor N"), Author.parse("Lind S"))
 *     .year(2019)
 *     .title("Carers' experience of a respite programme")
 *     .journal("J Adv Nurs")
 *     .condition(Condition.of("Dementia"))
 *     .format(InterventionFormat.of("Day care"))
 *     .intervention("Weekly day care for 12 weeks")
 *     .perspective(Perspective.of(Stakeholder.of("Carers")))
 *     .putAttributes("country", "Norway")
 *     .build();
 * Paper labelled = Paper.builder().citation(Citation.of("Sav et al (2013)")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Paper {
  Paper() {}

  /**
   * Returns a builder; only the citation is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how the review cites the paper: its identity in the review} */
  public abstract Citation citation();

  /**
   * {@return the authors in the order of the byline, as far as the review gives them; may be empty}
   */
  public abstract ImmutableList<Author> authors();

  /**
   * {@return whether the reference list abbreviates the authors with "et al." after {@link
   * #authors()}}
   */
  @Value.Default
  public boolean etAl() {
    return false;
  }

  /** {@return the year of publication (four digits), if reported} */
  public abstract OptionalInt year();

  /** {@return the title, if reported; not blank} */
  public abstract Optional<String> title();

  /** {@return the journal (or other source) that published the paper, if reported; not blank} */
  public abstract Optional<String> journal();

  /** {@return the condition the study's participants share, if the review records one} */
  public abstract Optional<Condition> condition();

  /** {@return how the intervention the study evaluated was delivered, if it evaluated one} */
  public abstract Optional<InterventionFormat> format();

  /**
   * {@return what the intervention the study evaluated consisted of, in the review's words, if any}
   */
  public abstract Optional<String> intervention();

  /** {@return how long the intervention lasted, as the study states it, if it does} */
  public abstract Optional<String> duration();

  /** {@return whose views the study reports, if the review records it} */
  public abstract Optional<Perspective> perspective();

  /** {@return the paper's quality appraisal, if the review reports it} */
  public abstract Optional<Appraisal> appraisal();

  /**
   * {@return further attributes the review records, by name (for example setting or country), in
   * the order given; an attribute may have several values (the countries of a multi-site study);
   * names and values not blank}
   */
  public abstract ImmutableListMultimap<String, String> attributes();

  /**
   * The values the paper has for the attribute {@code name}, in the order given: none, one, or
   * several (a multi-valued attribute such as the countries of a multi-site study).
   *
   * @param name the attribute's name
   * @return its values
   */
  public final ImmutableList<String> attribute(String name) {
    return attributes().get(Objects.requireNonNull(name));
  }

  /**
   * {@return the surname of the first author, as tables of included papers show it, if authors are
   * given}
   */
  public final Optional<String> firstAuthor() {
    return authors().isEmpty() ? Optional.empty() : Optional.of(authors().get(0).surname());
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.at(new Place.OfPaper(citation()));
    year()
        .ifPresent(
            year ->
                checks.require(
                    year >= 1000 && year <= 9999, year, "year (%s) must have four digits", year));
    checks
        .text("title", title())
        .text("journal", journal())
        .text("intervention", intervention())
        .text("duration", duration())
        .require(
            !etAl() || !authors().isEmpty(),
            "et al.",
            "\"et al.\" needs at least one author before it");
    attributes().keySet().forEach(name -> checks.name("attribute", name));
    attributes()
        .asMap()
        .forEach((name, values) -> checks.distinct("value of attribute \"" + name + "\"", values));
    attributes()
        .forEach(
            (name, value) ->
                checks.require(
                    !value.isBlank(), value, "attribute \"%s\" must not be blank", name));
    checks.done();
  }

  /** Returns the paper as a review cites it, for example {@code "Okafor [12]"} or the label. */
  @Override
  public final String toString() {
    return citation().isNumbered()
        ? firstAuthor().map(a -> a + " ").orElse("") + citation()
        : citation().toString();
  }

  /** Builds a {@link Paper}; every setter returns this builder. */
  public static final class Builder extends ImmutablePaper.Builder {
    Builder() {}

    /**
     * Cites the paper by its number in the review's reference list: a shortcut for {@code
     * citation(Citation.of(number))}.
     *
     * @param number the reference number; at least 1
     * @return this builder
     */
    public final Builder reference(int number) {
      citation(Citation.of(number));
      return this;
    }
  }
}
