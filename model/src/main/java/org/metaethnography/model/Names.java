package org.metaethnography.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * The rules every name of a review follows (of a stakeholder, phase, concept, key concept, study,
 * search, ...): it is stored in Unicode normalisation form C, so that two spellings of one
 * character are one name and look-ups stay exact; it is not blank; it neither begins nor ends with
 * whitespace of any kind (a non-breaking space included); and it holds no control character (a lone
 * carriage return included).
 */
final class Names {
  private Names() {}

  /** Returns {@code name} in Unicode normalisation form C. */
  static String nfc(String name) {
    if (belowCombiningMarks(name)) {
      return name;
    }
    return Normalizer.isNormalized(name, Normalizer.Form.NFC)
        ? name
        : Normalizer.normalize(name, Normalizer.Form.NFC);
  }

  /**
   * Returns why {@code name} cannot be the name of a {@code kind}, or null if it can: for example
   * {@code stakeholder name "Nurses " must not begin or end with whitespace}.
   */
  /**
   * Whether every character of {@code text} comes before U+0300, where the combining marks begin:
   * such text is in every normalisation form already.
   */
  private static boolean belowCombiningMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }

  static String problem(String kind, String name) {
    boolean blank = true;
    int control = -1;
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      blank &= isSpace(codePoint);
      if (control < 0 && Character.isISOControl(codePoint)) {
        control = codePoint;
      }
      i += Character.charCount(codePoint);
    }
    if (blank) {
      return kind + " name must not be blank";
    }
    if (control >= 0) {
      return String.format(
          "%s name \"%s\" must not contain the control character %s",
          kind, printable(name), codePoint(control));
    }
    int first = name.codePointAt(0);
    int last = name.codePointBefore(name.length());
    if (isSpace(first) || isSpace(last)) {
      int space = isSpace(first) ? first : last;
      return String.format(
          "%s name \"%s\" must not begin or end with whitespace (%s)",
          kind, name, codePoint(space));
    }
    return null;
  }

  /**
   * Whether {@code codePoint} is whitespace of any kind, a non-breaking space included, or an
   * invisible formatting character such as a zero-width space, which would make two names look
   * alike.
   */
  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT;
  }

  /** The key under which names that differ only in case coincide. */
  static String caseKey(String name) {
    return name.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** Returns {@code text} with control characters shown as their code points. */
  static String printable(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                shown.append('<').append(codePoint(c)).append('>');
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString();
  }

  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }

  /**
   * The first {@code shown} of {@code items} joined by {@code ", "}, then how many more there are
   * ({@code a, b, and 3 more}), so that a message stays bounded however long the list.
   */
  static String firstOf(Collection<String> items, int shown) {
    // Only the items shown are read: a lazy view of a long list is written for those alone.
    StringBuilder listed = new StringBuilder();
    int written = 0;
    for (String item : items) {
      if (written == shown) {
        break;
      }
      listed.append(written++ > 0 ? ", " : "").append(item);
    }
    if (items.size() > shown) {
      listed.append(", and ").append(items.size() - shown).append(" more");
    }
    return listed.toString();
  }

  /**
   * A constant in lower-case words, as messages name it: {@code PARTLY_SUPPORTS} is {@code partly
   * supports}.
   */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
