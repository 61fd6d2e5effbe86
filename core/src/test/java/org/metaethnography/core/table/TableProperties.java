package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Paper;
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
                      synthesis.grid(), GridLayout.standard().groupedBy("c", Paper::condition)),
                  3);
              assertTotalsAreColumnSums(ReviewTables.searchFlow(synthesis.flow()), 1);
              assertTotalsAreColumnSums(ReviewTables.exclusions(synthesis.exclusions()), 1);
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
  void includedPapers_listEveryPaperOnce() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Table table = ReviewTables.includedPapers(Synthesis.of(review));
              assertThat(table.rows().stream().map(row -> Integer.parseInt(row.get(0))))
                  .containsExactlyInAnyOrderElementsOf(
                      review.papers().stream().map(Paper::reference)::iterator);
            });
  }
}
