package org.metaethnography.core;

import static org.metaethnography.model.Decision.EXCLUDE;
import static org.metaethnography.model.Decision.INCLUDE;
import static org.metaethnography.model.Decision.UNSURE;

import java.math.BigDecimal;
import java.util.Optional;
import org.metaethnography.model.AnswerScale;
import org.metaethnography.model.AppraisalForm;
import org.metaethnography.model.FormItem;
import org.metaethnography.model.Resolution;

/**
 * Small reviews that record their process, for the tests of tables and figures, each counted by
 * hand in its description.
 */
public final class RecordedReviews {
  private static final String FORM = "Checklist";

  private RecordedReviews() {}

  /**
   * A scored form of two items, one point per "yes" ("methods" also allows "not addressed");
   * "adequate" from 2 points, "weak" from 0. Named {@code "Checklist"}.
   */
  public static AppraisalForm scoredChecklist() {
    AnswerScale yesNo =
        AnswerScale.builder().addAnswers("yes", "no").putPoints("yes", BigDecimal.ONE).build();
    AnswerScale addressed =
        AnswerScale.builder()
            .addAnswers("yes", "no", "not addressed")
            .putPoints("yes", BigDecimal.ONE)
            .build();
    return AppraisalForm.builder()
        .name("Checklist")
        .addItems(FormItem.of("aims", Optional.empty(), "Are the aims stated?", yesNo))
        .addItems(FormItem.of("methods", Optional.empty(), "Are the methods described?", addressed))
        .putCategories("adequate", BigDecimal.valueOf(2))
        .putCategories("weak", BigDecimal.ZERO)
        .build();
  }

  private static AppraisalForm checklist() {
    return AppraisalForm.builder()
        .name(FORM)
        .addItems(
            FormItem.of(
                "aims", Optional.empty(), "Are the aims stated?", AnswerScale.of("yes", "no")))
        .build();
  }

