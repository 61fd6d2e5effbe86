package org.metaethnography.core.figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The widths of text in the font the figures name (Liberation Sans, metric-compatible with Arial
 * and Helvetica), from a table of advance widths measured once with the JDK's font metrics and
 * shipped in the jar, so that the geometry is the same on every machine, with or without fonts
 * installed, and is what a browser draws. A character the table lacks counts as one em, so that
 * text is never measured short.
 */
final class TextMetrics {
  /** The font family an SVG names: Liberation Sans, or a font with its metrics. */
  static final String FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

  /** Height of a line of text, in ems (ascent 0.905, descent 0.212, and a little leading). */
  static final double LINE = 1.2;

  /** The part of a line above the baseline, in ems. */
  static final double ASCENT = 0.905;

  private static final int UNITS = 2048;
  private static final int[] REGULAR = new int[0x2213];
  private static final int[] BOLD = new int[0x2213];

  static {
    java.util.Arrays.fill(REGULAR, UNITS);
    java.util.Arrays.fill(BOLD, UNITS);
    try (InputStream in = TextMetrics.class.getResourceAsStream("liberation-sans-widths.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split(" ");
        int c = Integer.parseInt(parts[0], 16);
        REGULAR[c] = Integer.parseInt(parts[1]);
        BOLD[c] = Integer.parseInt(parts[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TextMetrics() {}

  /** The width of {@code text} at {@code size} (the font size in user units). */
  static double width(String text, double size, boolean bold) {
    int[] widths = bold ? BOLD : REGULAR;
    long units = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      units += c < widths.length ? widths[c] : UNITS;
      i += Character.charCount(c);
    }
    return units * size / UNITS;
  }

  /**
   * {@code text} broken into lines no wider than {@code width} at {@code size}, at spaces; a word
   * wider than that has a line of its own. Line breaks in the text are kept.
   */
  static List<String> wrap(String text, double width, double size, boolean bold) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\r\n|\r|\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        String longer = line.length() == 0 ? word : line + " " + word;
        if (line.length() > 0 && width(longer, size, bold) > width) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(longer);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The width of the widest of {@code lines}. */
  static double widest(List<String> lines, double size, boolean bold) {
    double widest = 0;
    for (String line : lines) {
      widest = Math.max(widest, width(line, size, bold));
    }
    return widest;
  }
}
