package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.document.ReviewDocuments;

/** The main job writes the four golden tables as CSV and prints them as Markdown. */
final class ReproducePaperTest {

  @Test
  void reproduce_writesEachTableAsCsv_andPrintsMarkdown(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ReproducePaper.reproduce(
        ReproducePaper.document(), dir, new PrintStream(printed, true, StandardCharsets.UTF_8));
    for (String table : new String[] {"table1", "table2a", "table2b", "table3"}) {
      assertThat(Files.readString(dir.resolve(table + ".csv"), StandardCharsets.UTF_8))
          .as(table)
          .isEqualTo(Golden.csv(table));
    }
    // The review document is written too, and loads back as the reference review.
    assertThat(ReviewDocuments.read(dir.resolve("review.json")))
        .isEqualTo(ReproducePaper.document());
    String markdown = printed.toString(StandardCharsets.UTF_8);
    assertThat(markdown)
        .contains("## table1", "## table2a", "## table2b", "## table3")
        .contains("| Total | 21489 | 1412 | 58 | 25 |")
        .contains("| RA | 34 | Barlow | ✓ |  |  | ✓ | ✓ |");
  }

  @Test
  void reproduce_printsTheSimulatedFlowAfterTable2b_labelledSimulated(@TempDir Path dir)
      throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ReproducePaper.reproduce(
        ReproducePaper.document(), dir, new PrintStream(printed, true, StandardCharsets.UTF_8));
    String markdown = printed.toString(StandardCharsets.UTF_8);
    int table2b = markdown.indexOf("## table2b");
    int simulated = markdown.indexOf("## " + ReproducePaper.SIMULATED_FLOW);
    int table3 = markdown.indexOf("## table3");
    assertThat(table2b).isLessThan(simulated);
    assertThat(simulated).isLessThan(table3);
    assertThat(markdown.substring(simulated, table3))
        .contains("SIMULATED, not the paper's")
        .contains("| title and abstract | assessed | 21489 | published: Table 2a |")
        .contains("| title and abstract | reviewers disagreed | 843 | simulated |")
        .contains("| appraisal | settled by a third reviewer | 15 | published: section 3 |");
    int agreement = markdown.indexOf("## " + ReproducePaper.SIMULATED_AGREEMENT);
    assertThat(simulated).isLessThan(agreement);
    assertThat(agreement).isLessThan(table3);
    // Every abstract is screened by the same two simulated reviewers, every appraised paper by
    // two of them: Cohen's kappa is defined at title and abstract, and at appraisal (17 raters,
    // two per paper) only Fleiss' kappa and alpha are.
    assertThat(markdown.substring(agreement, table3))
        .contains("SIMULATED, not the paper's")
        .contains("| title and abstract screening | cohen's kappa | 0.")
        .contains("| 21489 | 2 |")
        .contains(
            "| appraisal | cohen's kappa |  |  |  |  |  | 0 | 17 | undefined: the statistic"
                + " compares exactly two raters |")
        .contains("| appraisal | fleiss' kappa | ");
  }

  @Test
  void reproduce_ofAnotherSynthesis_printsNoSimulatedFlow(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ReproducePaper.reproduce(
        org.metaethnography.synthesis.Synthesis.of(ReproducePaper.review()),
        dir,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("## table2b")
        .doesNotContain(ReproducePaper.SIMULATED_FLOW);
  }

  @Test
  void main_takesNoOptionForADirectory(@TempDir Path dir) throws IOException {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ReproducePaper.main(new String[] {"--help"});
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("usage: ReproducePaper");
    assertThat(Path.of("--help")).doesNotExist();
  }

  @Test
  void main_writesToTheDirectoryGivenAsArgument(@TempDir Path dir) throws IOException {
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      ReproducePaper.main(new String[] {dir.toString()});
    } finally {
      System.setOut(out);
    }
    assertThat(dir.resolve("table3.csv")).exists();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "table1.csv",
              "table2a.csv",
              "table2b.csv",
              "table3.csv",
              "translations.csv",
              "translation-table.csv",
              "key-concepts.csv",
              "audit.csv",
              "fig1.dot",
              "fig1.mmd",
              "fig1.svg",
              "grid-heatmap.svg",
              "flow.svg",
              "report.html",
              "codebook.qdc",
              "project.qdpx",
              "review.json");
    }
  }
}
