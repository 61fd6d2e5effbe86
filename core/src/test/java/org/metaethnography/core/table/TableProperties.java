package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Study;
import org.metaethnography.model.testing.ReviewGenerators;
import org.metaethnography.synthesis.Synthesis;

/** Properties of the rendered tables over generated reviews. */
final class TableProperties {

  @Test
  void totalRows_equalTheColumnSums() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              assertTotalsAreColumnSums(
                  ReviewTables.conceptGrid(
                      synthesis, GridLayout.standard().groupedBy("c", Paper::condition)),
                  3);
              assertTotalsAreColumnSums(
                  ReviewTables.conceptGrid(synthesis, GridLayout.standard().byStudy()), 3);
              Table exclusions = ReviewTables.exclusions(synthesis);
              if (review.exclusions().isEmpty()) {
                // No tally, no total: a row of zero would report a count the review never gave.
                assertThat(exclusions.rows()).isEmpty();
              } else {
                assertThat(exclusions.rows()).hasSize(review.exclusions().size() + 1);
                assertTotalsAreColumnSums(exclusions, 1);
              }
            });
  }

  private static void assertTotalsAreColumnSums(Table table, int firstCountColumn) {
    List<ImmutableList<String>> rows = table.rows();
    ImmutableList<String> totals = rows.get(rows.size() - 1);
    assertThat(totals.get(0)).isEqualTo(ReviewTables.TOTAL);
    for (int col = firstCountColumn; col < table.columns().size(); col++) {
      int sum = 0;
      for (List<String> row : rows.subList(0, rows.size() - 1)) {
        sum += Integer.parseInt(row.get(col));
      }
      assertThat(Integer.parseInt(totals.get(col))).isEqualTo(sum);
    }
  }

  @Test
  void searchFlowTotals_areTheSums_orSayWhatIsIncomplete() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Table table = ReviewTables.searchFlow(Synthesis.of(review));
              List<ImmutableList<String>> rows = table.rows();
              if (review.searches().isEmpty()) {
                // No search, no total row.
                assertThat(rows).isEmpty();
                return;
              }
              List<ImmutableList<String>> searches = rows.subList(0, rows.size() - 1);
              ImmutableList<String> totals = rows.get(rows.size() - 1);
              assertThat(totals.get(0)).isEqualTo(ReviewTables.TOTAL);
              assertThat(searches).hasSize(review.searches().size());
              for (int col = 1; col < table.columns().size(); col++) {
                long sum = 0;
                int reported = 0;
                for (List<String> row : searches) {
                  if (!row.get(col).isEmpty()) {
                    sum += Integer.parseInt(row.get(col));
                    reported++;
                  }
                }
                assertThat(totals.get(col))
                    .isEqualTo(
                        reported == searches.size()
                            ? Long.toString(sum)
                            : reported == 0
                                ? "not reported"
                                : "incomplete: "
                                    + sum
                                    + " from "
                                    + reported
                                    + " of "
                                    + searches.size()
                                    + " searches");
              }
            });
  }

  @Test
  void translationTables_haveARowPerKeyConceptThemeOrLine_andAColumnPerPaper() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              Table grid = ReviewTables.translationGrid(synthesis, TranslationLayout.standard());
              assertThat(grid.columns()).hasSize(review.papers().size() + 1);
              assertThat(grid.rows().stream().map(row -> row.get(0)))
                  .containsExactlyElementsOf(
                      review.keyConcepts().stream().map(k -> k.name()).toList());
              Table byTheme =
                  ReviewTables.translationGrid(synthesis, TranslationLayout.standard().byTheme());
              // A row per theme, then one per key concept in no theme.
              List<String> rows = new ArrayList<>();
              review.themes().forEach(t -> rows.add(t.name()));
              review.keyConcepts().stream()
                  .filter(k -> review.themeOf(k).isEmpty())
                  .forEach(k -> rows.add(k.name()));
              assertThat(byTheme.rows().stream().map(row -> row.get(0)))
                  .containsExactlyElementsOf(rows);
              Table list = ReviewTables.translationList(synthesis, TranslationLayout.standard());
              assertThat(list.columns()).hasSize(review.themes().isEmpty() ? 3 : 4);
              assertThat(list.rows()).hasSize(synthesis.translationTable().lines().size());
            });
  }

  @Test
  void includedPapers_listEveryPaperOnce_inReviewOrderWithTheReviewsColumns() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              List<String> cited = review.papers().stream().map(p -> cell(p.citation())).toList();
              Table grouped = ReviewTables.includedPapers(synthesis);
              assertThat(grouped.rows().stream().map(row -> row.get(0)))
                  .containsExactlyInAnyOrderElementsOf(cited);
              Table own =
                  ReviewTables.includedPapers(synthesis, PaperColumns.none().citation("cited"));
              assertThat(own.rows().stream().map(row -> row.get(0)))
                  .containsExactlyElementsOf(cited);
            });
  }

  @Test
  void studyGrid_hasOneRowPerStudy() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Table table =
                  ReviewTables.conceptGrid(Synthesis.of(review), GridLayout.standard().byStudy());
              int associatedReports =
                  review.studies().stream().mapToInt(s -> s.reports().size() - 1).sum();
              assertThat(table.rows()).hasSize(review.papers().size() - associatedReports + 1);
              assertThat(table.rows().subList(0, table.rows().size() - 1))
                  .allSatisfy(row -> assertStudyCell(review, row));
            });
  }

  private static void assertStudyCell(Review review, List<String> row) {
    Paper paper =
        review.papers().stream()
            .filter(p -> cell(p.citation()).equals(row.get(1)))
            .findFirst()
            .orElseThrow();
    assertThat(row.get(0))
        .isEqualTo(review.studyOf(paper.citation()).map(Study::name).orElse(row.get(1)));
  }

  /** How a table's reference column writes a citation: the number alone, or the label. */
  private static String cell(Citation citation) {
    return citation.number().isPresent()
        ? Integer.toString(citation.number().getAsInt())
        : citation.label().orElseThrow();
  }
}
