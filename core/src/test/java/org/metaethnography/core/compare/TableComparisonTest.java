package org.metaethnography.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.compare.Difference.Kind;
import org.metaethnography.core.sheet.Spreadsheets;
import org.metaethnography.core.table.Table;

/** Comparing a computed table with a published one: every difference, with hand-worked values. */
final class TableComparisonTest {
  private static Table csv(String text) {
    return Spreadsheets.readTable("t.csv", text);
  }

  private static List<String> messages(Table computed, Table published, Equivalences eq) {
    return TableComparison.of(computed, published, eq).differences().stream()
        .map(Difference::message)
        .toList();
  }

  private static final Table PUBLISHED =
      csv("reference,author,Sharing,Hope\n12,Okafor,1,0\n17,Aalto,0,1\n23,Moreau,1,1\n");

  @Test
  void identicalTables_match() {
    TableComparison comparison = TableComparison.of(PUBLISHED, PUBLISHED, Equivalences.strict());
    assertThat(comparison.matches()).isTrue();
    assertThat(comparison.differences()).isEmpty();
    assertThat(comparison.summary()).isEqualTo("no differences");
    assertThat(comparison).hasToString("no differences");
  }

  @Test
  void everyKindOfDifference_isReportedAtOnce_inPublishedOrderThenExtras() {
    Table computed =
        csv("reference,author,Sharing,Notes\n12,Okafor,1,x\n17,Aalto,1,y\n31,Lind,0,z\n");
    TableComparison comparison = TableComparison.of(computed, PUBLISHED, Equivalences.strict());
    assertThat(comparison.matches()).isFalse();
    // Hope is the published 4th column; Notes the computed 4th. Row 17 (spreadsheet row 3 in
    // both) has Sharing 1 computed, 0 published. Row 23 is published row 4; row 31 computed row 4.
    assertThat(comparison.differences())
        .containsExactly(
            Difference.column(Kind.MISSING_COLUMN, "Hope", 0, 4),
            Difference.column(Kind.EXTRA_COLUMN, "Notes", 4, 0),
            Difference.cell(ImmutableList.of("17"), "Sharing", "1", "0", 3, 3),
            Difference.row(Kind.MISSING_ROW, ImmutableList.of("23"), 0, 4),
            Difference.row(Kind.EXTRA_ROW, ImmutableList.of("31"), 4, 0));
    assertThat(comparison.summary())
        .isEqualTo(
            "5 differences: 1 cell differs, 1 row missing, 1 extra row, 1 column missing,"
                + " 1 extra column");
    assertThat(comparison)
        .hasToString(
            comparison.summary()
                + "\n  - column \"Hope\" (published column 4) is missing from the computed table"
                + "\n  - column \"Notes\" (computed column 4) is not in the published table"
                + "\n  - row \"17\", column \"Sharing\": computed \"1\", published \"0\""
                + "\n  - row \"23\" (published row 4) is missing from the computed table"
                + "\n  - row \"31\" (computed row 4) is not in the published table");
  }

  @Test
  void cellDifference_carriesItsRowKeyColumnValuesAndRows() {
    Table computed = csv("reference,author,Sharing,Hope\n12,Okafor,1,0\n17,Aalto,0,1\n23,M,1,1\n");
    Difference cell =
        TableComparison.of(computed, PUBLISHED, Equivalences.strict()).differences().get(0);
    assertThat(cell.kind()).isEqualTo(Kind.CELL);
    assertThat(cell.rowKey()).containsExactly("23");
    assertThat(cell.column()).hasValue("author");
    assertThat(cell.computed()).hasValue("M");
    assertThat(cell.published()).hasValue("Moreau");
    assertThat(cell.computedAt()).isEqualTo(OptionalInt.of(4));
    assertThat(cell.publishedAt()).isEqualTo(OptionalInt.of(4));
    assertThat(cell)
        .hasToString("row \"23\", column \"author\": computed \"M\", published \"Moreau\"");
  }

  @Test
  void rowsAndColumnsOutOfOrder_areDifferences_unlessOrderIsIgnored() {
    // Row 12 moved to the end: 17 and 23 keep their order, so only 12 is out of order. Hope and
    // Sharing swapped: either is in order with the others; the later published one is kept.
    Table computed =
        csv("reference,author,Hope,Sharing\n17,Aalto,1,0\n23,Moreau,1,1\n12,Okafor,0,1\n");
    assertThat(messages(computed, PUBLISHED, Equivalences.strict()))
        .containsExactly(
            "column \"Sharing\" is out of order: computed column 4, published column 3",
            "row \"12\" is out of order: computed row 4, published row 2");
    assertThat(
            TableComparison.of(
                    computed,
                    PUBLISHED,
                    Equivalences.strict().ignoringRowOrder().ignoringColumnOrder())
                .matches())
        .isTrue();
    assertThat(messages(computed, PUBLISHED, Equivalences.strict().ignoringRowOrder()))
        .containsExactly(
            "column \"Sharing\" is out of order: computed column 4, published column 3");
  }

