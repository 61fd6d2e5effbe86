package org.metaethnography.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.table.CsvDialect;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.Review;
import org.metaethnography.model.testing.ReviewGenerators;

/** The spreadsheets over generated reviews of every shape the model holds. */
final class SpreadsheetProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The fields of a review document each sheet replaces. */
  private static final Map<Sheet, List<String>> CARRIED =
      Map.of(
          Sheet.INCLUDED_STUDIES, List.of("papers"),
          Sheet.EXTRACTIONS, List.of("concepts", "extractions"),
          Sheet.GRID, List.of("grid"),
          Sheet.TRANSLATIONS, List.of("translations"));

  /** The review's document without the parts the given sheets carry. */
  private static String rest(Review review, Iterable<Sheet> sheets) {
    try {
      ObjectNode document = (ObjectNode) JSON.readTree(ReviewDocuments.write(review));
      for (Sheet sheet : sheets) {
        CARRIED.get(sheet).forEach(document::remove);
      }
      return document.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writtenThenReadWithTheRest_equalsTheOriginal_inEveryDialect() {
    List<Spreadsheets> dialects =
        List.of(
            Spreadsheets.standard(),
            Spreadsheets.standard()
                .withDialect(CsvDialect.standard().withCrlf().withByteOrderMark()));
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Random random = seeded.random();
              // Every list of the review in another order half the time: the order of papers,
              // raw concepts, extractions and translations comes back as it was.
              Review review =
                  random.nextBoolean()
                      ? ReviewGenerators.reordered(seeded.value(), random)
                      : seeded.value();
              Spreadsheets sheets = dialects.get(random.nextInt(dialects.size()));
              Map<Sheet, String> written = sheets.write(review);
              Review read =
                  sheets.read("rest.json", rest(review, written.keySet()), written).review();
              assertThat(read).isEqualTo(rowByRow(review));
              // Written again, the sheets are the same text.
              assertThat(sheets.write(read)).isEqualTo(written);
            });
  }

  /**
   * The review with its grid of record listed as the grid sheet lists it: row by row, in the order
   * the grid first names its papers, each row's cells in the order of the key concepts.
   */
  private static Review rowByRow(Review review) {
    List<Citation> papers = new ArrayList<>();
    for (Incidence incidence : review.incidences()) {
      if (!papers.contains(incidence.paper())) {
        papers.add(incidence.paper());
      }
    }
    List<String> keyConcepts = review.keyConcepts().stream().map(k -> k.name()).toList();
    List<Incidence> cells = new ArrayList<>(review.incidences());
    cells.sort(
        Comparator.comparingInt((Incidence i) -> papers.indexOf(i.paper()))
            .thenComparingInt(i -> keyConcepts.indexOf(i.keyConcept())));
    return Review.builder().from(review).incidences(cells).build();
  }

  @Test
  void aSheetWithOneBadCell_reportsThatFileRowAndColumnAlone() {
    qt().forAll(ReviewGenerators.seededReviews())
        .assuming(seeded -> !seeded.value().incidences().isEmpty())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Random random = seeded.random();
              Map<Sheet, String> written =
                  new LinkedHashMap<>(Spreadsheets.standard().write(review));
              Table grid = Spreadsheets.readTable("grid.csv", written.get(Sheet.GRID));
              int row = random.nextInt(grid.rows().size());
              int column = 1 + random.nextInt(grid.columns().size() - 1);
              List<List<String>> rows = new ArrayList<>();
              for (int r = 0; r < grid.rows().size(); r++) {
                List<String> cells = new ArrayList<>(grid.rows().get(r));
                if (r == row) {
                  cells.set(column, "maybe");
                }
                rows.add(cells);
              }
              written.put(Sheet.GRID, Table.of(grid.columns(), rows).toCsv());
              InvalidSheetException thrown =
                  catchThrowableOfType(
                      InvalidSheetException.class,
                      () ->
                          Spreadsheets.standard()
                              .read("rest.json", rest(review, written.keySet()), written));
              assertThat(thrown.problems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.file()).isEqualTo("grid.csv");
                        assertThat(p.row()).isEqualTo(row + 2);
                        assertThat(p.column()).isEqualTo(column + 1);
                        assertThat(p.header()).isEqualTo(grid.columns().get(column));
                        assertThat(p.rule()).isEqualTo("wrong value");
                      });
            });
  }
}
