package org.metaethnography.core;

import java.util.Optional;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.Search;
import org.metaethnography.model.StageCounts;

/**
 * Describes one literature search inside {@link ReviewBuilder#search(String,
 * java.util.function.Consumer)}: the records it kept at each stage the review reports. A stage not
 * set stays unreported, and the review's totals then say that stage is incomplete.
 *
 * <pre>{@code
 * .search("Stroke", s -> s.abstractsReviewed(1204).articlesIncluded(2))
 * }</pre>
 */
public final class SearchSpec extends Spec {
  private final String name;
  private final StageCounts.Builder counts = StageCounts.builder();

  SearchSpec(ReviewDraft draft, String name) {
    super(draft, new Place.OfSearch(name));
    this.name = name;
  }

  /**
   * Titles and abstracts screened.
   *
   * @param count the number of records
   * @return this spec
   */
  public SearchSpec abstractsReviewed(int count) {
    once("abstracts reviewed", count, counts::abstractsReviewed);
    return this;
  }

  /**
   * Full texts retrieved for review.
   *
   * @param count the number of articles
   * @return this spec
   */
  public SearchSpec articlesRetrieved(int count) {
    once("articles retrieved", count, counts::articlesRetrieved);
    return this;
  }

  /**
   * Articles that went to quality appraisal.
   *
   * @param count the number of articles
   * @return this spec
   */
  public SearchSpec articlesAppraised(int count) {
    once("articles appraised", count, counts::articlesAppraised);
    return this;
  }

  /**
   * Articles included in the synthesis.
   *
   * @param count the number of articles
   * @return this spec
   */
  public SearchSpec articlesIncluded(int count) {
    once("articles included", count, counts::articlesIncluded);
    return this;
  }

  /** Builds the search, or records its problems and returns empty. */
  Optional<Search> build() {
    return built(() -> Search.of(name, counts.build()));
  }
}