  @Test
  void repeatedKeys_areReportedInEitherTable_andOnlyTheFirstRowIsCompared() {
    Table published = csv("reference,Sharing\n12,1\n12,0\n17,1\n");
    Table computed = csv("reference,Sharing\n12,1\n17,0\n17,1\n");
    TableComparison comparison = TableComparison.of(computed, published, Equivalences.strict());
    // Published row 3 repeats 12; computed row 4 repeats 17; the first 17s differ.
    assertThat(comparison.differences().stream().map(Difference::message))
        .containsExactly(
            "row \"12\" is repeated in the published table at row 3; only its first row is"
                + " compared",
            "row \"17\", column \"Sharing\": computed \"0\", published \"1\"",
            "row \"17\" is repeated in the computed table at row 4; only its first row is"
                + " compared");
    assertThat(comparison.summary())
        .isEqualTo(
            "3 differences: 1 cell differs, 1 row key repeated in the published table,"
                + " 1 row key repeated in the computed table");
  }

  @Test
  void ticks_areTheSameInAnyDeclaredSpelling_andOnlyWhenDeclared() {
    Table published = csv("reference,A,B,C,D\n12,✓,X,x,\n");
    Table computed = csv("reference,A,B,C,D\n12,1,1,1,0\n");
    assertThat(messages(computed, published, Equivalences.strict()))
        .containsExactly(
            "row \"12\", column \"A\": computed \"1\", published \"✓\"",
            "row \"12\", column \"B\": computed \"1\", published \"X\"",
            "row \"12\", column \"C\": computed \"1\", published \"x\"",
            "row \"12\", column \"D\": computed \"0\", published \"\"");
    Equivalences ticks = Equivalences.strict().ticks("✓", "X", "x", "1");
    assertThat(messages(computed, published, ticks))
        .containsExactly("row \"12\", column \"D\": computed \"0\", published \"\"");
    assertThat(TableComparison.of(computed, published, ticks.unticked("", "0")).matches()).isTrue();
    // A tick is not the same as an unticked cell, nor as other text.
    Table other = csv("reference,A,B,C,D\n12,0,yes,1,1\n");
    assertThat(messages(other, published, ticks.unticked("", "0")))
        .containsExactly(
            "row \"12\", column \"A\": computed \"0\", published \"✓\"",
            "row \"12\", column \"B\": computed \"yes\", published \"X\"",
            "row \"12\", column \"D\": computed \"1\", published \"\"");
  }

  @Test
  void whitespace_isIgnoredOnlyWhenDeclared_inCellsHeadersAndKeys() {
    Table published = csv("reference,first author\n12 ,Hilfinger  Messias\n");
    Table computed = csv("reference,first\u00a0author\n12,\tHilfinger Messias\n");
    assertThat(messages(computed, published, Equivalences.strict()))
        .containsExactly(
            "column \"first author\" (published column 2) is missing from the computed table",
            "column \"first\u00a0author\" (computed column 2) is not in the published table",
            "row \"12 \" (published row 2) is missing from the computed table",
            "row \"12\" (computed row 2) is not in the published table");
    assertThat(
            TableComparison.of(computed, published, Equivalences.strict().ignoringWhitespace())
                .matches())
        .isTrue();
    // Whitespace inside a word still counts.
    Table split = csv("reference,first author\n12,Hilfinger Mes sias\n");
    assertThat(messages(split, published, Equivalences.strict().ignoringWhitespace()))
        .containsExactly(
            "row \"12 \", column \"first author\": computed \"Hilfinger Mes sias\","
                + " published \"Hilfinger  Messias\"");
  }

  @Test
  void case_isIgnoredWhenDeclared_inCellsHeadersAndKeys() {
    Table published = csv("Key,Changed outlook\nab,Yes\n");
    Table computed = csv("key,changed Outlook\nAB,yes\n");
    assertThat(messages(computed, published, Equivalences.strict().ignoringCase())).isEmpty();
  }

  @Test
  void case_isNotIgnoredUnlessDeclared() {
    Table published = csv("Key,Changed outlook\nab,Yes\n");
    Table computed = csv("Key,Changed outlook\nab,yes\n");
    assertThat(messages(computed, published, Equivalences.strict()))
        .containsExactly(
            "row \"ab\", column \"Changed outlook\": computed \"yes\", published \"Yes\"");
    assertThat(
            TableComparison.of(computed, published, Equivalences.strict().ignoringCase()).matches())
        .isTrue();
  }

