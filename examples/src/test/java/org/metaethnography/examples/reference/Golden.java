package org.metaethnography.examples.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.metaethnography.core.sheet.Spreadsheets;
import org.metaethnography.core.table.Table;

/** Reads the golden tables transcribed by hand from the paper (see golden/README.md). */
public final class Golden {
  private Golden() {}

  /**
   * The golden table {@code golden/<name>.csv}, read as any user's transcription is read.
   *
   * @param name the table's name, for example {@code table3}
   * @return the table
   */
  public static Table table(String name) {
    return Spreadsheets.readTable(name + ".csv", csv(name));
  }

  /** The CSV text of {@code golden/<name>.csv} without its leading provenance comments. */
  public static String csv(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name + ".csv")) {
      if (in == null) {
        throw new IllegalStateException("no golden table " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().dropWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"))
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
