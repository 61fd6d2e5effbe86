package org.metaethnography.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.model.Review;

/** The README's spreadsheet example runs, reads back what it wrote, and is shown as is. */
final class KeepingSpreadsheetsTest {
  @Test
  void roundTrip_readsBackTheReview_withTheTeamsHeaderAndExcelsDialect(@TempDir Path dir)
      throws IOException {
    Review review = FromRawConcepts.synthesis().review();
    assertThat(KeepingSpreadsheets.roundTrip(review, dir)).isEqualTo(review);
    // Worked by hand from FromRawConcepts: a row per extraction, concept by concept (Time for
    // oneself in 12, Guilt at handing over in 17, Going on in 12 and 17), then Paperwork, found
    // nowhere, on a row of its own; the paper column headed in the team's word.
    String extractions = Files.readString(dir.resolve("extractions.csv"));
    assertThat(extractions).startsWith("\uFEFFconcept,").contains(",Study,");
    assertThat(extractions.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
        .containsExactly(
            "Time for oneself", "Guilt at handing over", "Going on", "Going on", "Paperwork");
    assertThat(extractions.replace("\r\n", "")).doesNotContain("\n");
    assertThat(dir.resolve("included-studies.csv")).exists();
    assertThat(dir.resolve("grid.csv")).doesNotExist();
  }

  @Test
  void readme_showsTheExampleAsCompiled() throws IOException {
    assertThat(Readme.text()).contains(Readme.block("KeepingSpreadsheets.java", "spreadsheets"));
  }
}
