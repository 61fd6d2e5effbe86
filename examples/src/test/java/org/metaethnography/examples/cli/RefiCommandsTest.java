package org.metaethnography.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.model.Review;

/** The command-line tool's REFI-QDA commands, run in-process. */
final class RefiCommandsTest {
  @TempDir Path dir;

  @Test
  void exportRefi_thenImportCodebook_givesTheReviewsCodes() throws IOException {
    Path review = CliRun.reference(dir);
    Path qda = dir.resolve("qda");
    CliRun exported = CliRun.of("export-refi", review.toString(), "--out", qda.toString());
    assertThat(exported.status()).isEqualTo(MetaEthnographyCli.OK);
    assertThat(exported.out().lines())
        .containsExactly(
            "wrote " + qda.resolve("codebook.qdc"), "wrote " + qda.resolve("project.qdpx"));
    // A ZIP archive begins with "PK".
    assertThat(Files.readAllBytes(qda.resolve("project.qdpx"))).startsWith(0x50, 0x4B);
    CliRun imported =
        CliRun.of(
            "import-codebook",
            qda.resolve("codebook.qdc").toString(),
            "--title",
            "Codes",
            "--strict");
    assertThat(imported.err()).isEmpty();
    assertThat(imported.status()).isEqualTo(MetaEthnographyCli.OK);
    Review codes = ReviewDocuments.read(imported.out()).review();
    // Worked from the reference review: 13 key concepts, 36 raw concepts, 13 translations.
    assertThat(codes.title()).isEqualTo("Codes");
    assertThat(codes.keyConcepts()).hasSize(13);
    assertThat(codes.concepts()).hasSize(36);
    assertThat(codes.papers()).isEmpty();
  }

  @Test
  void importCodebook_refusesHostileXml_withStatus1() throws IOException {
    Path hostile = dir.resolve("hostile.qdc");
    Files.writeString(
        hostile,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>&x;</Codes></CodeBook>\n");
    CliRun imported = CliRun.of("import-codebook", hostile.toString(), "--title", "T");
    assertThat(imported.status()).isEqualTo(MetaEthnographyCli.INVALID);
    assertThat(imported.out()).isEmpty();
    assertThat(imported.err()).contains("DOCTYPE").doesNotContain("root:");
  }

  @Test
  void flatOrEmptyCodebooks_andReviewsWithoutCodes_areInputErrors() throws IOException {
    Path flat = dir.resolve("flat.qdc");
    Files.writeString(
        flat,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">"
            + "<Codes><Code guid=\"0A1B2C3D-0000-4000-8000-000000000001\" name=\"code1\""
            + " isCodable=\"true\"/></Codes></CodeBook>\n");
    CliRun flatRun = CliRun.of("import-codebook", flat.toString(), "--title", "T");
    assertThat(flatRun.status()).isEqualTo(MetaEthnographyCli.INVALID);
    assertThat(flatRun.err()).contains("the codebook is flat");
    Path empty = dir.resolve("empty.qdc");
    Files.writeString(empty, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>\n");
    CliRun emptyRun = CliRun.of("import-codebook", empty.toString(), "--title", "T");
    assertThat(emptyRun.status()).isEqualTo(MetaEthnographyCli.INVALID);
    assertThat(emptyRun.err()).contains("the codebook holds no code");
    Path bare = dir.resolve("bare.json");
    Files.writeString(
        bare, "{\"format\": \"metaethnography-review\", \"version\": 1, \"title\": \"E\"}");
    CliRun bareRun =
        CliRun.of("export-refi", bare.toString(), "--out", dir.resolve("q").toString());
    assertThat(bareRun.status()).isEqualTo(MetaEthnographyCli.INVALID);
    assertThat(bareRun.err()).startsWith("error: ");
  }

  @Test
  void importCodebook_anUnknownEncoding_isAnInputError() throws IOException {
    Path odd = dir.resolve("odd.qdc");
    Files.writeString(odd, "<?xml version=\"1.0\" encoding=\"utf-9\"?><CodeBook/>");
    CliRun run = CliRun.of("import-codebook", odd.toString(), "--title", "T");
    assertThat(run.status()).isEqualTo(MetaEthnographyCli.INVALID);
    assertThat(run.err()).contains("malformed XML");
  }
}
