package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Decision;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Place;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.Review;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.Screening;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.SearchRecord;
import org.metaethnography.model.Stage;
import org.metaethnography.synthesis.RecordFlow;
import org.metaethnography.synthesis.ReviewFlow.Provenance;
import org.metaethnography.synthesis.Synthesis;

/**
 * The simulated review process reproduces the reference paper's published counts from its records.
 * The expected counts are transcribed here from the paper (Embuldeniya et al. 2013, Patient Educ
 * Couns 92:3-12): Table 2a "Article review summary", Table 2b "Quality appraisal", and section 3
 * ("Of these, 15 disputed papers were reviewed by a third team member"), independently of the
 * review document whose stated counts the records are generated from.
 */
final class SimulatedProcessTest {
  private static final Synthesis SIMULATED = MetaEthnography.synthesize(SimulatedProcess.review());

  /** Table 2a, row by row as printed: search, abstracts, retrieved, appraised, included. */
  private static final List<List<String>> TABLE_2A =
      List.of(
          List.of("Rheumatic disease", "1298", "209", "12", "3"),
          List.of("Cancer", "4631", "219", "11", "5"),
          List.of("Diabetes", "3853", "365", "7", "3"),
          List.of("Asthma", "1947", "205", "1", "1"),
          List.of("CVD", "3563", "125", "6", "3"),
          List.of("HIV", "3579", "96", "10", "4"),
          List.of("Chronic disease", "2618", "193", "11", "6"),
          List.of("Total", "21489", "1412", "58", "25"));

  /** Table 2b, row by row as printed, with the total the paper does not print (33 = 58 - 25). */
  private static final List<List<String>> TABLE_2B =
      List.of(
          List.of("Qualitative data lacking, limited, or lacked rigour", "11"),
          List.of("Absence of/inadequate analysis", "4"),
          List.of("Descriptive; no purposeful study conducted", "1"),
          List.of(
              "Study yet to be conducted (e.g., focuses on aspects of setting up program)", "4"),
          List.of("Review", "1"),
          List.of("Not pertinent to scope of research topic", "5"),
          List.of("Did not meet inclusion criteria", "6"),
          List.of("Duplicate", "1"),
          List.of("Total", "33"));

  @Test
  void flowCountedFromRecords_isTable2a_cellForCell() {
    assertThat(ReviewTables.searchFlow(SIMULATED))
        .isEqualTo(
            Table.of(
                List.of(
                    "search",
                    "abstracts_reviewed",
                    "articles_retrieved",
                    "quality_appraisal",
                    "articles_included"),
                TABLE_2A));
  }

  @Test
  void everyCountOfTheFlow_comesFromRecords() {
    assertThat(SIMULATED.flow().isRecorded()).isTrue();
    for (var search : SIMULATED.flow().searches()) {
      for (Stage stage : Stage.values()) {
        assertThat(SIMULATED.flow().provenance(search.name(), stage))
            .as("%s, %s", search.name(), stage.words())
            .isEqualTo(Provenance.RECORDS);
      }
    }
    assertThat(SIMULATED.exclusions().isRecorded()).isTrue();
  }

  @Test
  void exclusionsCountedFromAppraisalRecords_areTable2b_cellForCell() {
    assertThat(ReviewTables.exclusions(SIMULATED))
        .isEqualTo(Table.of(List.of("reason", "papers"), TABLE_2B));
    assertThat(SIMULATED.exclusions().unexplained()).isZero();
  }

  @Test
  void appraisal_58Appraised_15DisputedSettledByAThirdReviewer_25Included_33ExcludedFor8Reasons() {
    RecordFlow.Step appraisal = SIMULATED.recordFlow().appraisal();
    assertThat(appraisal.assessed()).isEqualTo(58);
    assertThat(appraisal.disagreements()).isEqualTo(15);
    assertThat(appraisal.byThirdReviewer()).isEqualTo(15);
    assertThat(appraisal.included()).isEqualTo(25);
    assertThat(appraisal.excluded()).isEqualTo(33);
    // In the order of Table 2b, however the records happen to be ordered.
    assertThat(appraisal.reasons().keySet())
        .containsExactlyElementsOf(TABLE_2B.subList(0, 8).stream().map(row -> row.get(0)).toList());
    assertThat(appraisal.unexplained()).isZero();
    assertThat(SIMULATED.recordFlow().included()).isEqualTo(25);
    for (SearchRecord record : SIMULATED.review().records()) {
      record
          .appraisal()
          .ifPresent(
              a -> {
                assertThat(a.form()).isEqualTo(SIMULATED.review().appraisalForms().get(0).name());
                assertThat(a.assessments()).hasSize(2);
                assertThat(a.arbiter().isPresent()).isEqualTo(a.isDisputed());
              });
    }
  }

  @Test
  void titlesAndAbstracts_screenedByTwoReviewers_disagreementsSettledByConsensus() {
    RecordFlow flow = SIMULATED.recordFlow();
    assertThat(flow.records()).isEqualTo(21_489);
    assertThat(flow.duplicates()).isZero();
    assertThat(flow.titles().assessed()).isEqualTo(21_489);
    assertThat(flow.titles().included()).isEqualTo(1412);
    assertThat(flow.titles().byThirdReviewer()).isZero();
    for (SearchRecord record : SIMULATED.review().records()) {
      Screening titles = record.screening(ScreeningLevel.TITLE_AND_ABSTRACT).orElseThrow();
      assertThat(titles.votes()).hasSize(2);
      if (titles.isDisagreement()) {
        assertThat(titles.resolution()).contains(Resolution.DISCUSSION);
      }
    }
  }

