package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One record of concept extraction: a raw concept found in an included paper, by the reviewers who
 * found it where the review names them, with the evidence for it where recorded. Extractions are
 * what links papers to raw concepts, and through translation to key concepts.
 *
 * <pre>{@code
 * Extraction found = Extraction.builder()
 *     .concept("Time for oneself")
 *     .paper(Citation.of(12))
 *     .addReviewers(Reviewer.of("AO"), Reviewer.of("SL"))
 *     .evidence(Evidence.of("the only hours that are mine", "5"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Extraction {
  Extraction() {}

  /**
   * Returns a builder; concept and paper are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the name of the raw concept found, in Unicode NFC} */
  public abstract String concept();

  /** {@return the citation of the paper it was found in} */
  public abstract Citation paper();

  /**
   * {@return the reviewers who found it, in the order given; empty where the review does not say}
   */
  public abstract ImmutableList<Reviewer> reviewers();

  /**
   * {@return how the concept found bears on the key concept it is translated into (supports, partly
   * supports, refutes), if the review says}
   */
  public abstract Optional<Stance> stance();

  /** {@return the evidence for it in the paper, if recorded} */
  public abstract Optional<Evidence> evidence();

  @Value.Check
  final Extraction check() {
    Checks.at(new Place.OfExtraction(concept(), paper()))
        .name("concept", concept())
        .distinct("reviewer", reviewers())
        .done();
    String concept = Names.nfc(concept());
    return concept.equals(concept()) ? this : builder().from(this).concept(concept).build();
  }

  /** Returns the extraction as {@code concept in paper}. */
  @Override
  public final String toString() {
    return concept() + " in " + paper();
  }

  /** Builds an {@link Extraction}; every setter returns this builder. */
  public static final class Builder extends ImmutableExtraction.Builder {
    Builder() {}

    /**
     * Names the paper by its reference number: a shortcut for {@code paper(Citation.of(number))}.
     *
     * @param number the paper's reference number; at least 1
     * @return this builder
     */
    public final Builder paper(int number) {
      paper(Citation.of(number));
      return this;
    }
  }
}
