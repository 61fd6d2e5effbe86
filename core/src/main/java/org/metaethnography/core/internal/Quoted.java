package org.metaethnography.core.internal;

import java.util.Locale;

/** A value as a message quotes it: on one line, and cut short when long. */
public final class Quoted {
  private Quoted() {}

  /** The most characters of a value a message shows. */
  public static final int SHOWN = 60;

  /**
   * Returns {@code value} in double quotes, line breaks and tabs written {@code \n}, {@code \r},
   * {@code \t}, and a value longer than {@link #SHOWN} characters cut there with its length after
   * it: {@code "Sharing"}, {@code "A very long ..." (1,204 characters)}.
   *
   * @param value the value
   * @return the value as a message shows it
   */
  public static String shown(String value) {
    String cut = value.length() <= SHOWN ? value : value.substring(0, SHOWN);
    String escaped = cut.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    return value.length() <= SHOWN
        ? "\"" + escaped + "\""
        : String.format(Locale.ROOT, "\"%s...\" (%,d characters)", escaped, value.length());
  }
}
