package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metaethnography.model.Decision.INCLUDE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.RecordedReviews;
import org.metaethnography.model.AppraisalForms;
import org.metaethnography.synthesis.Synthesis;

/**
 * The tables of the review process on the small reviews of {@link RecordedReviews}, whose counts
 * are worked out by hand in their descriptions: where the counts of Tables 2a and 2b come from, and
 * the counts of a PRISMA 2020 flow diagram counted from records.
 */
final class RecordTablesTest {
  private static final List<String> FLOW_COLUMNS =
      List.of(
          "search",
          "abstracts_reviewed",
          "articles_retrieved",
          "quality_appraisal",
          "articles_included");

  private final Synthesis recorded = RecordedReviews.whollyRecorded().synthesize();
  private final Synthesis mixed = RecordedReviews.mixed().synthesize();

  @Test
  void searchFlow_ofAReviewWhollyFromRecords_hasNoProvenanceColumn() {
    assertThat(ReviewTables.searchFlow(recorded))
        .isEqualTo(
            Table.of(
                FLOW_COLUMNS,
                List.of(
                    List.of("North", "4", "2", "1", "1"),
                    List.of("South", "4", "4", "2", "1"),
                    List.of("Total", "7", "5", "2", "1"))));
  }

  @Test
  void searchFlow_ofAReviewMixingRecordsAndStatedCounts_saysWhereEachRowComesFrom() {
    Table table = ReviewTables.searchFlow(mixed);
    assertThat(table.columns())
        .containsExactly(
            "search",
            "abstracts_reviewed",
            "articles_retrieved",
            "quality_appraisal",
            "articles_included",
            "provenance");
    assertThat(table.rows())
        .isEqualTo(
            List.of(
                List.of(
                    "North",
                    "3",
                    "2",
                    "1",
                    "1",
                    "records; stated: quality_appraisal, articles_included"),
                List.of("South", "120", "10", "2", "1", "stated"),
                List.of("Total", "123", "12", "3", "2", "records and stated")));
  }

  @Test
  void exclusions_ofAReviewWhollyFromRecords_areCountedFromAppraisals_withoutProvenance() {
    assertThat(ReviewTables.exclusions(recorded))
        .isEqualTo(
            Table.of(
                List.of("reason", "papers"),
                List.of(List.of("Thin data", "1"), List.of("Total", "1"))));
  }

  @Test
  void exclusions_ofAReviewMixingRecordsAndStatedCounts_sayTheyAreStated() {
    assertThat(ReviewTables.exclusions(mixed))
        .isEqualTo(
            Table.of(
                List.of("reason", "papers", "provenance"),
                List.of(List.of("Thin data", "1", "stated"), List.of("Total", "1", "stated"))));
  }

  @Test
  void exclusions_withoutARecordedReason_haveARowOfTheirOwn() {
    Synthesis synthesis =
        MetaEthnography.review("No reason")
            .reviewers("AO", "SL")
            .search("North", s -> {})
            .appraisalForm(AppraisalForms.lettsQualitative())
            .record(
                "R1",
                r ->
                    r.foundBy("North")
                        .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .appraised(
                            AppraisalForms.LETTS_QUALITATIVE,
                            a -> a.by("AO", f -> f.exclude()).by("SL", f -> f.exclude())))
            .synthesize();
    assertThat(ReviewTables.exclusions(synthesis))
        .isEqualTo(
            Table.of(
                List.of("reason", "papers"),
                List.of(List.of("no reason recorded", "1"), List.of("Total", "1"))));
  }

  @Test
  void recordFlow_countsEachStepTheRecordsShow() {
    assertThat(ReviewTables.recordFlow(recorded))
        .isEqualTo(
            Table.of(
                List.of("step", "count", "records"),
                List.of(
                    List.of("identification", "found by North", "4"),
                    List.of("identification", "found by South", "5"),
                    List.of("identification", "duplicates removed", "1"),
                    List.of("title and abstract", "assessed", "7"),
                    List.of("title and abstract", "included", "5"),
                    List.of("title and abstract", "excluded", "2"),
                    List.of("title and abstract", "awaiting", "1"),
                    List.of("title and abstract", "reviewers disagreed", "2"),
                    List.of("title and abstract", "settled by discussion", "2"),
                    List.of("full text", "assessed", "4"),
                    List.of("full text", "included", "3"),
                    List.of("full text", "excluded", "1"),
                    List.of("full text", "excluded: no qualitative data", "1"),
                    List.of("full text", "awaiting", "1"),
                    List.of("full text", "reviewers disagreed", "1"),
                    List.of("full text", "settled by a third reviewer", "1"),
                    List.of("appraisal", "assessed", "2"),
                    List.of("appraisal", "included", "1"),
                    List.of("appraisal", "excluded", "1"),
                    List.of("appraisal", "excluded: Thin data", "1"),
                    List.of("appraisal", "awaiting", "1"),
                    List.of("appraisal", "reviewers disagreed", "1"),
                    List.of("appraisal", "settled by a third reviewer", "1"),
                    List.of("included", "included", "1"))));
  }

  @Test
  void recordFlow_leavesOutStepsNoRecordReaches() {
    assertThat(ReviewTables.recordFlow(mixed).rows())
        .isEqualTo(
            List.of(
                List.of("identification", "found by North", "3"),
                List.of("identification", "found by South", "0"),
                List.of("identification", "duplicates removed", "0"),
                List.of("title and abstract", "assessed", "3"),
                List.of("title and abstract", "included", "2"),
                List.of("title and abstract", "excluded", "1"),
                List.of("title and abstract", "reviewers disagreed", "1"),
                List.of("title and abstract", "settled by discussion", "1"),
                List.of("full text", "assessed", "0"),
                List.of("full text", "included", "0"),
                List.of("full text", "excluded", "0"),
                List.of("full text", "awaiting", "2")));
  }

  @Test
  void recordFlow_ofAReviewWithoutRecords_hasNoRows() {
    Synthesis stated = MetaEthnography.review("Stated").search("North", 10, 4, 2, 1).synthesize();
    assertThat(ReviewTables.recordFlow(stated).rows()).isEmpty();
    assertThat(ReviewTables.searchFlow(stated).columns()).isEqualTo(FLOW_COLUMNS);
  }
}
