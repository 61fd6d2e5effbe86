package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The dialects tables are written in: line endings, byte order mark, neutralised formulas. */
final class CsvDialectTest {
  private final Table table =
      Table.of(
          List.of("cell", "n"),
          List.of(
              List.of("=HYPERLINK(\"http://x\")", "-2"),
              List.of("+cmd|' /C calc'!A0", "+0.5"),
              List.of("@SUM(A1)", "-"),
              List.of("\t=1", "line\nbreak"),
              List.of("plain", "@")));

  @Test
  void standard_isLfWithoutMarkAndCellsAsTheyAre() {
    assertThat(table.toCsv(CsvDialect.standard())).isEqualTo(table.toCsv());
    assertThat(table.toCsv())
        .isEqualTo(
            "cell,n\n\"=HYPERLINK(\"\"http://x\"\")\",-2\n+cmd|' /C calc'!A0,+0.5\n@SUM(A1),-\n"
                + "\t=1,\"line\nbreak\"\nplain,@\n");
  }

  @Test
  void crlfAndByteOrderMark_endLinesAndBeginTheText() {
    String csv = table.toCsv(CsvDialect.standard().withCrlf().withByteOrderMark());
    assertThat(csv)
        .startsWith("\uFEFFcell,n\r\n")
        .endsWith("plain,@\r\n")
        // A line break inside a cell is the cell's own and stays as it is.
        .contains("\"line\nbreak\"\r\n");
  }

  @Test
  void neutralised_prefixesFormulaLikeCellsButNotNumbers() throws IOException {
    String csv = table.toCsv(CsvDialect.standard().withFormulasNeutralised());
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertThat(records.get(1).toList()).containsExactly("'=HYPERLINK(\"http://x\")", "-2");
    assertThat(records.get(2).toList()).containsExactly("'+cmd|' /C calc'!A0", "+0.5");
    assertThat(records.get(3).toList()).containsExactly("'@SUM(A1)", "'-");
    assertThat(records.get(4).toList()).containsExactly("'\t=1", "line\nbreak");
    assertThat(records.get(5).toList()).containsExactly("plain", "'@");
  }

  @Test
  void dialects_areValuesNamedInWords() {
    CsvDialect excel =
        CsvDialect.standard().withCrlf().withByteOrderMark().withFormulasNeutralised();
    new EqualsTester()
        .addEqualityGroup(CsvDialect.standard(), CsvDialect.standard())
        .addEqualityGroup(CsvDialect.standard().withCrlf(), CsvDialect.standard().withCrlf())
        .addEqualityGroup(
            excel, CsvDialect.standard().withFormulasNeutralised().withByteOrderMark().withCrlf())
        .testEquals();
    assertThat(excel.lineEnding()).isEqualTo("\r\n");
    assertThat(excel.byteOrderMark()).isTrue();
    assertThat(excel.formulasNeutralised()).isTrue();
    assertThat(excel).hasToString("CSV with CRLF, a byte order mark, formulas neutralised");
    assertThat(CsvDialect.standard()).hasToString("CSV with LF");
  }
}
