package org.metaethnography.core.internal;

import java.util.Locale;

/** A value as a message quotes it: on one line, and cut short when long. */
public final class Quoted {
  private Quoted() {}

  /** The most characters of a value a message shows. */
  public static final int SHOWN = 60;

  /**
   * Returns {@code value} in double quotes, line breaks and tabs written {@code \n}, {@code \r},
   * {@code \t}, other control and invisible characters as their code points ({@code <U+FEFF>}), and
   * a value longer than {@link #SHOWN} characters cut there with its length after it: {@code
   * "Sharing"}, {@code "A very long ..." (1,204 characters)}.
   *
   * @param value the value
   * @return the value as a message shows it
   */
  public static String shown(String value) {
    String cut = value.length() <= SHOWN ? value : value.substring(0, SHOWN);
    StringBuilder escaped = new StringBuilder(cut.length());
    cut.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                  // Other control characters and invisible ones (a byte order mark, a zero-width
                  // space) are named, so that a message shows what is there.
                  if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    escaped.append(String.format(Locale.ROOT, "<U+%04X>", c));
                  } else {
                    escaped.appendCodePoint(c);
                  }
                }
              }
            });
    return value.length() <= SHOWN
        ? "\"" + escaped + "\""
        : String.format(Locale.ROOT, "\"%s...\" (%,d characters)", escaped, value.length());
  }
}
