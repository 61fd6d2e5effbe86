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

  /**
   * Writes names in a cell: separated by "; ", or one per line when one holds a semicolon (a single
   * such name followed by a line break, so that it reads back whole).
   */
  static String joined(List<String> names) {
    if (names.stream().noneMatch(n -> n.indexOf(';') >= 0)) {
      return String.join("; ", names);
    }
    return String.join("\n", names) + (names.size() == 1 ? "\n" : "");
  }

  /**
   * Whether {@code value} can be listed in a cell: it is not blank, holds no line break and neither
   * begins nor ends with whitespace.
   */
  static boolean listable(String value) {
    return !value.isBlank()
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0
        && value.strip().equals(value);
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
