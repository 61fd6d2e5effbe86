package org.metaethnography.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.table.CsvDialect;
import org.metaethnography.core.table.Table;

/** Reading CSV tables: RFC 4180 dialects, encodings and limits. */
final class ReadTableTest {
  private static List<SheetProblem> problems(Runnable read) {
    return Problems.of(read);
  }

  @Test
  void crlfLfQuotedLineBreaksAndByteOrderMark_readAlike() {
    Table expected =
        Table.of(
            List.of("key concept", "quote"),
            List.of(List.of("Sharing", "first line\r\nsecond, \"quoted\""), List.of("Hope", "")));
    String lf = "key concept,quote\nSharing,\"first line\r\nsecond, \"\"quoted\"\"\"\nHope,\n";
    assertThat(Spreadsheets.readTable("t.csv", lf)).isEqualTo(expected);
    assertThat(Spreadsheets.readTable("t.csv", "\uFEFF" + lf.replace(",\n", ",\r\n")))
        .isEqualTo(expected);
    // Without a final line break, and with blank lines and rows of empty cells below the table.
    assertThat(Spreadsheets.readTable("t.csv", lf + "\n,\n\n".repeat(3))).isEqualTo(expected);
    assertThat(
            Spreadsheets.readTable(
                "t.csv",
                "key concept,quote\nSharing,\"first line\r\nsecond, \"\"quoted\"\"\"\nHope,"))
        .isEqualTo(expected);
  }

  @Test
  void everyDialectWritten_readsBackAsTheTable() {
    Table table =
        Table.of(
            List.of("a", "b"), List.of(List.of("x,y", "say \"hi\""), List.of("line\nbreak", "")));
    for (CsvDialect dialect :
        List.of(
            CsvDialect.standard(),
            CsvDialect.standard().withCrlf(),
            CsvDialect.standard().withByteOrderMark().withCrlf())) {
      assertThat(Spreadsheets.readTable("t.csv", table.toCsv(dialect))).isEqualTo(table);
    }
  }

  @Test
  void raggedRowsAndBadHeaders_areAllReportedWithRowAndColumn() {
    List<SheetProblem> found =
        problems(() -> Spreadsheets.readTable("t.csv", "a,,a\n1,2,3\n1,2\n1,2,3,4\n"));
    assertThat(found)
        .extracting(SheetProblem::message)
        .containsExactly(
            "t.csv, row 1, column 2: the column has no name (blank column)",
            "t.csv, row 1, column 3 (a): the column \"a\" is named again; column 1 has that name"
                + " (repeated column)",
            "t.csv, row 3: the row has 2 cells but the header has 3; every row must have one cell"
                + " per column (ragged row)",
            "t.csv, row 4: the row has 4 cells but the header has 3; every row must have one cell"
                + " per column (ragged row)");
  }

  @Test
  void malformedCsvAndEmptyText_areNamed() {
    assertThat(problems(() -> Spreadsheets.readTable("t.csv", "a,b\n\"x\"y,1\n")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.rule()).isEqualTo("malformed CSV");
            });
    assertThat(problems(() -> Spreadsheets.readTable("t.csv", "a,b\n\"never closed,1\n")))
        .extracting(SheetProblem::rule)
        .containsExactly("malformed CSV");
    assertThat(problems(() -> Spreadsheets.readTable("t.csv", "")))
        .extracting(SheetProblem::message)
        .containsExactly("t.csv: the file has no header row (no header)");
  }

  @Test
  void limits_refuseHugeCellsAndTooManyRowsOrColumns() {
    SheetLimits small = new SheetLimits(1_000, 5, 3, 2);
    assertThat(problems(() -> Spreadsheets.readTable("t.csv", "a,b\n123456,1\n", small)))
        .extracting(SheetProblem::message)
        .containsExactly(
            "t.csv, row 2, column 1 (a): the cell has 6 characters, more than the limit of 5"
                + " (SheetLimits.maxCellCharacters) (limit)");
    assertThat(problems(() -> Spreadsheets.readTable("t.csv", "a,b\n1,2\n3,4\n5,6\n", small)))
        .extracting(SheetProblem::message)
        .containsExactly(
            "t.csv, row 4: the file has more than 3 rows, the limit (SheetLimits.maxRows) (limit)");
    assertThat(problems(() -> Spreadsheets.readTable("t.csv", "a,b,c\n", small)))
        .extracting(SheetProblem::message)
        .containsExactly(
            "t.csv, row 1: the row has 3 cells, more than the limit of 2 (SheetLimits.maxColumns)"
                + " (limit)");
    assertThat(problems(() -> Spreadsheets.readTable("t.csv", "a\n" + "x\n".repeat(600), small)))
        .extracting(SheetProblem::message)
        .containsExactly(
            "t.csv: the file has more than 1,000 characters, the limit (SheetLimits.maxCharacters)"
                + " (limit)");
    assertThatThrownBy(() -> new SheetLimits(0, 1, 1, 1))
        .hasMessage("sheet limits must be positive: 0 characters, cells of 1, 1 rows, 1 columns");
  }

  @Test
  void wrongEncodings_areNamedWithWhereTheyGoWrong(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "name\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(problems(() -> read(latin1)))
        .extracting(SheetProblem::message)
        .containsExactly(
            "latin1.csv: the file is not UTF-8 text: byte 0xE9 at byte 8 (line 2) begins no UTF-8"
                + " character; save the file as CSV in UTF-8 (encoding)");
    Path utf16 = dir.resolve("utf16.csv");
    Files.write(utf16, "name\nCaf\u00e9\n".getBytes(StandardCharsets.UTF_16));
    assertThat(problems(() -> read(utf16)))
        .extracting(SheetProblem::rule)
        .containsExactly("encoding");
    Path utf8 = dir.resolve("utf8.csv");
    Files.writeString(utf8, "\uFEFFname\r\nCaf\u00e9\r\n");
    assertThat(Spreadsheets.readTable(utf8))
        .isEqualTo(Table.of(List.of("name"), List.of(List.of("Caf\u00e9"))));
    assertThatThrownBy(() -> Spreadsheets.readTable(dir)).isInstanceOf(IOException.class);
  }

  private static void read(Path file) {
    try {
      Spreadsheets.readTable(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
