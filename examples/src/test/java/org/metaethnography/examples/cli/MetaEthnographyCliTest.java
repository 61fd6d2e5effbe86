package org.metaethnography.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.examples.reference.Golden;
import org.metaethnography.examples.reference.ReproducePaper;

/** The command-line tool, run in-process: each command's output and exit status. */
final class MetaEthnographyCliTest {
  @TempDir Path dir;

  /** What a run printed and returned. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = MetaEthnographyCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path reference() throws IOException {
    Path file = dir.resolve("review.json");
    ReviewDocuments.write(ReproducePaper.document(), file);
    return file;
  }

  @Test
  void validate_aValidDocument_saysWhatItHolds() throws IOException {
    Path file = reference();
    Run run = run("validate", file.toString());
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(run.out())
        .isEqualTo(
            file
                + ": a valid review document: \"The experience and impact of chronic disease peer"
                + " support interventions: a qualitative synthesis\", 25 papers, 36 raw concepts,"
                + " 13 key concepts\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_anInvalidDocument_listsEveryProblemOnStandardError_withStatus1()
      throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        "{\"format\": \"metaethnography-review\", \"version\": 1, \"title\": \"T\","
            + " \"papers\": [{\"citation\": 1, \"yera\": 2019}, {\"citation\": \"\"}]}");
    Run run = run("validate", file.toString());
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith("/papers/0/yera: \"yera\" is not a field here"))
        .anySatisfy(l -> assertThat(l).startsWith("/papers/1/citation: "));
  }

  @Test
  void aMissingFile_isAnInputOutputError_withStatus3() {
    Run run = run("validate", dir.resolve("nowhere.json").toString());
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.IO);
    assertThat(run.err()).isEqualTo("error: no such file: " + dir.resolve("nowhere.json") + "\n");
  }

  @Test
  void aDirectoryForADocument_isAnInputOutputError_namingIt() {
    Run run = run("validate", dir.toString());
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.IO);
    assertThat(run.err()).isEqualTo("error: cannot read " + dir + ": it is a directory\n");
  }

  @Test
  void aCommandLineThatCannotBeUnderstood_hasStatus2() {
    assertThat(run().status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(run().err()).startsWith("Usage: metaethnography");
    assertThat(run("validate").status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(run("validate").err()).startsWith("Missing required parameter: 'REVIEW.json'");
    assertThat(run("tables", "r.json", "--format", "xml").status())
        .isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(run("summarize").status()).isEqualTo(MetaEthnographyCli.USAGE);
  }

  @Test
  void helpAndVersion_workForEveryCommand() {
    for (String command : List.of("", "validate", "tables", "figures", "reproduce")) {
      String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
      Run help = run(concat(prefix, "--help"));
      assertThat(help.status()).as(command).isZero();
      assertThat(help.out()).as(command).startsWith("Usage: metaethnography");
      Run version = run(concat(prefix, "--version"));
      assertThat(version.status()).as(command).isZero();
      assertThat(version.out()).as(command).startsWith("metaethnography 0.2.0\n");
    }
  }

  private static String[] concat(String[] prefix, String last) {
    String[] all = Arrays.copyOf(prefix, prefix.length + 1);
    all[prefix.length] = last;
    return all;
  }

  @Test
  void tables_writeTheKeyConceptGrid_inTheDocumentsRowOrder() throws IOException {
    Path out = dir.resolve("tables");
    Run run = run("tables", reference().toString(), "--format", "csv", "--out", out.toString());
    assertThat(run.status()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "included-papers.csv",
              "search-flow.csv",
              "exclusions.csv",
              "key-concept-grid.csv",
              "translations.csv",
              "translation-table.csv",
              "key-concepts.csv",
              "audit.csv");
    }
    assertThat(run.out()).contains("wrote " + out.resolve("key-concept-grid.csv"));
    // Table 3 as transcribed by hand, without its disease column: the rows in the paper's order.
    List<String> golden =
        Golden.csv("table3").lines().map(l -> l.substring(l.indexOf(',') + 1)).toList();
    List<String> written =
        Files.readString(out.resolve("key-concept-grid.csv"), StandardCharsets.UTF_8)
            .lines()
            .toList();
    assertThat(written.subList(0, written.size() - 1))
        .isEqualTo(golden.subList(0, golden.size() - 1));
    assertThat(written.get(written.size() - 1)).isEqualTo("Total" + golden.get(golden.size() - 1));
  }

  @Test
  void tables_withoutOut_printMarkdown() throws IOException {
    Run run = run("tables", reference().toString(), "--format", "md");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("## included-papers\n\n| reference | first_author |")
        .contains("| Total | 21489 | 1412 | 58 | 25 |");
  }

  @Test
  void figures_writeDotAndMermaid() throws IOException {
    Path out = dir.resolve("figures");
    Run run = run("figures", reference().toString(), "--out", out.toString());
    assertThat(run.status()).isZero();
    assertThat(Files.readString(out.resolve("conceptual-model.dot"))).startsWith("digraph");
    assertThat(Files.readString(out.resolve("conceptual-model.mmd"))).startsWith("flowchart LR");
  }

  @Test
  void reproduce_writesTheMainJobsFiles() throws IOException {
    Path out = dir.resolve("reproduction");
    Run run = run("reproduce", "--out", out.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("## table3")
        .endsWith("Files written to " + out.toAbsolutePath() + "\n");
    assertThat(Files.readString(out.resolve("table3.csv"))).isEqualTo(Golden.csv("table3"));
    assertThat(out.resolve("review.json")).exists();
  }
}
