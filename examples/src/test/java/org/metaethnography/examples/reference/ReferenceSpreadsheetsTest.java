package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.sheet.Sheet;
import org.metaethnography.core.sheet.Spreadsheets;
import org.metaethnography.core.table.Table;

/**
 * The reference review's four spreadsheets checked against the paper: the included studies against
 * Table 1 and the grid against Table 3 as transcribed by hand (golden/), the raw concepts against
 * the 36 the paper counts and the key concepts against the 13 it names, and the sheets read back,
 * with the rest of the review document, as the review itself.
 */
final class ReferenceSpreadsheetsTest {
  private final Map<Sheet, Table> sheets = Spreadsheets.standard().tables(ReproducePaper.review());

  private static int column(Table table, String name) {
    int index = table.columns().indexOf(name);
    assertThat(index).as("column %s of %s", name, table.columns()).isNotNegative();
    return index;
  }

  @Test
  void includedStudies_giveTable1sFormatConditionAndParticipantsForEachPaper() {
    Table golden = Spreadsheets.readTable("table1.csv", Golden.csv("table1"));
    Map<String, String> perspectives =
        Map.of(
            "Mentors",
            "Mentors",
            "Mentees",
            "Mentees",
            "Mentors and mentees",
            "Mentors; Mentees",
            "Bidirectional (no designation of mentor/mentee)",
            "undesignated: Bidirectional (no designation of mentor/mentee)");
    Set<List<String>> expected = new HashSet<>();
    for (List<String> row : golden.rows()) {
      expected.add(
          List.of(
              row.get(column(golden, "reference")),
              perspectives.get(row.get(column(golden, "participant_type"))),
              row.get(column(golden, "disease")),
              row.get(column(golden, "format"))));
    }
    Table studies = sheets.get(Sheet.INCLUDED_STUDIES);
    Set<List<String>> written = new HashSet<>();
    for (List<String> row : studies.rows()) {
      written.add(
          List.of(
              row.get(column(studies, "citation")),
              row.get(column(studies, "perspective")),
              row.get(column(studies, "condition")),
              row.get(column(studies, "format"))));
    }
    assertThat(studies.rows()).hasSize(25);
    assertThat(written).isEqualTo(expected);
  }

  @Test
  void grid_ticksTheCellsTable3Ticks() {
    Table golden = Spreadsheets.readTable("table3.csv", Golden.csv("table3"));
    Set<List<String>> expected = new HashSet<>();
    for (List<String> row : golden.rows()) {
      for (int c = column(golden, "first_author") + 1; c < golden.columns().size(); c++) {
        if (row.get(c).equals("1")) {
          expected.add(List.of(row.get(column(golden, "reference")), golden.columns().get(c)));
        }
      }
    }
    Table grid = sheets.get(Sheet.GRID);
    Set<List<String>> ticked = new HashSet<>();
    for (List<String> row : grid.rows()) {
      for (int c = 1; c < grid.columns().size(); c++) {
        if (!row.get(c).isEmpty()) {
          assertThat(row.get(c)).isEqualTo("x");
          ticked.add(List.of(row.get(0), grid.columns().get(c)));
        }
      }
    }
    assertThat(grid.rows()).hasSize(25);
    assertThat(grid.columns().subList(1, grid.columns().size()))
        .containsExactlyElementsOf(golden.columns().subList(3, golden.columns().size()));
    assertThat(ticked).isEqualTo(expected);
  }

  @Test
  void extractionsAndTranslations_holdThe36RawConceptsAndThe13KeyConcepts() {
    Table extractions = sheets.get(Sheet.EXTRACTIONS);
    assertThat(
            extractions.rows().stream()
                .map(row -> row.get(column(extractions, "concept")))
                .distinct())
        .hasSize(36);
    Table translations = sheets.get(Sheet.TRANSLATIONS);
    Table golden = Spreadsheets.readTable("table3.csv", Golden.csv("table3"));
    assertThat(
            translations.rows().stream()
                .map(row -> row.get(column(translations, "key concept")))
                .distinct())
        .containsExactlyElementsOf(golden.columns().subList(3, golden.columns().size()));
  }

  @Test
  void theSheetsWithTheRestOfTheDocument_readBackAsTheReview() throws IOException {
    ObjectNode rest =
        (ObjectNode) new ObjectMapper().readTree(ReviewDocuments.write(ReproducePaper.document()));
    for (String part : List.of("papers", "concepts", "extractions", "grid", "translations")) {
      rest.remove(part);
    }
    Map<Sheet, String> written = Spreadsheets.standard().write(ReproducePaper.review());
    // The reference review reports counts, not records of its review process.
    assertThat(written.keySet())
        .containsExactly(Sheet.INCLUDED_STUDIES, Sheet.EXTRACTIONS, Sheet.GRID, Sheet.TRANSLATIONS);
    assertThat(Spreadsheets.standard().read("rest.json", rest.toString(), written).review())
        .isEqualTo(ReproducePaper.review());
  }
}
