package org.metaethnography.model;

import com.google.common.collect.Collections2;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How a review cites an included paper, and so the paper's identity in the review: a number in its
 * reference list ({@code [34]}) or a label of author and year ({@code Sav et al (2013)}, {@code
 * Chalmers and Thompson 1998}). Every part of a review that names a paper (an extraction, a grid
 * cell, a study's reports, a grid layout's row order, an audit finding) names it by its citation.
 *
 * <p>Citations are ordered numbers first, in ascending order, then labels in the order of their
 * text; this is the canonical order of a key concept grid's rows.
 *
 * <pre>{@code
 * Citation numbered = Citation.of(34);
 * Citation labelled = Citation.of("Sav et al (2013)");
 * Citation derived = Citation.of(AuthorYear.label(List.of(Author.parse("Sav A")), true, 2013));
 * }</pre>
 */
@Value.Immutable(prehash = true)
public abstract class Citation implements Comparable<Citation> {
  private static final Comparator<Citation> ORDER =
      Comparator.comparing((Citation c) -> c.number().isEmpty())
          .thenComparingInt(c -> c.number().orElse(0))
          .thenComparing(c -> c.label().orElse(""));

  Citation() {}

  /**
   * Returns the citation by reference number.
   *
   * @param number the paper's number in the review's reference list; at least 1
   * @return the citation
   * @throws InvalidValueException if the number is below 1
   */
  public static Citation of(int number) {
    return ImmutableCitation.builder().number(number).build();
  }

  /**
   * Returns the citation by a label, as the review prints it, for example {@code "Sav et al
   * (2013)"}. The label is normalised to Unicode NFC.
   *
   * @param label the label; follows the rules of names (not blank, no surrounding whitespace, no
   *     control character)
   * @return the citation
   * @throws InvalidValueException if the label breaks a rule of names
   */
  public static Citation of(String label) {
    return ImmutableCitation.builder().label(Names.nfc(label)).build();
  }

  /** {@return the reference number, for a paper cited by number} */
  public abstract OptionalInt number();

  /** {@return the label, for a paper cited by author and year (or any other label)} */
  public abstract Optional<String> label();

  /** {@return whether the paper is cited by reference number} */
  public final boolean isNumbered() {
    return number().isPresent();
  }

  @Value.Check
  final void check() {
    OptionalInt given = number();
    boolean valid =
        given.isPresent()
            ? given.getAsInt() >= 1 && label().isEmpty()
            : label().isPresent() && Names.problem("citation", label().get()) == null;
    if (valid) {
      return;
    }
    Checks checks = Checks.of("");
    if (number().isPresent()) {
      checks.require(
          number().getAsInt() >= 1,
          number().getAsInt(),
          "reference number (%s) must be at least 1",
          number().getAsInt());
    }
    label().ifPresent(l -> checks.name("citation", l));
    checks.require(
        number().isPresent() != label().isPresent(),
        this,
        "a citation is a reference number or a label, not both");
    checks.done();
  }

  /**
   * How messages write the citation: {@code [34]} or {@code "Sav et al (2013)"}.
   *
   * @return the citation in messages
   */
  public final String inMessages() {
    return number().isPresent() ? toString() : "\"" + label().orElseThrow() + "\"";
  }

  /** How many citations a message lists before it says how many more there are. */
  public static final int LISTED_CITATIONS = 10;

  /**
   * How messages list citations: reference numbers bare, labels quoted, in the order given, for
   * example {@code [21, 33]} or {@code [12, "Sav 2012"]}; past {@link #LISTED_CITATIONS} the list
   * says how many more there are ({@code [1, 2, ..., 10, and 15 more]}), so that a message stays
   * short however many papers it concerns.
   *
   * @param citations the citations
   * @return the list in words
   */
  public static String inMessages(Collection<Citation> citations) {
    // A lazy view: only the citations listed are written.
    Collection<String> written =
        Collections2.transform(
            citations,
            c -> c.isNumbered() ? Integer.toString(c.number().getAsInt()) : c.inMessages());
    return "[" + Names.firstOf(written, LISTED_CITATIONS) + "]";
  }

  /**
   * Orders citations numbers first, ascending, then labels in the order of their text.
   *
   * @param other the citation to compare with
   * @return a negative number, zero or a positive number as this citation comes before, with or
   *     after {@code other}
   */
  @Override
  public final int compareTo(Citation other) {
    return ORDER.compare(this, other);
  }

  /** Returns the citation as a review prints it: {@code [34]} or the label. */
  @Override
  public final String toString() {
    return number().isPresent() ? "[" + number().getAsInt() + "]" : label().orElseThrow();
  }
}