  /**
   * A review counted wholly from its records. Searches North and South state no counts; the
   * exclusion "Thin data" states 1 paper.
   *
   * <pre>
   * N1 North  titles inc/inc  full inc/inc  appraised inc/inc  became [1]
   * N2 North  titles inc/exc, included by discussion  full exc/exc ("no qualitative data")
   * N3 North  titles exc/exc
   * N4 North  titles exc/unsure, excluded by discussion
   * S1 South  the same DOI as N1: N1 found again
   * S2 South  titles inc/inc  full inc/inc  appraised exc ("Thin data")/inc, third reviewer exc
   * S3 South  titles inc/inc  full inc/exc, third reviewer inc  (awaiting appraisal)
   * S4 South  titles inc/inc  (awaiting full text)
   * S5 South  no step yet (awaiting screening)
   * </pre>
   *
   * <p>By hand: identified North 4, South 5; 8 records, 1 duplicate. Titles: 7 screened (N1-N4,
   * S2-S4), 5 kept, 2 excluded, 1 awaiting (S5), 2 disagreements settled by discussion (N2, N4).
   * Full texts: 4 assessed (N1, N2, S2, S3), 3 kept, 1 excluded for "no qualitative data", 1
   * awaiting (S4), 1 disagreement settled by a third reviewer (S3). Appraisal: 2 appraised (N1,
   * S2), 1 included, 1 excluded for "Thin data", 1 awaiting (S3), 1 disagreement settled by a third
   * reviewer (S2). Included: 1. Search counts: North 4, 2, 1, 1; South 4, 4, 2, 1 (S5 not
   * screened); total 7, 5, 2, 1 (N1 once).
   *
   * @return the review's description
   */
  public static ReviewBuilder whollyRecorded() {
    return MetaEthnography.review("Recorded")
        .reviewers("AO", "SL", "JK")
        .search("North", s -> {})
        .search("South", s -> {})
        .exclusion("Thin data", 1)
        .appraisalForm(checklist())
        .paper(1, p -> {})
        .record(
            "N1",
            r ->
                r.foundBy("North")
                    .doi("10.1/1")
                    .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .appraised(FORM, a -> a.by("AO", f -> f.include()).by("SL", f -> f.include()))
                    .became(1))
        .record(
            "N2",
            r ->
                r.foundBy("North")
                    .titleAndAbstract(
                        s ->
                            s.vote("AO", INCLUDE)
                                .vote("SL", EXCLUDE)
                                .consensus(INCLUDE, Resolution.DISCUSSION))
                    .fullText(
                        s ->
                            s.vote("AO", EXCLUDE, "no qualitative data")
                                .vote("SL", EXCLUDE, "no qualitative data")))
        .record(
            "N3",
            r ->
                r.foundBy("North").titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))
        .record(
            "N4",
            r ->
                r.foundBy("North")
                    .titleAndAbstract(
                        s ->
                            s.vote("AO", EXCLUDE)
                                .vote("SL", UNSURE)
                                .consensus(EXCLUDE, Resolution.DISCUSSION)))
        .record("S1", r -> r.foundBy("South").doi("10.1/1"))
        .record(
            "S2",
            r ->
                r.foundBy("South")
                    .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .appraised(
                        FORM,
                        a ->
                            a.by("AO", f -> f.exclude("Thin data"))
                                .by("SL", f -> f.include())
                                .thirdReviewer("JK", f -> f.exclude("Thin data"))))
        .record(
            "S3",
            r ->
                r.foundBy("South")
                    .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .fullText(
                        s -> s.vote("AO", INCLUDE).vote("SL", EXCLUDE).settledBy("JK", INCLUDE)))
        .record(
            "S4",
            r ->
                r.foundBy("South").titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE)))
        .record("S5", r -> r.foundBy("South"));
  }

  /**
   * A review counted wholly from its records, whose other source's records enter at full text
   * without a title and abstract screening (PRISMA 2020's identification via other methods). Search
   * "Databases", other source "Experts", neither stating counts.
   *
   * <pre>
   * D1 Databases  titles inc/inc  full inc/inc  became [1]
   * D2 Databases  titles exc/exc
   * E1 Experts    full inc/inc  became [2]
   * E2 Experts    full exc/exc ("no qualitative data")
   * </pre>
   *
   * <p>By hand: identified Databases 2, Experts 2; 4 records, no duplicate. Titles: 2 screened (D1,
   * D2), 1 kept, 1 excluded. Entering at full text without a title and abstract screening: 2 (E1,
   * E2), both from Experts. Full texts: 3 assessed (D1, E1, E2), that is the 1 kept at titles and
   * the 2 entering; 2 kept, 1 excluded for "no qualitative data". No appraisal; included: 2.
   *
   * @return the review's description
   */
  public static ReviewBuilder fromOtherSources() {
    return MetaEthnography.review("From other sources")
        .reviewers("AO", "SL")
        .search("Databases", s -> {})
        .otherSource("Experts", java.util.OptionalInt.empty(), java.util.OptionalInt.empty())
        .paper(1, p -> {})
        .paper(2, p -> {})
        .record(
            "D1",
            r ->
                r.foundBy("Databases")
                    .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .became(1))
        .record(
            "D2",
            r ->
                r.foundBy("Databases")
                    .titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))
        .record(
            "E1",
            r ->
                r.foundBy("Experts")
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .became(2))
        .record(
            "E2",
            r ->
                r.foundBy("Experts")
                    .fullText(
                        s ->
                            s.vote("AO", EXCLUDE, "no qualitative data")
                                .vote("SL", EXCLUDE, "no qualitative data")));
  }

  /**
   * A review that mixes recorded and stated counts. North states 1 article appraised and 1
   * included, and records three screenings at title and abstract: N1 kept (inc/inc), N2 excluded
   * (exc/exc), N3 kept by discussion (inc/exc). South states 120, 10, 2, 1 and has no records. The
   * exclusion "Thin data" states 1 paper.
   *
   * <p>By hand: North 3 screened and 2 retrieved (from records), 1 appraised and 1 included
   * (stated); South 120, 10, 2, 1 (stated); total 123, 12, 3, 2. The exclusions are stated (South
   * has no records). Records: North found 3, South 0, no duplicate; titles 3 screened, 2 kept, 1
   * excluded, 1 disagreement by discussion; full text 0 assessed, 2 awaiting.
   *
   * @return the review's description
   */
  public static ReviewBuilder mixed() {
    return MetaEthnography.review("Mixed")
        .reviewers("AO", "SL")
        .search("North", s -> s.articlesAppraised(1).articlesIncluded(1))
        .search("South", 120, 10, 2, 1)
        .exclusion("Thin data", 1)
        .record(
            "N1",
            r ->
                r.foundBy("North").titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE)))
        .record(
            "N2",
            r ->
                r.foundBy("North").titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))
        .record(
            "N3",
            r ->
                r.foundBy("North")
                    .titleAndAbstract(
                        s ->
                            s.vote("AO", INCLUDE)
                                .vote("SL", EXCLUDE)
                                .consensus(INCLUDE, Resolution.DISCUSSION)));
  }
}
