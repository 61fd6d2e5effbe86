package org.metaethnography.examples.quickstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The README's code blocks, as the example programs hold them between region markers. */
final class Readme {
  private Readme() {}

  /** The README's text. */
  static String text() throws IOException {
    return Files.readString(Path.of("..", "README.md"));
  }

  /**
   * The code block the README must show for a region of an example: the lines between {@code //
   * <region>:begin} and {@code // <region>:end} of {@code example} (a file of this package),
   * unindented by the method body's four spaces, fenced as Java.
   */
  static String block(String example, String region) throws IOException {
    return block(Path.of("src/main/java/org/metaethnography/examples/quickstart", example), region);
  }

  /** The code block of a region of {@code example}, a test of this package, as {@link #block}. */
  static String testBlock(String example, String region) throws IOException {
    return block(Path.of("src/test/java/org/metaethnography/examples/quickstart", example), region);
  }

  private static String block(Path example, String region) throws IOException {
    String source = Files.readString(example);
    String begin = "// " + region + ":begin\n";
    String code =
        source.substring(
            source.indexOf(begin) + begin.length(), source.indexOf("    // " + region + ":end"));
    return "```java\n"
        + code.lines().map(l -> l.replaceFirst("^    ", "")).collect(Collectors.joining("\n"))
        + "\n```\n";
  }
}
