package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering of tables as CSV and Markdown. */
final class TableTest {
  private final Table table =
      Table.of(
          List.of("reason", "papers"),
          List.of(
              List.of("Lacking, limited", "2"), List.of("Said \"no\"", "1"), List.of("a|b", "0")));

  @Test
  void csv_quotesCellsWithCommasAndQuotes() {
    assertThat(table.toCsv())
        .isEqualTo("reason,papers\n\"Lacking, limited\",2\n\"Said \"\"no\"\"\",1\na|b,0\n");
  }

  @Test
  void markdown_escapesPipes() {
    assertThat(table.toMarkdown())
        .isEqualTo(
            "| reason | papers |\n| --- | --- |\n| Lacking, limited | 2 |\n| Said \"no\" | 1 |\n"
                + "| a\\|b | 0 |\n");
  }

  @Test
  void withColumnRenamed_renamesOneColumn() {
    assertThat(table.withColumnRenamed("reason", "why").columns()).containsExactly("why", "papers");
    assertThatThrownBy(() -> table.withColumnRenamed("cause", "why"))
        .hasMessage("no column \"cause\" to rename; columns are [reason, papers]");
    assertThatThrownBy(() -> table.withColumnRenamed("reason", "papers"))
        .hasMessage("column \"papers\" exists already: [reason, papers]");
  }

  @Test
  void rowOfWrongWidth_isRefused() {
    assertThatThrownBy(() -> Table.of(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))))
        .hasMessage("row 2 has 1 cells but the table has 2 columns [a, b]: [3]");
    assertThatThrownBy(() -> Table.of(List.of(), List.of()))
        .hasMessage("a table must have at least one column");
  }

  @Test
  void writeCsv_writesTheWholeFile_creatingDirectories(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nested/out.csv");
    table.writeCsv(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(table.toCsv());
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void tables_areValues() {
    new EqualsTester()
        .addEqualityGroup(table, Table.of(table.columns(), table.rows()))
        .addEqualityGroup(table.withColumnRenamed("papers", "n"))
        .testEquals();
    NullPointerTester nulls =
        new NullPointerTester().setDefault(CsvDialect.class, CsvDialect.standard());
    nulls.testAllPublicInstanceMethods(table);
    nulls.testAllPublicStaticMethods(Table.class);
  }
}
