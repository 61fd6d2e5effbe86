package org.metaethnography.core;

import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Evidence;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Stance;

/**
 * Describes one extraction inside {@link ReviewBuilder#found(String, int,
 * java.util.function.Consumer)}: who found the concept in the paper, where the review names them,
 * the quotation and page that show it, where recorded, and the paper's stance toward the key
 * concept the raw concept is translated into (supports, partly supports or refutes; without one,
 * the finding supports). Each is optional and set at most once; a page needs a quotation.
 *
 * <pre>{@code
 * .found("Time for oneself", 12, e -> e.by("AO", "SL")
 *     .quoting("the only hours that are mine").onPage("5").partlySupports())
 * }</pre>
 */
public final class ExtractionSpec extends Spec {
  private final Extraction.Builder extraction = Extraction.builder();

  ExtractionSpec(ReviewDraft draft, String concept, Citation paper) {
    super(draft, new Place.OfExtraction(concept, paper));
    extraction.concept(concept).paper(paper);
  }

  /**
   * The reviewers who found the concept in the paper, by their declared names.
   *
   * @param reviewers one or more declared reviewers
   * @return this spec
   */
  public ExtractionSpec by(String... reviewers) {
    onceMade("reviewers", () -> Spec.terms(Reviewer::of, reviewers), extraction::reviewers);
    return this;
  }

  /**
   * Marks the concept found as supporting the key concept it is translated into.
   *
   * @return this spec
   */
  public ExtractionSpec supports() {
    once("stance", Stance.SUPPORTS, extraction::stance);
    return this;
  }

  /**
   * Marks the concept found as supporting the key concept it is translated into only in part.
   *
   * @return this spec
   */
  public ExtractionSpec partlySupports() {
    once("stance", Stance.PARTLY_SUPPORTS, extraction::stance);
    return this;
  }

  /**
   * Marks the concept found as refuting the key concept it is translated into.
   *
   * @return this spec
   */
  public ExtractionSpec refutes() {
    once("stance", Stance.REFUTES, extraction::stance);
    return this;
  }

  /**
   * The words in the paper that show the concept.
   *
   * @param quotation the words quoted
   * @return this spec
   */
  public ExtractionSpec quoting(String quotation) {
    once("quotation", Objects.requireNonNull(quotation), q -> {});
    return this;
  }

  /**
   * The page of the quotation, as the paper numbers it.
   *
   * @param page the page, for example {@code "386"} or {@code "e12"}
   * @return this spec
   */
  public ExtractionSpec onPage(String page) {
    once("page", Objects.requireNonNull(page), p -> {});
    return this;
  }

  /** Builds the extraction, or records its problems and returns empty. */
  Optional<Extraction> build() {
    Optional<String> quotation = given("quotation");
    Optional<String> page = given("page");
    if (page.isPresent() && quotation.isEmpty()) {
      problem("page is set without a quotation");
    }
    quotation
        .flatMap(
            q ->
                draft()
                    .attempt(
                        place(),
                        () -> page.map(p -> Evidence.of(q, p)).orElseGet(() -> Evidence.of(q))))
        .ifPresent(extraction::evidence);
    return built(extraction::build);
  }
}
