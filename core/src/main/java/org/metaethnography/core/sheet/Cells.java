package org.metaethnography.core.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How values are written in cells and read from them. */
final class Cells {
  private Cells() {}

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,9}");

  /**
   * The names a cell lists: one per line when the cell has a line break, otherwise separated by
   * semicolons; each stripped of surrounding whitespace, empty ones dropped.
   */
  static List<String> names(String cell) {
    String[] parts =
        cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
            ? LINE_BREAK.split(cell)
            : cell.split(";");
    List<String> names = new ArrayList<>();
    for (String part : parts) {
      String name = part.strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /** Writes names in a cell: separated by "; ", or one per line when one holds a semicolon. */
  static String joined(List<String> names) {
    boolean semicolon = names.stream().anyMatch(n -> n.indexOf(';') >= 0);
    return String.join(semicolon ? "\n" : "; ", names);
  }

  /** Whether a cell holds a reference number (a positive integer that fits an int). */
  static boolean isNumber(String cell) {
    return NUMBER.matcher(cell).matches() && Long.parseLong(cell) <= Integer.MAX_VALUE;
  }

  /** A cell's text as a keyword: stripped, lower case, runs of whitespace one space. */
  static String word(String cell) {
    return cell.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