  @Test
  void simulatedCounts_areThoseOfTheFixedSeed() {
    // Simulated, not the paper's: the screeners' disagreements drawn from SimulatedProcess.SEED.
    RecordFlow flow = SIMULATED.recordFlow();
    assertThat(flow.titles().disagreements()).isEqualTo(843);
    assertThat(flow.fullTexts().disagreements()).isEqualTo(70);
  }

  @Test
  void theIncludedRecords_becameTheReferencePapers_oneEach() {
    List<Object> became = new ArrayList<>();
    for (SearchRecord record : SIMULATED.review().records()) {
      record.paper().ifPresent(became::add);
      assertThat(record.paper().isPresent())
          .as(record.id())
          .isEqualTo(record.reached(Stage.ARTICLES_INCLUDED, true));
    }
    assertThat(became)
        .containsExactlyInAnyOrderElementsOf(
            ReproducePaper.review().papers().stream().map(Paper::citation).toList());
  }

  @Test
  void papers_goToTheSearchOfTheirDisease_whileItHasPlaces() {
    Map<String, Long> bySearch =
        SIMULATED.review().records().stream()
            .filter(r -> r.paper().isPresent())
            .collect(Collectors.groupingBy(r -> r.foundBy().get(0), Collectors.counting()));
    assertThat(bySearch)
        .isEqualTo(
            ImmutableMap.of(
                "Rheumatic disease", 3L,
                "Cancer", 5L,
                "Diabetes", 3L,
                "Asthma", 1L,
                "CVD", 3L,
                "HIV", 4L,
                "Chronic disease", 6L));
    for (SearchRecord record : SIMULATED.review().records()) {
      if (record.paper().isPresent() && record.foundBy().get(0).equals("Cancer")) {
        Paper paper = SIMULATED.review().paper(record.paper().get()).orElseThrow();
        assertThat(paper.condition().orElseThrow().name()).isEqualTo("Cancer");
      }
    }
  }

  @Test
  void theSameSeed_givesTheSameRecords_anotherSeedOthers_withThePublishedCounts() {
    assertThat(SimulatedProcess.review(SimulatedProcess.SEED).records())
        .isEqualTo(SimulatedProcess.review().records());
    Synthesis other = MetaEthnography.synthesize(SimulatedProcess.review(1));
    assertThat(other.review().records()).isNotEqualTo(SimulatedProcess.review().records());
    assertThat(ReviewTables.searchFlow(other).rows()).isEqualTo(TABLE_2A);
    assertThat(ReviewTables.exclusions(other).rows()).isEqualTo(TABLE_2B);
    assertThat(other.recordFlow().appraisal().disagreements()).isEqualTo(15);
  }

  @Test
  void aRecordThatDisagreesWithTheStatedCounts_isReported_namingSearchStageAndBothNumbers() {
    Review simulated = SimulatedProcess.review();
    List<SearchRecord> records = new ArrayList<>(simulated.records());
    int i = 0;
    while (!records.get(i).foundBy().equals(List.of("Cancer"))
        || records.get(i).reached(Stage.ARTICLES_RETRIEVED, true)) {
      i++;
    }
    // One record of the Cancer search kept at title and abstract rather than excluded, then
    // excluded at full text: the search's records give 220 full texts retrieved, not 219.
    SearchRecord excluded = records.get(i);
    records.set(
        i,
        SearchRecord.builder()
            .from(excluded)
            .screenings(
                List.of(
                    Screening.agreed(
                        ScreeningLevel.TITLE_AND_ABSTRACT,
                        Decision.INCLUDE,
                        simulated.reviewers().get(0),
                        simulated.reviewers().get(1)),
                    Screening.agreed(
                        ScreeningLevel.FULL_TEXT,
                        Decision.EXCLUDE,
                        simulated.reviewers().get(0),
                        simulated.reviewers().get(1))))
            .build());
    InvalidReviewException e =
        catchThrowableOfType(
            InvalidReviewException.class,
            () -> Review.builder().from(simulated).records(records).build());
    assertThat(e.problems()).hasSize(1);
    ReviewProblem problem = e.problems().get(0);
    assertThat(problem.message())
        .isEqualTo("search \"Cancer\": states 219 for articles retrieved, but its records give 220");
    assertThat(problem.place()).isEqualTo(new Place.OfSearch("Cancer"));
    assertThat(problem.rule()).isEqualTo(ReviewProblem.Rule.RECORDS_DISAGREE);
  }

  @Test
  void flowTable_labelsEveryCount_publishedOrSimulated() {
    Table table = SimulatedProcess.flowTable(SIMULATED);
    assertThat(table.columns()).containsExactly("step", "count", "records", "source");
    List<String> simulated =
        table.rows().stream()
            .filter(r -> r.get(3).equals(SimulatedProcess.SIMULATED))
            .map(r -> r.get(0) + ": " + r.get(1))
            .toList();
    assertThat(simulated)
        .containsExactly(
            "identification: duplicates removed",
            "title and abstract: reviewers disagreed",
            "title and abstract: settled by discussion",
            "full text: reviewers disagreed",
            "full text: settled by discussion");
    assertThat(new ArrayList<List<String>>(table.rows()))
        .contains(
            List.of("title and abstract", "assessed", "21489", SimulatedProcess.TABLE_2A),
            List.of("appraisal", "reviewers disagreed", "15", SimulatedProcess.SECTION_3),
            List.of("appraisal", "excluded: Review", "1", SimulatedProcess.TABLE_2B),
            List.of("included", "included", "25", SimulatedProcess.TABLE_2A));
  }
}
