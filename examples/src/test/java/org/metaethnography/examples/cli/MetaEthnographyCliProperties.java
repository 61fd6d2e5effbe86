package org.metaethnography.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.model.testing.ReviewGenerators;

/** The command-line tool over generated reviews of every shape the model holds. */
final class MetaEthnographyCliProperties {
  @Test
  void everyDocumentThatValidates_rendersItsTablesAndFigures(@TempDir Path dir) {
    qt().withExamples(100)
        .forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              try {
                Path file = Files.createTempFile(dir, "review", ".json");
                ReviewDocuments.write(
                    org.metaethnography.core.document.ReviewDocument.of(review), file);
                for (String[] command :
                    new String[][] {
                      {"validate", file.toString()},
                      {"tables", file.toString(), "--format", "md"},
                      {"tables", file.toString(), "--out", dir.resolve("t").toString()},
                      {"figures", file.toString(), "--out", dir.resolve("f").toString()}
                    }) {
                  StringWriter err = new StringWriter();
                  int status =
                      MetaEthnographyCli.run(
                          new PrintWriter(new StringWriter()), new PrintWriter(err), command);
                  assertThat(status).as("%s: %s", command[0], err).isZero();
                  assertThat(err.toString()).as(command[0]).isEmpty();
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
