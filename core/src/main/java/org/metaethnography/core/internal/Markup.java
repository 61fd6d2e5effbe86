package org.metaethnography.core.internal;

/** Text in the markup the renderers write: SVG (XML) and HTML. */
public final class Markup {
  private Markup() {}

  /**
   * Escapes text for an element or a double-quoted attribute of XML or HTML: {@code &}, {@code <},
   * {@code >} and {@code "} as character references, and the characters XML 1.0 does not allow
   * (control characters other than tab and line breaks, U+FFFE, U+FFFF, a surrogate that is not
   * half of a pair) left out.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> {
          // XML 1.0 allows neither other control characters, nor U+FFFE and U+FFFF, nor a
          // surrogate that is not half of a pair; they are left out.
          boolean paired =
              Character.isHighSurrogate(c)
                  ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                  : !Character.isLowSurrogate(c)
                      || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
          if ((c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
              && c != '\uFFFE'
              && c != '\uFFFF'
              && paired) {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
