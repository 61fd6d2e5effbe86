package org.metaethnography.core.compare;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.metaethnography.core.internal.ProblemLists;
import org.metaethnography.core.internal.Quoted;
import org.metaethnography.core.table.Table;

/**
 * How a computed table differs from the published table it reproduces: every difference at once, so
 * that a review team verifying a published table sees all that is wrong in one run rather than the
 * first cell that differs. {@link #of} compares; the published table is usually a transcription
 * read with {@link org.metaethnography.core.sheet.Spreadsheets#readTable}.
 *
 * <pre>{@code
 * Table published = Spreadsheets.readTable(Path.of("published/grid.csv"));
 * TableComparison comparison = TableComparison.of(computed, published,
 *     Equivalences.strict().keyedBy("reference").ticks("✓", "1").unticked("", "0"));
 * if (!comparison.matches()) {
 *   System.out.println(comparison);   // the summary, then each difference
 * }
 * }</pre>
 *
 * <p>Rows are matched by their key (see {@link Equivalences#keyedBy}), columns by their names; the
 * cells of a matched row and column are compared. The differences come in a fixed order: first the
 * columns, in the published order (each missing or out of order), then the computed table's extra
 * columns in its order; then the rows in the published order, each with its own differences (a
 * repeated key, missing, out of order, then its cells in the published column order); then the
 * computed table's extra rows and repeated keys in its order. What only follows from another
 * difference is not reported: the cells of a missing column or an extra row are not compared.
 *
 * <p><b>Repeated keys.</b> A key repeated in a table is reported, not thrown, so that all problems
 * come at once: each later row with the key of an earlier row in the same table is a difference
 * ({@link Difference.Kind#REPEATED_PUBLISHED_KEY}, {@link Difference.Kind#REPEATED_COMPUTED_KEY})
 * and is not compared further; the first row with the key is compared as usual.
 */
public final class TableComparison {
  private final ImmutableList<Difference> differences;

  private TableComparison(ImmutableList<Difference> differences) {
    this.differences = differences;
  }

  /**
   * Compares a computed table with the published one, accepting as the same what {@code
   * equivalences} declares.
   *
   * <pre>{@code
   * TableComparison comparison = TableComparison.of(computed, published, Equivalences.strict());
   * }</pre>
   *
   * @param computed the table the library computed
   * @param published the table as the paper publishes it, for example read from a transcription
   * @param equivalences what counts as the same
   * @return every difference
   * @throws IllegalArgumentException if a key column or a renamed column is not a column of the
   *     published table, or a key column is not a column of the computed table, naming the column
   *     and the table's columns; or if a spelling means both a tick and not once whitespace and
   *     case are ignored
   */
  public static TableComparison of(Table computed, Table published, Equivalences equivalences) {
    Objects.requireNonNull(computed);
    Objects.requireNonNull(published);
    Objects.requireNonNull(equivalences);
    return new TableComparison(new Comparing(computed, published, equivalences).differences());
  }

  /**
   * {@return every difference, in the order the class comment gives; empty when the tables match}
   */
  public ImmutableList<Difference> differences() {
    return differences;
  }

  /** {@return whether the tables match: there is no difference} */
  public boolean matches() {
    return differences.isEmpty();
  }

  /**
   * Returns how many differences there are of each kind, in one line, for example {@code 3
   * differences: 2 cells differ, 1 row missing}, or {@code no differences}.
   *
   * @return the summary
   */
  public String summary() {
    if (differences.isEmpty()) {
      return "no differences";
    }
    Map<Difference.Kind, Integer> counts = new EnumMap<>(Difference.Kind.class);
    for (Difference difference : differences) {
      counts.merge(difference.kind(), 1, Integer::sum);
    }
    StringBuilder summary =
        new StringBuilder()
            .append(differences.size())
            .append(differences.size() == 1 ? " difference: " : " differences: ");
    String separator = "";
    for (Map.Entry<Difference.Kind, Integer> count : counts.entrySet()) {
      summary.append(separator).append(counted(count.getKey(), count.getValue()));
      separator = ", ";
    }
    return summary.toString();
  }

  private static String counted(Difference.Kind kind, int n) {
    boolean one = n == 1;
    switch (kind) {
      case CELL:
        return n + (one ? " cell differs" : " cells differ");
      case MISSING_ROW:
        return n + (one ? " row missing" : " rows missing");
      case EXTRA_ROW:
        return n + (one ? " extra row" : " extra rows");
      case MISSING_COLUMN:
        return n + (one ? " column missing" : " columns missing");
      case EXTRA_COLUMN:
        return n + (one ? " extra column" : " extra columns");
      case ROW_ORDER:
        return n + (one ? " row out of order" : " rows out of order");
      case COLUMN_ORDER:
        return n + (one ? " column out of order" : " columns out of order");
      case REPEATED_PUBLISHED_KEY:
        return n + (one ? " row key" : " row keys") + " repeated in the published table";
      default:
        return n + (one ? " row key" : " row keys") + " repeated in the computed table";
    }
  }

