package org.metaethnography.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a paper shows a concept: a quotation (participants' words for a first-order concept, the
 * authors' for a second-order one) and the page it is on, if known.
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /**
   * Returns the evidence of a quotation without a page.
   *
   * @param quotation the words quoted; not blank
   * @return the evidence
   * @throws IllegalArgumentException if the quotation is blank
   */
  public static Evidence of(String quotation) {
    return ImmutableEvidence.builder().quotation(quotation).build();
  }

  /**
   * Returns the evidence of a quotation on a page.
   *
   * @param quotation the words quoted; not blank
   * @param page the page, as the paper numbers it (for example {@code "386"} or {@code "e12"})
   * @return the evidence
   * @throws IllegalArgumentException if the quotation or page is blank
   */
  public static Evidence of(String quotation, String page) {
    return ImmutableEvidence.builder().quotation(quotation).page(page).build();
  }

  /** {@return the words quoted} */
  public abstract String quotation();

  /** {@return the page the quotation is on, if known} */
  public abstract Optional<String> page();

  @Value.Check
  final void check() {
    Checks.of("evidence")
        .require(!quotation().isBlank(), quotation(), "quotation must not be blank")
        .text("page", page())
        .done();
  }

  /** Returns the quotation in quotes, with its page if known. */
  @Override
  public final String toString() {
    return "\"" + quotation() + "\"" + page().map(p -> " (p. " + p + ")").orElse("");
  }
}
