package org.metaethnography.core;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.metaethnography.model.Evidence;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Reviewer;

/**
 * Describes one extraction inside {@link ReviewBuilder#found(String, int,
 * java.util.function.Consumer)}: who found the concept in the paper and, optionally, the quotation
 * and page that show it. The reviewers are required.
 *
 * <pre>{@code
 * .found("Time for oneself", 12, e -> e.by("AO", "SL")
 *     .quoting("the only hours that are mine").onPage("5"))
 * }</pre>
 */
public final class ExtractionSpec extends Spec {
  private final String concept;
  private final int paper;
  private Optional<ImmutableList<Reviewer>> reviewers = Optional.empty();
  private Optional<String> quotation = Optional.empty();
  private Optional<String> page = Optional.empty();

  ExtractionSpec(String concept, int paper) {
    super("extraction of concept \"" + concept + "\" from paper [" + paper + "]");
    this.concept = concept;
    this.paper = paper;
  }

  /** The reviewers who found the concept in the paper, by their declared names. */
  public ExtractionSpec by(String... reviewers) {
    this.reviewers =
        onceMade(
            "reviewers",
            this.reviewers,
            () -> Arrays.stream(reviewers).map(Reviewer::of).collect(ImmutableList.toImmutableList()));
    return this;
  }

  /** The words in the paper that show the concept. */
  public ExtractionSpec quoting(String quotation) {
    this.quotation = once("quotation", this.quotation, quotation);
    return this;
  }

  /** The page of the quotation, as the paper numbers it. */
  public ExtractionSpec onPage(String page) {
    this.page = once("page", this.page, page);
    return this;
  }

  /** Builds the extraction, or records every problem and returns empty. */
  Optional<Extraction> build() {
    required("reviewers", reviewers);
    if (page.isPresent() && quotation.isEmpty()) {
      problem(
          org.metaethnography.model.ReviewProblem.Rule.INCOMPLETE_DESCRIPTION,
          "page is set without a quotation");
    }
    Optional<Evidence> evidence =
        quotation.flatMap(
            q -> attempt(() -> page.map(p -> Evidence.of(q, p)).orElseGet(() -> Evidence.of(q))));
    Optional<Extraction> extraction =
        attempt(
            () ->
                Extraction.builder()
                    .concept(concept)
                    .paper(paper)
                    .reviewers(reviewers.orElse(ImmutableList.of(Reviewer.of("-"))))
                    .evidence(evidence)
                    .build());
    return hasProblems() ? Optional.empty() : extraction;
  }
}