  /**
   * Returns the summary, then one line per difference, at most 50 of them, then how many more there
   * are: bounded however large the tables.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(summary());
    int listed = Math.min(ProblemLists.LISTED, differences.size());
    for (int i = 0; i < listed; i++) {
      text.append("\n  - ").append(differences.get(i).message());
    }
    if (differences.size() > listed) {
      text.append("\n  - and ").append(differences.size() - listed).append(" more");
    }
    return text.toString();
  }

  /** One comparison under way: the matching of columns and rows, and the differences found. */
  private static final class Comparing {
    private final Table computed;
    private final Table published;
    private final Equivalences equivalences;
    private final ImmutableList.Builder<Difference> differences = ImmutableList.builder();

    /** For each published column, the computed column it is, or -1. */
    private final int[] columnOf;

    /** The key columns, as positions in the published and in the computed table. */
    private final int[] publishedKey;

    private final int[] computedKey;

    Comparing(Table computed, Table published, Equivalences equivalences) {
      this.computed = computed;
      this.published = published;
      this.equivalences = equivalences;
      for (String renamed : equivalences.renamed().keySet()) {
        checkColumn("renamed column", renamed, published.columns().contains(renamed));
      }
      this.columnOf = matchColumns();
      List<String> keys =
          equivalences.keyColumns().isEmpty()
              ? published.columns().subList(0, 1)
              : equivalences.keyColumns();
      this.publishedKey = new int[keys.size()];
      this.computedKey = new int[keys.size()];
      for (int k = 0; k < keys.size(); k++) {
        String key = keys.get(k);
        publishedKey[k] = published.columns().indexOf(key);
        checkColumn("row key column", key, publishedKey[k] >= 0);
        computedKey[k] = columnOf[publishedKey[k]];
        if (computedKey[k] < 0) {
          throw new IllegalArgumentException(
              String.format(
                  "row key column %s is not a column of the computed table%s; its columns are %s",
                  Quoted.shown(key),
                  key.equals(computedName(key))
                      ? ""
                      : " (renamed " + Quoted.shown(computedName(key)) + ")",
                  computed.columns()));
        }
      }
    }

    private void checkColumn(String what, String name, boolean found) {
      if (!found) {
        throw new IllegalArgumentException(
            String.format(
                "%s %s is not a column of the published table; its columns are %s",
                what, Quoted.shown(name), published.columns()));
      }
    }

    private String computedName(String publishedName) {
      return equivalences.renamed().getOrDefault(publishedName, publishedName);
    }

    /** For each published column, the first computed column of the same name not yet taken. */
    private int[] matchColumns() {
      Map<String, Integer> byName = new HashMap<>();
      for (int c = computed.columns().size() - 1; c >= 0; c--) {
        byName.put(equivalences.normalized(computed.columns().get(c)), c);
      }
      int[] matched = new int[published.columns().size()];
      for (int p = 0; p < matched.length; p++) {
        Integer c =
            byName.remove(equivalences.normalized(computedName(published.columns().get(p))));
        matched[p] = c == null ? -1 : c;
      }
      return matched;
    }

    ImmutableList<Difference> differences() {
      compareColumns();
      compareRows();
      return differences.build();
    }

    private void compareColumns() {
      boolean[] inOrder = inOrder(columnOf, equivalences.columnOrderIgnored());
      boolean[] taken = new boolean[computed.columns().size()];
      for (int p = 0; p < columnOf.length; p++) {
        String name = published.columns().get(p);
        if (columnOf[p] < 0) {
          differences.add(Difference.column(Difference.Kind.MISSING_COLUMN, name, 0, p + 1));
          continue;
        }
        taken[columnOf[p]] = true;
        if (!inOrder[p]) {
          differences.add(
              Difference.column(Difference.Kind.COLUMN_ORDER, name, columnOf[p] + 1, p + 1));
        }
      }
      for (int c = 0; c < taken.length; c++) {
        if (!taken[c]) {
          differences.add(
              Difference.column(Difference.Kind.EXTRA_COLUMN, computed.columns().get(c), c + 1, 0));
        }
      }
    }

