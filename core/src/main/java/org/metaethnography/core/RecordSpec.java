package org.metaethnography.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Place;
import org.metaethnography.model.ReviewDraft;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.SearchRecord;

/**
 * Describes one record of the review process: which searches found it, its DOI and title, its
 * screenings at title and abstract and at full text, its quality appraisal and the included paper
 * it became. Obtained from {@link ReviewBuilder#record(String, Consumer)}.
 *
 * <pre>{@code
 * review.record("R17", r -> r
 *     .foundBy("CINAHL")
 *     .doi("10.1000/xyz")
 *     .titleAndAbstract(s -> s.vote("AO", Decision.INCLUDE).vote("SL", Decision.INCLUDE))
 *     .fullText(s -> s.vote("AO", Decision.INCLUDE).vote("SL", Decision.INCLUDE))
 *     .appraised(AppraisalForms.LETTS_QUALITATIVE, a -> a
 *         .by("AO", f -> f.include())
 *         .by("SL", f -> f.include()))
 *     .became(12));
 * }</pre>
 */
public final class RecordSpec extends Spec {
  private final String id;
  private final List<String> foundBy = new ArrayList<>();
  private final List<ScreeningSpec> screenings = new ArrayList<>();
  private final SearchRecord.Builder record = SearchRecord.builder();
  private AppraisalRecordSpec appraisal;

  RecordSpec(ReviewDraft draft, String id) {
    super(draft, new Place.OfRecord(id));
    this.id = id;
  }

  /**
   * Names the searches (or other sources) that found the record; may be called again to add more.
   *
   * @param searches the names of searches or other sources the review declares
   * @return this description
   */
  public RecordSpec foundBy(String... searches) {
    for (String search : searches) {
      foundBy.add(Objects.requireNonNull(search));
    }
    return this;
  }

  /**
   * Names identifiers under which the record was found again and merged into it (by a screening
   * tool, say); may be called again to add more. Records described again through {@link
   * ReviewBuilder#record} are merged, and named here, by the builder itself.
   *
   * @param ids the identifiers of the duplicates
   * @return this description
   */
  public RecordSpec alsoRecordedAs(String... ids) {
    for (String other : ids) {
      record.addAlsoRecordedAs(Objects.requireNonNull(other));
    }
    return this;
  }

  /**
   * Sets the record's DOI, by which duplicates are found.
   *
   * @param doi the DOI
   * @return this description
   */
  public RecordSpec doi(String doi) {
    once("DOI", doi, record::doi);
    return this;
  }

  /**
   * Sets the record's title, by which duplicates without a DOI are found.
   *
   * @param title the title
   * @return this description
   */
  public RecordSpec title(String title) {
    once("title", title, record::title);
    return this;
  }

  /**
   * Records the screening of the record's title and abstract.
   *
   * @param description the reviewers' votes and, after a disagreement, the consensus
   * @return this description
   */
  public RecordSpec titleAndAbstract(Consumer<ScreeningSpec> description) {
    return screened(ScreeningLevel.TITLE_AND_ABSTRACT, description);
  }

  /**
   * Records the screening of the record's full text.
   *
   * @param description the reviewers' votes and, after a disagreement, the consensus
   * @return this description
   */
  public RecordSpec fullText(Consumer<ScreeningSpec> description) {
    return screened(ScreeningLevel.FULL_TEXT, description);
  }

  /**
   * Records a screening of the record.
   *
   * @param level the step of screening
   * @param description the reviewers' votes and, after a disagreement, the consensus
   * @return this description
   */
  public RecordSpec screened(ScreeningLevel level, Consumer<ScreeningSpec> description) {
    ScreeningSpec screening = new ScreeningSpec(draft(), place(), Objects.requireNonNull(level));
    description.accept(screening);
    screenings.add(screening);
    return this;
  }

  /**
   * Records the quality appraisal of the record's full text.
   *
   * @param form the name of the appraisal form used, one the review declares with {@link
   *     ReviewBuilder#appraisalForm(org.metaethnography.model.AppraisalForm)}
   * @param description each reviewer's completed form and, after a dispute, the third reviewer's
   * @return this description
   */
  public RecordSpec appraised(String form, Consumer<AppraisalRecordSpec> description) {
    AppraisalRecordSpec spec = new AppraisalRecordSpec(draft(), place(), Objects.requireNonNull(form));
    description.accept(spec);
    if (appraisal != null) {
      problem("is appraised twice; a record has one appraisal");
    } else {
      appraisal = spec;
    }
    return this;
  }

  /**
   * Links the record to the included paper it became.
   *
   * @param reference the paper's number in the review's reference list
   * @return this description
   */
  public RecordSpec became(int reference) {
    onceMade("paper", () -> Citation.of(reference), record::paper);
    return this;
  }

  /**
   * Links the record to the included paper it became.
   *
   * @param label the paper's label, for example {@code "Smith 2004"}
   * @return this description
   */
  public RecordSpec became(String label) {
    onceMade("paper", () -> Citation.of(label), record::paper);
    return this;
  }

  Optional<SearchRecord> build() {
    record.id(id).addAllFoundBy(foundBy);
    for (ScreeningSpec screening : screenings) {
      screening.build().ifPresent(record::addScreenings);
    }
    if (appraisal != null) {
      appraisal.build().ifPresent(record::appraisal);
    }
    return built(record::build);
  }
}
