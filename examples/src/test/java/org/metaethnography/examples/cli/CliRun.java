package org.metaethnography.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.examples.reference.ReproducePaper;

/**
 * What a run of the command-line tool in-process printed and returned.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int status, String out, String err) {
  /** Runs the tool with {@code args}. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = MetaEthnographyCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** Writes the reference review's document into {@code dir} as {@code review.json}. */
  static Path reference(Path dir) throws IOException {
    Path file = dir.resolve("review.json");
    ReviewDocuments.write(ReproducePaper.document(), file);
    return file;
  }
}