    private void compareRows() {
      ImmutableList<ImmutableList<String>> computedRows = computed.rows();
      ImmutableList<ImmutableList<String>> publishedRows = published.rows();
      // The first computed row of each key; later ones repeat it.
      Map<List<String>, Integer> computedByKey = new HashMap<>();
      for (int r = 0; r < computedRows.size(); r++) {
        computedByKey.putIfAbsent(normalizedKey(computedRows.get(r), computedKey), r);
      }
      // For each published row, the computed row it is; -1 if none, -2 if it repeats a key.
      int[] rowOf = new int[publishedRows.size()];
      boolean[] matched = new boolean[computedRows.size()];
      Map<List<String>, Integer> publishedByKey = new HashMap<>();
      for (int p = 0; p < rowOf.length; p++) {
        List<String> key = normalizedKey(publishedRows.get(p), publishedKey);
        if (publishedByKey.putIfAbsent(key, p) != null) {
          rowOf[p] = -2;
          continue;
        }
        Integer c = computedByKey.get(key);
        rowOf[p] = c == null ? -1 : c;
        if (c != null) {
          matched[c] = true;
        }
      }
      boolean[] inOrder = inOrder(rowOf, equivalences.rowOrderIgnored());
      BiPredicate<String, String> sameCell = equivalences.sameCell();
      for (int p = 0; p < rowOf.length; p++) {
        ImmutableList<String> row = publishedRows.get(p);
        ImmutableList<String> key = key(row, publishedKey);
        if (rowOf[p] == -2) {
          differences.add(Difference.row(Difference.Kind.REPEATED_PUBLISHED_KEY, key, 0, p + 2));
        } else if (rowOf[p] == -1) {
          differences.add(Difference.row(Difference.Kind.MISSING_ROW, key, 0, p + 2));
        } else {
          if (!inOrder[p]) {
            differences.add(Difference.row(Difference.Kind.ROW_ORDER, key, rowOf[p] + 2, p + 2));
          }
          compareCells(key, computedRows.get(rowOf[p]), row, rowOf[p] + 2, p + 2, sameCell);
        }
      }
      for (int c = 0; c < computedRows.size(); c++) {
        if (matched[c]) {
          continue;
        }
        ImmutableList<String> row = computedRows.get(c);
        boolean repeats = computedByKey.get(normalizedKey(row, computedKey)) != c;
        differences.add(
            Difference.row(
                repeats ? Difference.Kind.REPEATED_COMPUTED_KEY : Difference.Kind.EXTRA_ROW,
                key(row, computedKey),
                c + 2,
                0));
      }
    }

    private void compareCells(
        ImmutableList<String> key,
        ImmutableList<String> computedRow,
        ImmutableList<String> publishedRow,
        int computedAt,
        int publishedAt,
        BiPredicate<String, String> sameCell) {
      for (int p = 0; p < columnOf.length; p++) {
        if (columnOf[p] < 0 || isKey(p)) {
          continue;
        }
        String computedCell = computedRow.get(columnOf[p]);
        String publishedCell = publishedRow.get(p);
        if (!sameCell.test(computedCell, publishedCell)) {
          differences.add(
              Difference.cell(
                  key,
                  published.columns().get(p),
                  computedCell,
                  publishedCell,
                  computedAt,
                  publishedAt));
        }
      }
    }

    private boolean isKey(int publishedColumn) {
      for (int k : publishedKey) {
        if (k == publishedColumn) {
          return true;
        }
      }
      return false;
    }

    private static ImmutableList<String> key(ImmutableList<String> row, int[] columns) {
      ImmutableList.Builder<String> key = ImmutableList.builderWithExpectedSize(columns.length);
      for (int c : columns) {
        key.add(row.get(c));
      }
      return key.build();
    }

    private List<String> normalizedKey(ImmutableList<String> row, int[] columns) {
      String[] key = new String[columns.length];
      for (int k = 0; k < columns.length; k++) {
        key[k] = equivalences.normalized(row.get(columns[k]));
      }
      return Arrays.asList(key);
    }
  }

  /**
   * Which of the matched items (those of {@code positions} that are not negative: where each
   * published item is in the computed table) are in order: those of a longest increasing
   * subsequence, so that the fewest items are reported out of order. All are, if order is ignored.
   */
  static boolean[] inOrder(int[] positions, boolean ignored) {
    boolean[] inOrder = new boolean[positions.length];
    if (ignored) {
      Arrays.fill(inOrder, true);
      return inOrder;
    }
    // Patience sorting: tails[l] is the item ending the best increasing run of length l + 1.
    int[] tails = new int[positions.length];
    int[] previous = new int[positions.length];
    int length = 0;
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] < 0) {
        continue;
      }
      int low = 0;
      int high = length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (positions[tails[mid]] < positions[i]) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      previous[i] = low > 0 ? tails[low - 1] : -1;
      tails[low] = i;
      length = Math.max(length, low + 1);
    }
    for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
      inOrder[i] = true;
    }
    return inOrder;
  }
}
