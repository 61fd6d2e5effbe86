package org.metaethnography.core.io;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one file through {@link OutputFiles}, in a JVM of its own: {@code WriteOneFile FILE}. */
public final class WriteOneFile {
  private WriteOneFile() {}

  /**
   * Writes a line of text to the file named by the first argument.
   *
   * @param args the file
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    OutputFiles.write(Path.of(args[0]), "written\n");
  }
}
