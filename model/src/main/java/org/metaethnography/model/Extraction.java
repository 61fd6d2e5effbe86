package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One record of concept extraction: a raw concept found in an included paper by one or more
 * reviewers, with the evidence for it where recorded. Extractions are what links papers to raw
 * concepts, and through translation to key concepts.
 *
 * <pre>{@code
 * Extraction found = Extraction.builder()
 *     .concept("Time for oneself")
 *     .paper(12)
 *     .addReviewers(Reviewer.of("AO"), Reviewer.of("SL"))
 *     .evidence(Evidence.of("the only hours that are mine", "5"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Extraction {
  Extraction() {}

  /** Returns a builder; concept, paper and at least one reviewer are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The name of the raw concept found. */
  public abstract String concept();

  /** The reference number of the paper it was found in. */
  public abstract int paper();

  /** The reviewers who found it, in the order given. */
  public abstract ImmutableList<Reviewer> reviewers();

  /** The evidence for it in the paper, if recorded. */
  public abstract Optional<Evidence> evidence();

  @Value.Check
  final void check() {
    Checks.of("extraction of " + ReviewProblem.concept(concept()) + " from " + ReviewProblem.paper(paper()))
        .name("concept", concept())
        .require(paper() >= 1, "paper reference number (%s) must be at least 1", paper())
        .require(!reviewers().isEmpty(), "must name at least one reviewer")
        .distinct("reviewer", reviewers())
        .done();
  }

  /** Returns the extraction as {@code concept in [paper]}. */
  @Override
  public final String toString() {
    return concept() + " in [" + paper() + "]";
  }

  /** Builds an {@link Extraction}; every setter returns this builder. */
  public static final class Builder extends ImmutableExtraction.Builder {
    Builder() {}
  }
}
