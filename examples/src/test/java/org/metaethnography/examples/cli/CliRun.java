package org.metaethnography.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.examples.reference.ReproducePaper;

/**
 * What a run of the command-line tool in-process printed and returned.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error: first anything written to the process's standard error
 *     during the run (picocli's warnings go there, not to the tool's error stream), then what the
 *     tool wrote to its error stream
 */
record CliRun(int status, String out, String err) {
  /** Runs the tool with {@code args}. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    PrintStream systemErr = System.err;
    System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = MetaEthnographyCli.run(new PrintWriter(out), new PrintWriter(err), args);
    } finally {
      System.setErr(systemErr);
    }
    return new CliRun(status, out.toString(), stray.toString(StandardCharsets.UTF_8) + err);
  }

  /** Writes the reference review's document into {@code dir} as {@code review.json}. */
  static Path reference(Path dir) throws IOException {
    Path file = dir.resolve("review.json");
    ReviewDocuments.write(ReproducePaper.document(), file);
    return file;
  }
}
