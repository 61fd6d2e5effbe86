package org.metaethnography.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.compare.Difference.Kind;
import org.metaethnography.core.table.Table;

/** Properties of comparisons over generated tables of distinct keys and cells 0 to 2. */
final class TableComparisonProperties {
  /** A table with a key column ("r0", "r1", ...) and {@code columns} columns of cells 0 to 2. */
  private static Table table(List<Integer> cells, int columns) {
    List<String> names = new ArrayList<>(List.of("key"));
    for (int c = 0; c < columns; c++) {
      names.add("c" + c);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r + columns <= cells.size(); r += columns) {
      List<String> row = new ArrayList<>(List.of("r" + r));
      for (int c = 0; c < columns; c++) {
        row.add(Integer.toString(cells.get(r + c)));
      }
      rows.add(row);
    }
    return Table.of(names, rows);
  }

  @Test
  void aTable_matchesItself_andItsShuffledRows_whenRowOrderIsIgnored() {
    qt().forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 60), integers().between(1, 4))
        .checkAssert(
            (cells, columns) -> {
              Table table = table(cells, columns);
              assertThat(TableComparison.of(table, table, Equivalences.strict()).matches())
                  .isTrue();
              List<ImmutableList<String>> shuffled = new ArrayList<>(table.rows());
              Collections.shuffle(shuffled, new Random(cells.size()));
              Table reordered = Table.of(table.columns(), shuffled);
              assertThat(
                      TableComparison.of(reordered, table, Equivalences.strict().ignoringRowOrder())
                          .matches())
                  .isTrue();
              // Without ignoring the order, only moved rows differ, each by its order.
              assertThat(TableComparison.of(reordered, table, Equivalences.strict()).differences())
                  .allSatisfy(d -> assertThat(d.kind()).isEqualTo(Kind.ROW_ORDER));
            });
  }

  @Test
  void oneChangedCell_isTheOneDifference() {
    qt().forAll(
            lists().of(integers().between(0, 2)).ofSizeBetween(1, 60),
            integers().between(1, 4),
            integers().between(0, 59))
        .assuming((cells, columns, at) -> cells.size() >= columns)
        .checkAssert(
            (cells, columns, at) -> {
              Table published = table(cells, columns);
              int index = at % (published.rows().size() * columns);
              List<Integer> changed = new ArrayList<>(cells);
              changed.set(index, (cells.get(index) + 1) % 3);
              Table computed = table(changed, columns);
              int row = index / columns;
              assertThat(
                      TableComparison.of(computed, published, Equivalences.strict()).differences())
                  .containsExactly(
                      Difference.cell(
                          ImmutableList.of("r" + row * columns),
                          "c" + index % columns,
                          Integer.toString(changed.get(index)),
                          Integer.toString(cells.get(index)),
                          row + 2,
                          row + 2));
            });
  }
}
