package org.metaethnography.core.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identifiers (GUIDs) of what the library writes in REFI-QDA files. Each is a name-based UUID
 * (version 3, RFC 4122) of this library's namespace, the kind of thing and its name, so that the
 * same review exports the same GUIDs every time and a tool that imports the file again recognises
 * its codes. None is random.
 */
final class Guids {
  private Guids() {}

  /** The namespace of every GUID the library makes, so that they differ from other tools'. */
  private static final String NAMESPACE = "org.metaethnography.refi";

  /** A GUID as the standard writes it: 8-4-4-4-12 hexadecimal digits, optionally in braces. */
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
              + "|\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}");

  /** The kinds of thing a GUID names. */
  enum Kind {
    THEME,
    KEY_CONCEPT,
    CONCEPT,
    SET_ASIDE,
    SET,
    PAPER,
    VARIABLE,
    NOTE,
    GRAPH,
    VERTEX,
    EDGE;
  }

  /**
   * Returns the GUID of the {@code kind} named {@code name}, for example of the key concept named
   * "Sharing".
   */
  static String of(Kind kind, String name) {
    byte[] bytes =
        (NAMESPACE + '\u0000' + kind.name() + '\u0000' + name).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(bytes).toString();
  }

  /** Whether {@code text} is a GUID as the standard's GUIDType allows it. */
  static boolean valid(String text) {
    return GUID.matcher(text).matches();
  }

  /** The GUID without braces, in lower case, to compare GUIDs however a tool writes them. */
  static String canonical(String guid) {
    String bare =
        guid.startsWith("{") && guid.endsWith("}") ? guid.substring(1, guid.length() - 1) : guid;
    return bare.toLowerCase(Locale.ROOT);
  }
}
