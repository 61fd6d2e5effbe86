package org.metaethnography.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.examples.quickstart.RecordingTheProcess;
import org.metaethnography.examples.reference.Golden;

/** The command-line tool, run in-process: each command's output and exit status. */
final class MetaEthnographyCliTest {
  @TempDir Path dir;

  @Test
  void validate_aValidDocument_saysWhatItHolds() throws IOException {
    Path file = CliRun.reference(dir);
    CliRun run = CliRun.of("validate", file.toString());
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
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith("/papers/0/yera: \"yera\" is not a field here"))
        .anySatisfy(l -> assertThat(l).startsWith("/papers/1/citation: "));
  }

  @Test
  void aMissingFile_isAnInputOutputError_withStatus3() {
    CliRun run = CliRun.of("validate", dir.resolve("nowhere.json").toString());
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.IO);
    assertThat(run.err()).isEqualTo("error: no such file: " + dir.resolve("nowhere.json") + "\n");
  }

  @Test
  void aDirectoryForADocument_isAnInputOutputError_namingIt() {
    CliRun run = CliRun.of("validate", dir.toString());
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.IO);
    assertThat(run.err()).isEqualTo("error: cannot read " + dir + ": it is a directory\n");
  }

  @Test
  void aCommandLineThatCannotBeUnderstood_hasStatus2() {
    assertThat(CliRun.of().status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(CliRun.of().err()).startsWith("Usage: metaethnography");
    assertThat(CliRun.of("validate").status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(CliRun.of("validate").err()).startsWith("Missing required parameter: 'REVIEW.json'");
    assertThat(CliRun.of("tables", "r.json", "--format", "xml").status())
        .isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(CliRun.of("summarize").status()).isEqualTo(MetaEthnographyCli.USAGE);
  }

  @Test
  void helpAndVersion_workForEveryCommand() {
    for (String command :
        List.of("", "validate", "tables", "figures", "flow", "agreement", "reproduce", "compare")) {
      String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
      CliRun help = CliRun.of(concat(prefix, "--help"));
      assertThat(help.status()).as(command).isZero();
      assertThat(help.out()).as(command).startsWith("Usage: metaethnography");
      CliRun version = CliRun.of(concat(prefix, "--version"));
      assertThat(version.status()).as(command).isZero();
      assertThat(version.out()).as(command).startsWith("metaethnography 0.2.0\n");
    }
  }

  /**
   * Picocli formats descriptions: a stray {@code %} (as in "95% interval") made it warn on standard
   * error on every {@code --help} and usage error of the command.
   */
  @Test
  void help_ofEveryCommand_writesNothingToStandardError() {
    CliRun agreement = CliRun.of("agreement", "--help");
    assertThat(agreement.status()).isZero();
    assertThat(agreement.err()).isEmpty();
    assertThat(agreement.out()).contains("for a 95% interval");
    for (String command : commands()) {
      String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
      CliRun help = CliRun.of(concat(prefix, "--help"));
      assertThat(help.status()).as(command).isZero();
      assertThat(help.err()).as(command).isEmpty();
    }
  }

  @Test
  void aUsageError_ofAgreement_showsItsUsageWithoutWarnings() {
    CliRun run = CliRun.of("agreement", "--resamples", "0", "r.json");
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(run.err())
        .startsWith("--resamples must be at least 1, not 0\n")
        .contains("for a 95% interval")
        .doesNotContain("WARN");
  }

  /**
   * The bootstrap keeps every resample's alpha: two billion of them ran out of memory and ended
   * with a stack trace. The bound is a usage error, checked before the document is read.
   */
  @Test
  void agreement_withMoreResamplesThanTheBound_isAUsageError_namingBoth() {
    CliRun run = CliRun.of("agreement", "--resamples", "2000000000", "nowhere.json");
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(run.err())
        .startsWith("--resamples must be at most 100000, not 2000000000\n")
        .doesNotContain("Exception");
    assertThat(CliRun.of("agreement", "--help").out()).contains("(1 to 100000)");
  }

  @Test
  void agreement_withAsManyResamplesAsTheBound_runs() throws IOException {
    Path file = dir.resolve("recorded.json");
    Files.writeString(
        file,
        ReviewDocuments.write(RecordingTheProcess.synthesis().review()),
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "agreement",
            file.toString(),
            "--resamples",
            Integer.toString(MetaEthnographyCli.MAX_RESAMPLES));
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(run.err()).isEmpty();
  }

  /** Every command's name, and the empty name for the tool itself. */
  private static List<String> commands() {
    List<String> commands = new ArrayList<>();
    commands.add("");
    commands.addAll(new picocli.CommandLine(new MetaEthnographyCli()).getSubcommands().keySet());
    return commands;
  }

  private static String[] concat(String[] prefix, String last) {
    String[] all = Arrays.copyOf(prefix, prefix.length + 1);
    all[prefix.length] = last;
    return all;
  }

  @Test
  void tables_writeTheKeyConceptGrid_inTheDocumentsRowOrder() throws IOException {
    Path out = dir.resolve("tables");
    CliRun run =
        CliRun.of(
            "tables", CliRun.reference(dir).toString(), "--format", "csv", "--out", out.toString());
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
    CliRun run = CliRun.of("tables", CliRun.reference(dir).toString(), "--format", "md");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("## included-papers\n\n| reference | first_author |")
        .contains("| Total | 21489 | 1412 | 58 | 25 |");
  }

  @Test
  void figures_writeSvgDotAndMermaid() throws IOException {
    Path out = dir.resolve("figures");
    CliRun run = CliRun.of("figures", CliRun.reference(dir).toString(), "--out", out.toString());
    assertThat(run.status()).isZero();
    assertThat(Files.readString(out.resolve("conceptual-model.dot"))).startsWith("digraph");
    assertThat(Files.readString(out.resolve("conceptual-model.mmd"))).startsWith("flowchart LR");
    assertThat(out.resolve("grid-heatmap.svg")).exists();
    assertThat(out.resolve("flow.svg")).exists();
    assertThat(Files.readString(out.resolve("conceptual-model.svg")))
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"");
  }

  /**
   * The reference document states its counts and holds no records (review documents do not carry
   * records yet): its flow is Tables 2a and 2b as stated, without a provenance column.
   */
  @Test
  void flow_ofAReviewThatStatesItsCounts_printsTables2aAnd2b_andSaysItHasNoRecords()
      throws IOException {
    CliRun run = CliRun.of("flow", CliRun.reference(dir).toString());
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "## search-flow\n\n"
                + Golden.table("table2a").toMarkdown()
                + "\n## exclusions\n\n"
                + Golden.table("table2b").toMarkdown()
                + "\n## record-flow\n\n"
                + MetaEthnographyCli.NO_RECORDS
                + "\n");
  }

  /**
   * The README's recorded review ({@code RecordingTheProcess}) as a document: its flow is counted
   * from its records, and its agreement read from the votes (values worked out by hand in {@code
   * RecordingTheProcessTest}: kappa 1/6 at title and abstract; both reviewers agree on both full
   * texts).
   */
  @Test
  void flowAndAgreement_ofARecordedReview_comeFromItsRecords() throws IOException {
    Path file = dir.resolve("recorded.json");
    Files.writeString(
        file,
        ReviewDocuments.write(RecordingTheProcess.synthesis().review()),
        StandardCharsets.UTF_8);
    CliRun flow = CliRun.of("flow", file.toString(), "--format", "csv");
    assertThat(flow.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(flow.out())
        .contains("CINAHL,5,2,,1")
        .contains("full text,excluded: no qualitative data,1");
    CliRun agreement = CliRun.of("agreement", file.toString(), "--format", "csv");
    assertThat(agreement.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(agreement.err()).isEmpty();
    assertThat(agreement.out())
        .startsWith("## agreement\n\n")
        .contains("title and abstract screening,cohen's kappa,0.1667,")
        .contains("full text screening,percent agreement,1.0000,")
        .contains("## agreement-by-category\n\n");
    CliRun bootstrapped =
        CliRun.of("agreement", file.toString(), "--resamples", "200", "--seed", "7");
    assertThat(bootstrapped.out())
        .isEqualTo(
            CliRun.of("agreement", file.toString(), "--resamples", "200", "--seed", "7").out());
    assertThat(CliRun.of("agreement", file.toString(), "--resamples", "0").status())
        .isEqualTo(MetaEthnographyCli.USAGE);
  }

  @Test
  void agreement_ofAReviewWithoutRatings_saysThereAreNone() throws IOException {
    CliRun run = CliRun.of("agreement", CliRun.reference(dir).toString());
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(run.out()).isEqualTo(MetaEthnographyCli.NO_RATINGS + "\n");
  }

  @Test
  void flow_asCsv_printsEachTableAsCsv() throws IOException {
    CliRun run = CliRun.of("flow", CliRun.reference(dir).toString(), "--format", "csv");
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(run.out())
        .startsWith("## search-flow\n\n" + Golden.csv("table2a"))
        .contains("## exclusions\n\n" + Golden.csv("table2b"));
  }

  @Test
  void reproduce_writesTheMainJobsFiles() throws IOException {
    Path out = dir.resolve("reproduction");
    CliRun run = CliRun.of("reproduce", "--out", out.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("## table3")
        .endsWith("Files written to " + out.toAbsolutePath() + "\n");
    assertThat(Files.readString(out.resolve("table3.csv"))).isEqualTo(Golden.csv("table3"));
    assertThat(out.resolve("review.json")).exists();
  }

  private Path csv(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void compare_matchingTables_saysSo_withStatus0() throws IOException {
    Path computed = csv("computed.csv", "reference,Sharing\n12,1\n17,0\n");
    Path published = csv("published.csv", "Ref,Sharing\n12 ,✓\n17,\n");
    CliRun run =
        CliRun.of(
            "compare",
            computed.toString(),
            published.toString(),
            "--tick=✓",
            "--tick=1",
            "--untick=",
            "--untick=0",
            "--ignore-whitespace",
            "--rename=Ref=reference");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("no differences\n");
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.OK);
  }

  @Test
  void compare_differingTables_printsEveryDifferenceAndTheSummary_withStatus1() throws IOException {
    Path computed = csv("computed.csv", "group,reference,Sharing,Notes\nA,12,1,x\nA,17,1,y\n");
    Path published =
        csv("published.csv", "group,reference,Sharing,Hope\nA,12,1,0\nA,17,0,1\nB,23,1,1\n");
    CliRun run =
        CliRun.of(
            "compare", computed.toString(), published.toString(), "--key=group", "--key=reference");
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.DIFFERENT);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "column \"Hope\" (published column 4) is missing from the computed table\n"
                + "column \"Notes\" (computed column 4) is not in the published table\n"
                + "row (\"A\", \"17\"), column \"Sharing\": computed \"1\", published \"0\"\n"
                + "row (\"B\", \"23\") (published row 4) is missing from the computed table\n"
                + "4 differences: 1 cell differs, 1 row missing, 1 column missing,"
                + " 1 extra column\n");
  }

  @Test
  void compare_theEquivalencesAreOnlyThoseGiven() throws IOException {
    Path computed = csv("computed.csv", "k,v\na,1\nb,X\n");
    Path published = csv("published.csv", "k,v\nb,x\na,✓\n");
    assertThat(CliRun.of("compare", computed.toString(), published.toString()).out())
        .isEqualTo(
            "row \"b\" is out of order: computed row 3, published row 2\n"
                + "row \"b\", column \"v\": computed \"X\", published \"x\"\n"
                + "row \"a\", column \"v\": computed \"1\", published \"✓\"\n"
                + "3 differences: 2 cells differ, 1 row out of order\n");
    CliRun loose =
        CliRun.of(
            "compare",
            computed.toString(),
            published.toString(),
            "--ignore-case",
            "--ignore-row-order",
            "--ignore-column-order",
            "--tick=✓",
            "--tick=1");
    assertThat(loose.out()).isEqualTo("no differences\n");
    assertThat(loose.status()).isZero();
  }

  @Test
  void compare_aKeyColumnTheTablesLack_orABadRename_isAUsageError_withStatus2() throws IOException {
    Path table = csv("t.csv", "reference,Sharing\n12,1\n");
    CliRun run = CliRun.of("compare", table.toString(), table.toString(), "--key=ref");
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "row key column \"ref\" is not a column of the published table; its columns are"
                + " [reference, Sharing]\n");
    CliRun rename = CliRun.of("compare", table.toString(), table.toString(), "--rename=Sharing");
    assertThat(rename.status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(rename.err()).startsWith("--rename \"Sharing\" must be PUBLISHED=COMPUTED\n");
    CliRun ticks =
        CliRun.of("compare", table.toString(), table.toString(), "--tick=1", "--untick=1");
    assertThat(ticks.status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(ticks.err()).startsWith("unticked spellings: \"1\" already means a tick: [1]\n");
    assertThat(CliRun.of("compare", table.toString()).status()).isEqualTo(MetaEthnographyCli.USAGE);
  }

  @Test
  void compare_aMissingOrInvalidFile_isAnInputError_withStatus3_listingEveryProblem()
      throws IOException {
    Path good = csv("good.csv", "reference,Sharing\n12,1\n");
    CliRun missing = CliRun.of("compare", good.toString(), dir.resolve("nowhere.csv").toString());
    assertThat(missing.status()).isEqualTo(MetaEthnographyCli.IO);
    assertThat(missing.err())
        .isEqualTo("error: no such file: " + dir.resolve("nowhere.csv") + "\n");
    Path ragged = csv("ragged.csv", "reference,Sharing\n12\n");
    Path repeated = csv("repeated.csv", "a,a\n1,2\n");
    CliRun invalid = CliRun.of("compare", ragged.toString(), repeated.toString());
    assertThat(invalid.status()).isEqualTo(MetaEthnographyCli.IO);
    assertThat(invalid.out()).isEmpty();
    assertThat(invalid.err().lines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith("ragged.csv, row 2"))
        .anySatisfy(l -> assertThat(l).startsWith("repeated.csv, row 1, column 2 (a)"));
  }

  @Test
  void compare_printsWhatTheReadmeShows() throws IOException {
    Path computed =
        csv("computed.csv", "reference,first_author,Sharing\n12,Okafor,1\n17,Aalto,1\n");
    Path published =
        csv("published.csv", "reference,Author,Sharing\n12,Okafor,✓\n17,Aalto,\n23,Moreau,✓\n");
    CliRun run =
        CliRun.of(
            "compare",
            computed.toString(),
            published.toString(),
            "--key=reference",
            "--tick=✓",
            "--tick=1",
            "--untick=",
            "--untick=0",
            "--ignore-whitespace",
            "--rename=Author=first_author");
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.DIFFERENT);
    assertThat(run.out())
        .isEqualTo(
            "row \"17\", column \"Sharing\": computed \"1\", published \"\"\n"
                + "row \"23\" (published row 4) is missing from the computed table\n"
                + "2 differences: 1 cell differs, 1 row missing\n");
    assertThat(Files.readString(Path.of("..", "README.md"))).contains(run.out());
  }

  @Test
  void report_writesOneStandaloneHtmlFile() throws IOException {
    Path out = dir.resolve("report/review.html");
    CliRun run = CliRun.of("report", CliRun.reference(dir).toString(), "--out", out.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + out + "\n");
    assertThat(Files.readString(out))
        .startsWith("<!DOCTYPE html>")
        .contains("<svg")
        .doesNotContainPattern("(src|href)=\"https?:");
  }
}
