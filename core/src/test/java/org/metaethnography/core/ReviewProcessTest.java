package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.metaethnography.model.Decision.EXCLUDE;
import static org.metaethnography.model.Decision.INCLUDE;
import static org.metaethnography.model.Decision.UNSURE;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.table.AgreementTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.AppraisalForm;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.Place;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.Review;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.Score;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.Stage;
import org.metaethnography.model.StageCounts;
import org.metaethnography.synthesis.RecordFlow;
import org.metaethnography.synthesis.ReviewFlow;
import org.metaethnography.synthesis.ReviewFlow.Provenance;
import org.metaethnography.synthesis.Synthesis;
import org.metaethnography.synthesis.agreement.Agreement;
import org.metaethnography.synthesis.agreement.ProcessRatings;

/**
 * The review process recorded through the fluent API: a small review of seven records, two of them
 * duplicates, whose flow, exclusions and appraisal summaries were counted by hand from the records
 * below (the counts are in each test's comments).
 */
class ReviewProcessTest {
  private static final String FORM = "Checklist";

  private static AppraisalForm checklist() {
    return RecordedReviews.scoredChecklist();
  }

  private static ReviewBuilder process(Consumer<ReviewBuilder> more) {
    ReviewBuilder review =
        MetaEthnography.review("Peer support at work")
            .reviewers("AO", "SL", "JK")
            .search("MEDLINE", s -> {})
            .search("CINAHL", s -> {})
            .otherSource("Experts", OptionalInt.empty(), OptionalInt.empty())
            .appraisalForm(checklist())
            .paper(1, p -> {})
            .paper(2, p -> {})
            .record(
                "R1",
                r ->
                    r.foundBy("MEDLINE")
                        .doi("10.1/a")
                        .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .appraised(
                            FORM,
                            a ->
                                a.by(
                                        "AO",
                                        f ->
                                            f.answer("aims", "yes")
                                                .answer("methods", "yes")
                                                .include())
                                    .by(
                                        "SL",
                                        f ->
                                            f.answer("aims", "yes")
                                                .answer("methods", "no")
                                                .include()))
                        .became(1))
            .record(
                "R2",
                r ->
                    r.foundBy("MEDLINE")
                        .doi("10.1/b")
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
                "R3",
                r ->
                    r.foundBy("MEDLINE")
                        .title("Peer Support: a study")
                        .titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))
            // R3 found again: the same title once case and punctuation are set aside.
            .record("R4", r -> r.foundBy("CINAHL").title("peer support - a study"))
            .record(
                "R5",
                r ->
                    r.foundBy("CINAHL")
                        .doi("10.1/c")
                        .titleAndAbstract(
                            s -> s.vote("AO", UNSURE).vote("SL", INCLUDE).settledBy("JK", INCLUDE))
                        .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .appraised(
                            FORM,
                            a ->
                                a.by(
                                        "AO",
                                        f ->
                                            f.answer("aims", "no")
                                                .answer("methods", "no")
                                                .exclude("Review"))
                                    .by(
                                        "SL",
                                        f ->
                                            f.answer("aims", "yes")
                                                .answer("methods", "yes")
                                                .include())
                                    .thirdReviewer(
                                        "JK",
                                        f ->
                                            f.answer("aims", "yes")
                                                .answer("methods", "no")
                                                .exclude("Review"))))
            // R1 found again: DOIs compare without case.
            .record("R6", r -> r.foundBy("CINAHL").doi("10.1/A"))
            .record(
                "R7",
                r ->
                    r.foundBy("Experts")
                        .doi("10.1/e")
                        .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .appraised(
                            FORM, a -> a.by("AO", f -> f.include()).by("SL", f -> f.include()))
                        .became(2));
    more.accept(review);
    return review;
  }

  private static Synthesis synthesis() {
    return process(r -> {}).synthesize();
  }

  @Test
  void duplicates_areMergedIntoTheFirstRecord_whichGainsTheirSearches() {
    Review review = process(r -> {}).build();
    assertThat(review.records())
        .extracting(r -> r.id())
        .containsExactly("R1", "R2", "R3", "R5", "R7");
    assertThat(review.records().get(0).foundBy()).containsExactly("MEDLINE", "CINAHL");
    assertThat(review.records().get(2).foundBy()).containsExactly("MEDLINE", "CINAHL");
  }

  @Test
  void searchCounts_comeFromRecords_eachRecordOncePerSearch_andOnceInTheTotal() {
    ReviewFlow flow = synthesis().flow();
    // MEDLINE found R1, R2, R3: all screened; R1 and R2 kept; R1 appraised and included.
    assertThat(flow.searches().get(0).counts()).isEqualTo(StageCounts.of(3, 2, 1, 1));
    // CINAHL found R3, R5 and R1: all screened; R5 and R1 kept and appraised; R1 included.
    assertThat(flow.searches().get(1).counts()).isEqualTo(StageCounts.of(3, 2, 2, 1));
    // Distinct records of the searches: R1, R2, R3, R5 screened; R1, R2, R5 kept; R1, R5
    // appraised; R1 included.
    assertThat(flow.total()).isEqualTo(StageCounts.of(4, 3, 2, 1));
    assertThat(flow.duplicates()).isEqualTo(2);
    assertThat(flow.isRecorded()).isTrue();
    for (Stage stage : Stage.values()) {
      assertThat(flow.provenance("CINAHL", stage)).isEqualTo(Provenance.RECORDS);
    }
  }

  @Test
  void stagesNoRecordDecides_comeFromStatedCounts() {
    // Records screened at title and abstract only: appraisal is no step of this review, so the
    // appraised count stays as stated and inclusion (decided at full text or appraisal) too.
    Review review =
        MetaEthnography.review("Screening only")
            .reviewers("AO", "SL")
            .search("MEDLINE", s -> s.articlesAppraised(1).articlesIncluded(1))
            .search("Scopus", 10, 4, 2, 1)
            .record(
                "R1",
                r ->
                    r.foundBy("MEDLINE")
                        .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE)))
            .build();
    ReviewFlow flow = Synthesis.of(review).flow();
    assertThat(flow.searches().get(0).counts()).isEqualTo(StageCounts.of(1, 1, 1, 1));
    assertThat(flow.provenance("MEDLINE", Stage.ABSTRACTS_REVIEWED)).isEqualTo(Provenance.RECORDS);
    assertThat(flow.provenance("MEDLINE", Stage.ARTICLES_APPRAISED)).isEqualTo(Provenance.STATED);
    assertThat(flow.provenance("Scopus", Stage.ARTICLES_RETRIEVED)).isEqualTo(Provenance.STATED);
    assertThat(flow.total()).isEqualTo(StageCounts.of(11, 5, 3, 2));
  }

  @Test
  void recordFlow_countsEveryStep_asPrismaReportsIt() {
    RecordFlow flow = synthesis().recordFlow();
    assertThat(flow.identified())
        .isEqualTo(ImmutableMap.of("MEDLINE", 3, "CINAHL", 3, "Experts", 1));
    assertThat(flow.records()).isEqualTo(5);
    assertThat(flow.duplicates()).isEqualTo(2);
    // Titles: R1, R2, R3, R5 screened; R3 excluded (no reason given); R2 settled by discussion,
    // R5 (an unsure vote) by a third reviewer.
    assertThat(flow.titles())
        .isEqualTo(new RecordFlow.Step(4, 3, 1, 0, 2, 1, 1, ImmutableMap.of()));
    assertThat(flow.titles().unexplained()).isEqualTo(1);
    // Full texts: R1, R2, R5 and R7 (from experts, not screened at title); R2 excluded, both
    // reviewers giving the same reason.
    assertThat(flow.fullTexts())
        .isEqualTo(
            new RecordFlow.Step(4, 3, 1, 0, 0, 0, 0, ImmutableMap.of("no qualitative data", 1)));
    // Appraisal: R1, R5, R7; R5 disputed and excluded by the third reviewer.
    assertThat(flow.appraisal())
        .isEqualTo(new RecordFlow.Step(3, 2, 1, 0, 1, 0, 1, ImmutableMap.of("Review", 1)));
    assertThat(flow.included()).isEqualTo(2);
  }

  @Test
  void recordsKeptAtTheirLastStep_awaitTheNextStepOfTheProcess() {
    RecordFlow flow =
        process(
                r ->
                    r.record(
                            "R8",
                            x ->
                                x.foundBy("MEDLINE")
                                    .titleAndAbstract(
                                        s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE)))
                        .record(
                            "R9",
                            x ->
                                x.foundBy("MEDLINE")
                                    .titleAndAbstract(
                                        s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE)))
                        .record("R10", x -> x.foundBy("MEDLINE")))
            .synthesize()
            .recordFlow();
    // R8 kept at full text awaits appraisal, R9 kept at title and abstract awaits its full text,
    // R10 was found and not yet screened.
    assertThat(flow.appraisal().awaiting()).isEqualTo(1);
    assertThat(flow.fullTexts().awaiting()).isEqualTo(1);
    assertThat(flow.titles().awaiting()).isEqualTo(1);
    assertThat(flow.included()).isEqualTo(2);
  }

  @Test
  void exclusions_areCountedFromAppraisalRecords_whenEverySearchHasRecords() {
    var exclusions = synthesis().exclusions();
    assertThat(exclusions.isRecorded()).isTrue();
    assertThat(exclusions.tallies())
        .containsExactly(ExclusionTally.of(ExclusionReason.of("Review"), 1));
    assertThat(exclusions.unexplained()).isZero();
    assertThat(exclusions.total()).isEqualTo(1);
  }

  @Test
  void appraisalSummary_scoresTheDecidingForms() {
    Review review = process(r -> {}).build();
    AppraisalForm form = review.appraisalForms().get(0);
    // R1: AO answered yes, yes (2 points), SL yes, no (1 point): a range, in two categories.
    assertThat(review.records().get(0).appraisal().orElseThrow().summary(form).score())
        .contains(
            Score.range(BigDecimal.ONE, BigDecimal.valueOf(2), Optional.of(BigDecimal.valueOf(2))));
    assertThat(review.records().get(0).appraisal().orElseThrow().summary(form).category())
        .isEmpty();
    // R5: disputed, so the third reviewer's form decides: yes, no = 1 of 2, "weak".
    var r5 = review.records().get(3).appraisal().orElseThrow().summary(form);
    assertThat(r5.score()).contains(Score.of(1, 2));
    assertThat(r5.category()).contains("weak");
    assertThat(r5.tool()).contains(FORM);
  }

  @Test
  void screeningAgreement_readsTheIndependentVotes() {
    // Votes at title and abstract (AO, SL): R1 include/include, R2 include/exclude, R3
    // exclude/exclude, R5 unsure/include. Observed 2/4; AO's margins include 1/2, exclude 1/4,
    // unsure 1/4, SL's include 1/2, exclude 1/2: expected 1/4 + 1/8 = 3/8; kappa (1/2 - 3/8) /
    // (5/8) = 1/5.
    Agreement titles = synthesis().screeningAgreement(ScreeningLevel.TITLE_AND_ABSTRACT);
    assertThat(titles.ratings().subjects()).containsExactly("R1", "R2", "R3", "R5");
    assertThat(titles.percentAgreement().value().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(titles.cohensKappa().value().getAsDouble()).isCloseTo(0.2, within(1e-12));
    // The third reviewer who settled R5 is no rater.
    assertThat(titles.ratings().raters()).containsExactly("AO", "SL");
  }

  @Test
  void appraisalAgreement_leavesOutTheThirdReviewer() {
    // R1 include/include, R5 exclude/include, R7 include/include: observed 2/3; AO's margins
    // include 2/3, exclude 1/3, SL's include 1: expected 2/3; kappa (2/3 - 2/3) / (1/3) = 0.
    Agreement appraisal = synthesis().appraisalAgreement();
    assertThat(appraisal.ratings().raters()).containsExactly("AO", "SL");
    assertThat(appraisal.percentAgreement().value().getAsDouble())
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(appraisal.cohensKappa().value().getAsDouble()).isCloseTo(0, within(1e-12));
    // Item answers: aims R1 yes/yes, R5 no/yes; methods R1 yes/no, R5 no/yes.
    Agreement aims = Agreement.of(ProcessRatings.appraisalItem(process(r -> {}).build(), "aims"));
    assertThat(aims.percentAgreement().value().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(aims.ratings().categories()).containsExactly("yes", "no");
  }

  @Test
  void agreementTable_hasEachRecordedStage_withTheValuesWorkedOutByHand() {
    Table table = AgreementTables.of(synthesis());
    // Title and abstract (see above): observed 1/2, kappa 1/5. Pooled margins include 4/8,
    // exclude 3/8, unsure 1/8: expected 13/32, Scott's pi (16/32 - 13/32) / (19/32) = 3/19, which
    // Fleiss' kappa of two raters equals; alpha = 1 - (16/19)(7/8) = 5/19 with 4 subjects.
    // Full text: R1, R5, R7 include and R2 exclude by both: kappa 1. No extractions: no row.
    assertThat(table.rows().stream().map(r -> r.get(0)).distinct())
        .containsExactly("title and abstract screening", "full text screening", "appraisal");
    assertThat(table.rows().subList(0, 5))
        .extracting(r -> r.get(1) + " " + r.get(2))
        .containsExactly(
            "percent agreement 0.5000",
            "cohen's kappa 0.2000",
            "scott's pi 0.1579",
            "fleiss' kappa 0.1579",
            "krippendorff's alpha 0.2632");
    assertThat(table.rows().get(6).get(2)).isEqualTo("1.0000");
    Table categories = AgreementTables.byCategory(synthesis());
    // Specific agreement on "include" at title and abstract: 2 x 1 / (2 + 2) = 0.5.
    assertThat(categories.rows().get(0))
        .startsWith("title and abstract screening", "include", "0.5000");
  }

  @Test
  void statedCountThatDisagreesWithRecords_namesSearchStageAndBothNumbers() {
    ReviewProblem problem =
        only(
            MetaEthnography.review("Peer support at work")
                .reviewers("AO", "SL")
                .search("MEDLINE", s -> s.abstractsReviewed(4).articlesRetrieved(1))
                .record(
                    "R1",
                    r ->
                        r.foundBy("MEDLINE")
                            .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))));
    assertThat(problem.message())
        .isEqualTo("search \"MEDLINE\": states 4 for abstracts reviewed, but its records give 1");
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.RECORDS_DISAGREE);
    assertThat(problem.place()).isEqualTo(new Place.OfSearch("MEDLINE"));
  }

  @Test
  void statedTallyThatDisagreesWithAppraisalRecords_namesTheReasonAndBothNumbers() {
    ReviewProblem problem = only(process(r -> r.exclusion("Review", 2)));
    assertThat(problem.message())
        .isEqualTo(
            "exclusion reason \"Review\": states 2 papers excluded, but the appraisal records"
                + " give 1");
  }

  @Test
  void inconsistentRecords_areAllReported_eachNamingTheRecordAndTheRule() {
    InvalidReviewException e =
        catchThrowableOfType(
            InvalidReviewException.class,
            () ->
                process(
                        r ->
                            r.record(
                                    "R8",
                                    x ->
                                        x.foundBy("MEDLINE")
                                            .titleAndAbstract(
                                                s -> s.vote("AO", INCLUDE).vote("SL", EXCLUDE)))
                                .record(
                                    "R9",
                                    x ->
                                        x.foundBy("Embase")
                                            .titleAndAbstract(
                                                s -> s.vote("AO", EXCLUDE).vote("ZZ", EXCLUDE))
                                            .fullText(s -> s.vote("AO", INCLUDE)))
                                .record(
                                    "R10",
                                    x ->
                                        x.foundBy("CINAHL")
                                            .titleAndAbstract(s -> s.vote("AO", INCLUDE))
                                            .appraised(
                                                "Other form", a -> a.by("AO", f -> f.include())))
                                .record(
                                    "R11",
                                    x ->
                                        x.foundBy("CINAHL")
                                            .titleAndAbstract(s -> s.vote("AO", INCLUDE))
                                            .appraised(
                                                FORM,
                                                a ->
                                                    a.by(
                                                        "AO",
                                                        f -> f.answer("aims", "maybe").include()))))
                    .build());
    assertThat(e.problems())
        .extracting(ReviewProblem::message)
        .containsExactly(
            "record \"R8\": title and abstract screening: reviewers disagreed or were unsure ([AO:"
                + " include, SL: exclude]), so the screening must give the consensus decision",
            "record \"R9\": was excluded at title and abstract, so it cannot have a later step or"
                + " an included paper",
            "record \"R10\": was appraised with form \"Other form\", which the review does not"
                + " declare; declared forms are [Checklist]",
            "record \"R11\": appraisal by AO answers item \"aims\" with \"maybe\", which is not one"
                + " of its answers (yes / no)");
  }

  @Test
  void unknownFinderAndReviewer_areReported() {
    InvalidReviewException e =
        catchThrowableOfType(
            InvalidReviewException.class,
            () ->
                process(
                        r ->
                            r.record(
                                "R9",
                                x ->
                                    x.foundBy("Embase")
                                        .titleAndAbstract(
                                            s -> s.vote("AO", EXCLUDE).vote("ZZ", EXCLUDE))))
                    .build());
    assertThat(e.problems())
        .extracting(ReviewProblem::message)
        .containsExactly(
            "record \"R9\": was found by \"Embase\", which the review declares neither as a search"
                + " nor as another source",
            "record \"R9\": was screened by reviewer \"ZZ\", which the review does not declare;"
                + " declared reviewers are [AO, SL, JK]");
  }

  @Test
  void duplicatesBothDescribingSteps_areReported() {
    ReviewProblem problem =
        only(
            process(
                r ->
                    r.record(
                        "R1 again",
                        x ->
                            x.foundBy("CINAHL")
                                .doi("10.1/A")
                                .titleAndAbstract(
                                    s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))));
    assertThat(problem.message())
        .isEqualTo(
            "record \"R1 again\": is record \"R1\" found again (same DOI), and both describe"
                + " screenings, an appraisal or a paper; describe a record's steps once");
  }

  @Test
  void recordsSharingOnlyAnIdentifier_areNotMerged_butReported() {
    ReviewProblem problem =
        only(
            MetaEthnography.review("Peer support at work")
                .search("MEDLINE", s -> {})
                .record("R1", r -> r.foundBy("MEDLINE"))
                .record("R1", r -> r.foundBy("MEDLINE")));
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.DUPLICATE);
    assertThat(problem.place()).isEqualTo(new Place.OfRecord("R1"));
  }

  @Test
  void screenings_areKeptInTheOrderARecordGoesThroughThem() {
    Review review =
        MetaEthnography.review("Peer support at work")
            .reviewers("AO")
            .search("MEDLINE", s -> {})
            .record(
                "R1",
                r ->
                    r.foundBy("MEDLINE")
                        .fullText(s -> s.vote("AO", INCLUDE))
                        .titleAndAbstract(s -> s.vote("AO", INCLUDE)))
            .build();
    assertThat(review.records().get(0).screenings())
        .extracting(s -> s.level())
        .containsExactly(ScreeningLevel.TITLE_AND_ABSTRACT, ScreeningLevel.FULL_TEXT);
  }

  @Test
  void aSearchWithRecordedScreeningAndStatedAppraisal_keepsItsStatedInclusion() {
    // Appraisal happened (the search states it) but is not recorded: records kept at full text
    // are not thereby included, so inclusion stays as stated.
    Review review =
        MetaEthnography.review("Mixed")
            .reviewers("AO", "SL")
            .search("A", 3, 2, 2, 1)
            .record(
                "a1",
                r ->
                    r.foundBy("A")
                        .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE)))
            .record(
                "a2",
                r ->
                    r.foundBy("A")
                        .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE)))
            .record(
                "a3",
                r ->
                    r.foundBy("A").titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))
            .build();
    ReviewFlow flow = Synthesis.of(review).flow();
    assertThat(flow.searches().get(0).counts()).isEqualTo(StageCounts.of(3, 2, 2, 1));
    assertThat(flow.provenance("A", Stage.ARTICLES_RETRIEVED)).isEqualTo(Provenance.RECORDS);
    assertThat(flow.provenance("A", Stage.ARTICLES_INCLUDED)).isEqualTo(Provenance.STATED);
  }

  @Test
  void aRecordFoundTwiceByOneSearch_countsAsADuplicate_andKeepsTheOtherIdentifier() {
    Review review =
        MetaEthnography.review("Twice")
            .search("A", s -> {})
            .record("a1", r -> r.foundBy("A").doi("10.1/X"))
            .record("a2", r -> r.foundBy("A").doi("https://doi.org/10.1/x"))
            .build();
    assertThat(review.records()).hasSize(1);
    assertThat(review.records().get(0).foundBy()).containsExactly("A", "A");
    assertThat(review.records().get(0).alsoRecordedAs()).containsExactly("a2");
    RecordFlow flow = Synthesis.of(review).recordFlow();
    assertThat(flow.identified()).containsEntry("A", 2);
    assertThat(flow.duplicates()).isEqualTo(1);
    assertThat(flow.records()).isEqualTo(1);
  }

  @Test
  void aRecordWithoutADoi_isTheSameAsOneWithADoiAndTheSameTitle_butTitlesOfNoWordsAreNoKey() {
    Review review =
        MetaEthnography.review("Titles")
            .search("A", s -> {})
            .search("B", s -> {})
            .record("a1", r -> r.foundBy("A").doi("10.1/y").title("Living with pain"))
            .record("b1", r -> r.foundBy("B").title("LIVING WITH PAIN."))
            .record("a2", r -> r.foundBy("A").title("???"))
            .record("b2", r -> r.foundBy("B").title("!!!"))
            .build();
    assertThat(review.records()).extracting(r -> r.id()).containsExactly("a1", "a2", "b2");
    assertThat(review.records().get(0).foundBy()).containsExactly("A", "B");
  }

  @Test
  void inconsistentSettlements_andPapersOfRecordsNotKept_areReported() {
    InvalidReviewException e =
        catchThrowableOfType(
            InvalidReviewException.class,
            () ->
                process(
                        r ->
                            r.paper(3, p -> {})
                                .record(
                                    "R8",
                                    x ->
                                        x.foundBy("MEDLINE")
                                            .titleAndAbstract(
                                                s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                                            .became(3))
                                .record(
                                    "R9",
                                    x ->
                                        x.foundBy("MEDLINE")
                                            .titleAndAbstract(
                                                s ->
                                                    s.vote("AO", INCLUDE)
                                                        .vote("SL", INCLUDE)
                                                        .thirdReviewer("JK")))
                                .record(
                                    "R10",
                                    x ->
                                        x.foundBy("MEDLINE")
                                            .fullText(s -> s.vote("AO", INCLUDE))
                                            .appraised(
                                                FORM,
                                                a ->
                                                    a.by("AO", f -> f.exclude("Review"))
                                                        .by("SL", f -> f.include())
                                                        .thirdReviewer(
                                                            "JK", f -> f.exclude("Review"))
                                                        .decided(INCLUDE, Resolution.DISCUSSION))))
                    .build());
    assertThat(e.problems())
        .extracting(ReviewProblem::message)
        .containsExactly(
            "record \"R8\": became paper [3], but was not kept at full text or appraisal; a record"
                + " becomes an included paper once its full text is kept",
            "record \"R9\": title and abstract screening: every reviewer decided include, so there"
                + " is no disagreement for a third reviewer (JK) to settle",
            "record \"R10\": appraisal: gives a third reviewer's appraisal (JK), so the resolution"
                + " must be third reviewer",
            "record \"R10\": appraisal: third reviewer (JK) decided exclude, so the final decision"
                + " cannot be include");
  }

  @Test
  void theAppraisalARecordYields_isThePapersAppraisal_andAStatedOneMustAgree() {
    Review review = process(r -> {}).build();
    // Paper 1 (R1): AO 2 points, SL 1 point of 2: the range 1-2, in two categories, so none.
    assertThat(review.paper(1).orElseThrow().appraisal())
        .contains(
            org.metaethnography.model.Appraisal.builder()
                .tool(FORM)
                .score(
                    Score.range(
                        BigDecimal.ONE, BigDecimal.valueOf(2), Optional.of(BigDecimal.valueOf(2))))
                .build());
    // Paper 2 (R7): no answers, 0 of 2 points: "weak".
    assertThat(review.paper(2).orElseThrow().appraisal().orElseThrow().category()).contains("weak");
    ReviewProblem problem =
        only(
            MetaEthnography.review("Stated appraisal")
                .reviewers("AO")
                .search("A", s -> {})
                .appraisalForm(checklist())
                .paper(1, p -> p.appraisal(a -> a.tool(FORM).score(2, 2)))
                .record(
                    "a1",
                    r ->
                        r.foundBy("A")
                            .appraised(
                                FORM, a -> a.by("AO", f -> f.answer("aims", "yes").include()))
                            .became(1)));
    assertThat(problem.message())
        .isEqualTo(
            "paper [1]: states appraisal \"Checklist, 2/2\", but the appraisal of record \"a1\""
                + " gives \"Checklist, 1/2, weak\"");
  }

  @Test
  void aRecordFoundByASearchAndAnotherSource_isIncludedOnce() {
    Synthesis synthesis =
        MetaEthnography.review("Found twice")
            .reviewers("AO")
            .search("A", s -> {})
            .otherSource("Experts", OptionalInt.empty(), OptionalInt.empty())
            .paper(1, p -> {})
            .record(
                "a1",
                r ->
                    r.foundBy("A", "Experts")
                        .titleAndAbstract(s -> s.vote("AO", INCLUDE))
                        .fullText(s -> s.vote("AO", INCLUDE))
                        .became(1))
            .synthesize();
    ReviewFlow flow = synthesis.flow();
    // Counted from the records: the source found one record and included it, as did A.
    assertThat(flow.sources().get(0).found()).hasValue(1);
    assertThat(flow.sources().get(0).included()).hasValue(1);
    assertThat(flow.total().articlesIncluded()).hasValue(1);
    assertThat(flow.included()).hasValue(1);
    assertThat(flow.duplicates()).isEqualTo(1);
  }

  private static ReviewProblem only(ReviewBuilder review) {
    InvalidReviewException e = catchThrowableOfType(InvalidReviewException.class, review::build);
    assertThat(e).as("the review should be invalid").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }
}