  @Test
  void renamedColumns_areCompared_underTheirPublishedName() {
    Table published = csv("Ref,Author,Sharing\n12,Okafor,1\n");
    Table computed = csv("reference,first_author,Sharing\n12,Okafor,0\n");
    Equivalences renamed =
        Equivalences.strict().renamed("Ref", "reference").renamed("Author", "first_author");
    assertThat(messages(computed, published, renamed))
        .containsExactly("row \"12\", column \"Sharing\": computed \"0\", published \"1\"");
    // Without the renaming, the columns are missing and extra, and the key column is not found.
    assertThatThrownBy(() -> TableComparison.of(computed, published, Equivalences.strict()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "row key column \"Ref\" is not a column of the computed table; its columns are"
                + " [reference, first_author, Sharing]");
    assertThat(messages(computed, published, Equivalences.strict().renamed("Ref", "reference")))
        .containsExactly(
            "column \"Author\" (published column 2) is missing from the computed table",
            "column \"first_author\" (computed column 2) is not in the published table",
            "row \"12\", column \"Sharing\": computed \"0\", published \"1\"");
  }

  @Test
  void severalKeyColumns_identifyARow_andAreShownTogether() {
    Table published = csv("group,reference,n\nA,1,5\nB,1,6\n");
    Table computed = csv("group,reference,n\nA,1,5\nB,1,7\n");
    Equivalences byBoth = Equivalences.strict().keyedBy("group", "reference");
    assertThat(messages(computed, published, byBoth))
        .containsExactly("row (\"B\", \"1\"), column \"n\": computed \"7\", published \"6\"");
    // Keyed by reference alone, each table gives the key 1 twice.
    assertThat(messages(computed, published, Equivalences.strict().keyedBy("reference")))
        .containsExactly(
            "row \"1\" is repeated in the published table at row 3; only its first row is"
                + " compared",
            "row \"1\" is repeated in the computed table at row 3; only its first row is"
                + " compared");
  }

  @Test
  void aKeyOrRenamedColumnThatDoesNotExist_isRejected_namingItAndTheColumns() {
    assertThatThrownBy(
            () -> TableComparison.of(PUBLISHED, PUBLISHED, Equivalences.strict().keyedBy("ref")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "row key column \"ref\" is not a column of the published table; its columns are"
                + " [reference, author, Sharing, Hope]");
    assertThatThrownBy(
            () ->
                TableComparison.of(
                    PUBLISHED, PUBLISHED, Equivalences.strict().renamed("Autor", "author")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "renamed column \"Autor\" is not a column of the published table; its columns are"
                + " [reference, author, Sharing, Hope]");
    Table computed = csv("ref,author,Sharing,Hope\n");
    assertThatThrownBy(
            () ->
                TableComparison.of(
                    computed, PUBLISHED, Equivalences.strict().renamed("reference", "id")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "row key column \"reference\" is not a column of the computed table (renamed \"id\");"
                + " its columns are [ref, author, Sharing, Hope]");
  }

  @Test
  void longValuesAndLineBreaks_areShownBounded_onOneLine() {
    String quote = "a".repeat(100);
    Table published = csv("k,quote\n1,\"" + quote + "\"\n2,\"two\nlines\"\n");
    Table computed = csv("k,quote\n1,short\n2,two lines\n");
    assertThat(messages(computed, published, Equivalences.strict()))
        .containsExactly(
            "row \"1\", column \"quote\": computed \"short\", published \""
                + "a".repeat(60)
                + "...\" (100 characters)",
            "row \"2\", column \"quote\": computed \"two lines\", published \"two\\nlines\"");
  }

  @Test
  void thousandsOfDifferences_giveABoundedText() {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < 3000; r++) {
      rows.add(List.of(Integer.toString(r), "x"));
    }
    Table published = Table.of(List.of("k", "v"), rows);
    Table computed = Table.of(List.of("k", "v"), List.of());
    TableComparison comparison = TableComparison.of(computed, published, Equivalences.strict());
    assertThat(comparison.differences()).hasSize(3000);
    assertThat(comparison.summary()).isEqualTo("3000 differences: 3000 rows missing");
    assertThat(comparison.toString().lines())
        .hasSize(52)
        .startsWith(
            "3000 differences: 3000 rows missing",
            "  - row \"0\" (published row 2) is missing from the computed table")
        .endsWith(
            "  - row \"49\" (published row 51) is missing from the computed table",
            "  - and 2950 more");
  }

  @Test
  void inOrder_keepsTheLongestRunInOrder() {
    assertThat(TableComparison.inOrder(new int[] {3, 0, 1, 2}, false))
        .containsExactly(false, true, true, true);
    assertThat(TableComparison.inOrder(new int[] {0, -1, 2, 1}, false))
        .containsExactly(true, false, false, true);
    assertThat(TableComparison.inOrder(new int[] {2, 1, 0}, true))
        .containsExactly(true, true, true);
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Table.class, PUBLISHED)
            .setDefault(Equivalences.class, Equivalences.strict());
    tester.testAllPublicStaticMethods(TableComparison.class);
    tester.testAllPublicInstanceMethods(
        TableComparison.of(PUBLISHED, PUBLISHED, Equivalences.strict()));
  }
}
