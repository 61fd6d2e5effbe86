package org.metaethnography.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.examples.reference.ReproducePaper;
import org.metaethnography.model.AppraisalForms;
import org.metaethnography.model.Decision;
import org.metaethnography.model.Review;

/** The command-line tool's export and import of spreadsheets, run in-process. */
final class SpreadsheetCommandsTest {
  @TempDir Path dir;

  @Test
  void exportThenImport_givesTheReviewBack() throws IOException {
    Path review = CliRun.reference(dir);
    Path sheets = dir.resolve("sheets");
    CliRun exported =
        CliRun.of("export", review.toString(), "--out", sheets.toString(), "--crlf", "--bom");
    assertThat(exported.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(exported.out().lines())
        .containsExactly(
            "wrote " + sheets.resolve("included-studies.csv"),
            "wrote " + sheets.resolve("extractions.csv"),
            "wrote " + sheets.resolve("grid.csv"),
            "wrote " + sheets.resolve("translations.csv"));
    assertThat(Files.readString(sheets.resolve("grid.csv")))
        .startsWith("\uFEFFpaper,Sense of connection,");
    Path out = dir.resolve("again.json");
    CliRun imported =
        CliRun.of(
            "import",
            review.toString(),
            "--studies",
            sheets.resolve("included-studies.csv").toString(),
            "--extractions",
            sheets.resolve("extractions.csv").toString(),
            "--grid",
            sheets.resolve("grid.csv").toString(),
            "--translations",
            sheets.resolve("translations.csv").toString(),
            "--out",
            out.toString());
    assertThat(imported.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(imported.out()).isEqualTo("wrote " + out + "\n");
    assertThat(ReviewDocuments.read(out)).isEqualTo(ReproducePaper.document());
  }

  @Test
  void theScreeningLogAndAppraisalSheet_exportAndImportTheRecords() throws IOException {
    Review review =
        MetaEthnography.review("Records")
            .reviewers("AO", "SL")
            .search("MEDLINE", s -> {})
            .appraisalForm(AppraisalForms.lettsQualitative())
            .record(
                "R1",
                r ->
                    r.foundBy("MEDLINE")
                        .titleAndAbstract(
                            s -> s.vote("AO", Decision.INCLUDE).vote("SL", Decision.INCLUDE))
                        .appraised(
                            AppraisalForms.LETTS_QUALITATIVE,
                            a -> a.by("AO", f -> f.answer("purpose", "yes").exclude())))
            .build();
    Path document = dir.resolve("records.json");
    ReviewDocuments.write(ReviewDocument.of(review), document);
    Path sheets = dir.resolve("sheets");
    assertThat(CliRun.of("export", document.toString(), "--out", sheets.toString()).out().lines())
        .containsExactly(
            "wrote " + sheets.resolve("screening.csv"), "wrote " + sheets.resolve("appraisal.csv"));
    CliRun imported =
        CliRun.of(
            "import",
            document.toString(),
            "--screening",
            sheets.resolve("screening.csv").toString(),
            "--appraisal",
            sheets.resolve("appraisal.csv").toString(),
            "--header=appraisal:Study=record");
    assertThat(imported.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(ReviewDocuments.read(imported.out()).review()).isEqualTo(review);
  }

  @Test
  void import_withoutOut_printsTheDocument_andTakesHeadersInTheTeamsWords() throws IOException {
    Path review = CliRun.reference(dir);
    Path grid = dir.resolve("ours.csv");
    Files.writeString(grid, "Study,Sense of connection\n34,x\n");
    CliRun imported =
        CliRun.of(
            "import", review.toString(), "--grid", grid.toString(), "--header=grid:Study=paper");
    assertThat(imported.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(ReviewDocuments.read(imported.out()).review().incidences())
        .extracting(Object::toString)
        .containsExactly("[34] Sense of connection");
  }

  @Test
  void import_badSheets_listsEveryProblemWithFileRowAndColumn_withStatus1() throws IOException {
    Path review = CliRun.reference(dir);
    Path grid = dir.resolve("grid.csv");
    Files.writeString(grid, "paper,Sense of connection,Hope\n34,maybe,\n");
    CliRun imported = CliRun.of("import", review.toString(), "--grid", grid.toString());
    assertThat(imported.status()).isEqualTo(MetaEthnographyCli.INVALID);
    assertThat(imported.out()).isEmpty();
    assertThat(imported.err().lines())
        .containsExactly(
            "grid.csv, row 1, column 3 (Hope): the column \"Hope\" is no key concept of the"
                + " review; the sheet's columns are [paper] and one per key concept (unknown"
                + " column)",
            "grid.csv, row 2, column 2 (Sense of connection): the cell \"maybe\" is no mark of"
                + " the grid; write x (or \u2713, 1, yes) for a ticked cell, supports, partly"
                + " supports or refutes for a stance, and nothing (or 0, no) for an empty one"
                + " (wrong value)");
  }

  @Test
  void usageErrors_haveStatus2() throws IOException {
    Path review = CliRun.reference(dir);
    assertThat(CliRun.of("import", review.toString()).status()).isEqualTo(MetaEthnographyCli.USAGE);
    assertThat(CliRun.of("import", review.toString(), "--grid", "g.csv", "--header=grid").err())
        .contains("--header \"grid\" must be SHEET:HEADER=COLUMN, SHEET one of [studies,");
    assertThat(CliRun.of("export", review.toString()).status()).isEqualTo(MetaEthnographyCli.USAGE);
  }

  @Test
  void import_aMissingSheet_isAnInputOutputError_withStatus3() throws IOException {
    CliRun imported =
        CliRun.of(
            "import",
            CliRun.reference(dir).toString(),
            "--grid",
            dir.resolve("nowhere.csv").toString());
    assertThat(imported.status()).isEqualTo(MetaEthnographyCli.IO);
    assertThat(imported.err()).startsWith("error: no such file: ");
  }
}
