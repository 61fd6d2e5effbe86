package org.metaethnography.core.refi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;

/**
 * Reads a codebook that another QDA tool (NVivo, ATLAS.ti, MAXQDA, QualCoder, ...) exported as a
 * REFI-QDA {@code .qdc} file, for a review team that built its codebook there and synthesises here.
 * What the codes mean for the review is described in {@link Codebook}.
 *
 * <p>Two readers: {@link #strict()} holds the file to every rule of the standard's codebook schema
 * (Codebook.xsd, QDA-XML 1.0), checked in Java: the namespace {@code urn:QDA-XML:codebook:1.0}, the
 * elements in their order and number, no element or attribute the schema does not know, no text
 * between elements, every required attribute ({@code guid}, {@code name}, {@code isCodable} of a
 * code; {@code guid} and {@code name} of a set; {@code guid} of a member code) and each value of
 * its type (a GUID of 8-4-4-4-12 hexadecimal digits, optionally in braces; {@code true}, {@code
 * false}, {@code 1} or {@code 0}; a colour {@code #RRGGBB} or {@code #RGB}). {@link #lenient()}
 * reads the slightly non-conforming files tools in the field write: no namespace, elements and
 * attributes it does not know (skipped), elements out of order, a code without a GUID or {@code
 * isCodable}, a member code that names its code by {@code targetGUID}. Both refuse what they cannot
 * read with sense: a file that is not XML, a root other than {@code CodeBook}, a code or set
 * without a name, a colour not of the standard's form, two codes with one GUID, a member code that
 * names no code, codes nested deeper than theme, key concept and raw concept.
 *
 * <p>The file may come from anyone: a DOCTYPE is refused where it begins (so no entity is ever
 * declared, expanded or fetched), the parser runs with secure processing and resolves nothing
 * external, nesting and size are bounded ({@value #MAX_BYTES} bytes). Every problem is reported at
 * once in an {@link InvalidCodebookException}, each with the element's path, line and column.
 *
 * <pre>{@code
 * Codebook codebook = CodebookReader.lenient().read(Path.of("codebook.qdc"));
 * }</pre>
 */
public final class CodebookReader {
  /** The largest file read, in bytes: far above any codebook. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final String NAMESPACE = ReviewCodes.CODEBOOK_NAMESPACE;

  private static final Pattern COLOUR = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");

  private static final Pattern BOOLEAN = Pattern.compile("true|false|1|0");

  /** How deep codes nest: theme, key concept, raw concept. */
  private static final int LEVELS = 3;

  private static final CodebookReader STRICT = new CodebookReader(true);
  private static final CodebookReader LENIENT = new CodebookReader(false);

  private final boolean strict;

  private CodebookReader(boolean strict) {
    this.strict = strict;
  }

  /**
   * Returns the reader that holds a file to every rule of the standard's schema; for files from
   * tools known to write them exactly, and to check a file before sending it on.
   *
   * <pre>{@code
   * Codebook codebook = CodebookReader.strict().read(Path.of("codebook.qdc"));
   * }</pre>
   *
   * @return the strict reader
   */
  public static CodebookReader strict() {
    return STRICT;
  }

  /**
   * Returns the reader that accepts the slightly non-conforming files tools in the field write (see
   * the class description); for codebooks exported from another tool.
   *
   * <pre>{@code
   * Codebook codebook = CodebookReader.lenient().read(Path.of("from-nvivo.qdc"));
   * }</pre>
   *
   * @return the lenient reader
   */
  public static CodebookReader lenient() {
    return LENIENT;
  }

  /**
   * Reads the codebook file {@code file}.
   *
   * @param file a {@code .qdc} file
   * @return the codebook
   * @throws IOException if the file cannot be read
   * @throws InvalidCodebookException if the file breaks a rule this reader holds it to (see the
   *     class description), with every problem found
   */
  public Codebook read(Path file) throws IOException {
    String name = String.valueOf(file.getFileName());
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    return read(name, bytes);
  }

  /**
   * Reads a codebook from its XML text, for example one a program received rather than a file.
   *
   * <pre>{@code
   * Codebook codebook = CodebookReader.strict().parse(RefiQda.codebook(review));
   * }</pre>
   *
   * @param xml the text of a {@code .qdc} file; its declaration, if any, should name UTF-8
   * @return the codebook
   * @throws InvalidCodebookException if the text breaks a rule this reader holds it to (see the
   *     class description), with every problem found
   */
  public Codebook parse(String xml) {
    return read("(text)", xml.getBytes(StandardCharsets.UTF_8));
  }

  private Codebook read(String name, byte[] bytes) {
    // The same limit for text as for files: longer, it is refused unread.
    if (bytes.length > MAX_BYTES) {
      throw new InvalidCodebookException(
          name,
          List.of(
              new CodebookProblem(
                  "", 0, 0, "too large", "the codebook is longer than " + MAX_BYTES + " bytes")));
    }
    List<CodebookProblem> problems = new ArrayList<>();
    Optional<XmlTree.Element> root = XmlTree.parse(bytes, problems);
    Codebook codebook = root.map(r -> new Checked(r, problems).codebook()).orElse(null);
    if (!problems.isEmpty()) {
      throw new InvalidCodebookException(name, problems);
    }
    return Objects.requireNonNull(codebook);
  }

  /** An element the schema allows at a place, with how often. */
  private record Slot(String name, int min, int max) {}

  private static final int MANY = Integer.MAX_VALUE;

  /** One reading: the checks of one file, the problems they find and the codebook they make. */
  private final class Checked {
    private final XmlTree.Element root;
    private final List<CodebookProblem> problems;

    /** Each code's element by its GUID (as compared), and the code read from it. */
    private final Map<String, XmlTree.Element> byGuid = new HashMap<>();

    private final Map<XmlTree.Element, Codebook.Code> codes = new HashMap<>();

    /** The codes at the top of the file that have no codes under them. */
    private final List<XmlTree.Element> topLeaves = new ArrayList<>();

    Checked(XmlTree.Element root, List<CodebookProblem> problems) {
      this.root = root;
      this.problems = problems;
    }

    Codebook codebook() {
      if (!root.name.equals("CodeBook") || !accepted(root.namespace)) {
        problems.add(
            root.problem(
                "wrong root",
                "the root element is "
                    + qualified(root)
                    + ", not CodeBook in namespace "
                    + NAMESPACE
                    + " (is it a codebook?)"));
        return null;
      }
      if (strict && root.namespace.isEmpty()) {
        problems.add(
            root.problem("wrong namespace", "CodeBook has no namespace; it must be " + NAMESPACE));
      }
      Map<String, List<XmlTree.Element>> parts =
          children(
              root, Set.of("origin"), List.of(new Slot("Codes", 1, 1), new Slot("Sets", 0, 1)));
      ImmutableList.Builder<Codebook.Code> top = ImmutableList.builder();
      for (XmlTree.Element list : parts.getOrDefault("Codes", List.of())) {
        for (XmlTree.Element code :
            children(list, Set.of(), List.of(new Slot("Code", 1, MANY)))
                .getOrDefault("Code", List.of())) {
          top.add(code(code, 1));
          if (code.children.stream().noneMatch(c -> ours(c) && c.name.equals("Code"))) {
            topLeaves.add(code);
          }
        }
      }
      ImmutableListMultimap.Builder<String, String> sets = ImmutableListMultimap.builder();
      Map<String, String> setAside = new LinkedHashMap<>();
      for (XmlTree.Element list : parts.getOrDefault("Sets", List.of())) {
        for (XmlTree.Element set :
            children(list, Set.of(), List.of(new Slot("Set", 1, MANY)))
                .getOrDefault("Set", List.of())) {
          set(set, sets, setAside);
        }
      }
      return new Codebook(
          root.attribute("origin"), top.build(), sets.build(), ImmutableMap.copyOf(setAside));
    }

    private Codebook.Code code(XmlTree.Element element, int level) {
      Map<String, List<XmlTree.Element>> parts =
          children(
              element,
              Set.of("guid", "name", "isCodable", "color"),
              List.of(new Slot("Description", 0, 1), new Slot("Code", 0, MANY)));
      String name = required(element, "name", true).orElse("");
      Optional<String> guid = required(element, "guid", strict);
      guid.ifPresent(
          g -> {
            if (strict && !Guids.valid(g)) {
              problems.add(
                  element.problem(
                      "wrong value", "guid \"" + g + "\" is not a GUID (8-4-4-4-12 hex digits)"));
            }
            XmlTree.Element earlier = byGuid.putIfAbsent(Guids.canonical(g), element);
            if (earlier != null) {
              problems.add(
                  element.problem(
                      "duplicate GUID",
                      "code \""
                          + name
                          + "\" has GUID "
                          + g
                          + ", which "
                          + earlier.path
                          + " has too"));
            }
          });
      required(element, "isCodable", strict)
          .filter(v -> strict && !BOOLEAN.matcher(v).matches())
          .ifPresent(
              v ->
                  problems.add(
                      element.problem(
                          "wrong value", "isCodable \"" + v + "\" is not true, false, 1 or 0")));
      Optional<String> colour = element.attribute("color");
      colour
          .filter(c -> !COLOUR.matcher(c).matches())
          .ifPresent(
              c ->
                  problems.add(
                      element.problem(
                          "wrong value",
                          "color \"" + c + "\" is not of the form #RRGGBB or #RGB")));
      List<XmlTree.Element> below = parts.getOrDefault("Code", List.of());
      if (level == LEVELS && !below.isEmpty()) {
        problems.add(
            below
                .get(0)
                .problem(
                    "nested too deep",
                    "code \""
                        + name
                        + "\" is a raw concept (the third level: theme, key concept, raw"
                        + " concept), so it cannot have codes under it"));
        below = List.of();
      }
      ImmutableList.Builder<Codebook.Code> children = ImmutableList.builder();
      for (XmlTree.Element child : below) {
        children.add(code(child, level + 1));
      }
      Codebook.Code code =
          new Codebook.Code(
              name,
              guid,
              parts.getOrDefault("Description", List.of()).stream()
                  .findFirst()
                  .map(d -> d.text.toString())
                  .filter(d -> !d.isBlank()),
              colour.filter(c -> COLOUR.matcher(c).matches()),
              children.build());
      codes.put(element, code);
      return code;
    }

    private void set(
        XmlTree.Element element,
        ImmutableListMultimap.Builder<String, String> sets,
        Map<String, String> setAside) {
      Map<String, List<XmlTree.Element>> parts =
          children(
              element,
              Set.of("guid", "name"),
              List.of(new Slot("Description", 0, 1), new Slot("MemberCode", 0, MANY)));
      String name = required(element, "name", true).orElse("");
      Optional<String> guid = required(element, "guid", strict);
      guid.filter(g -> strict && !Guids.valid(g))
          .ifPresent(
              g ->
                  problems.add(
                      element.problem(
                          "wrong value",
                          "guid \"" + g + "\" is not a GUID (8-4-4-4-12 hex digits)")));
      boolean asideSet =
          guid.filter(Guids::valid)
              .map(Guids::canonical)
              .filter(g -> g.equals(Guids.of(Guids.Kind.SET_ASIDE, name)))
              .isPresent();
      for (XmlTree.Element member : parts.getOrDefault("MemberCode", List.of())) {
        children(member, strict ? Set.of("guid") : Set.of("guid", "targetGUID"), List.of());
        Optional<String> target =
            strict
                ? required(member, "guid", true)
                : member.attribute("guid").or(() -> member.attribute("targetGUID"));
        if (!strict && target.isEmpty()) {
          problems.add(
              member.problem("required attribute", "MemberCode has no guid (nor targetGUID)"));
        }
        target.ifPresent(
            t -> {
              XmlTree.Element code = byGuid.get(Guids.canonical(t));
              if (code == null) {
                problems.add(
                    member.problem(
                        "dangling reference",
                        "set \"" + name + "\" has member " + t + ", which is no code's GUID"));
                return;
              }
              String codeName = codes.get(code).name();
              sets.put(name, codeName);
              if (asideSet && topLeaves.contains(code)) {
                setAside.putIfAbsent(codeName, name);
              }
            });
      }
    }

    /**
     * Checks an element's attributes, text and child elements against the schema's, and returns the
     * children this reader reads, by name.
     */
    private Map<String, List<XmlTree.Element>> children(
        XmlTree.Element element, Set<String> attributes, List<Slot> slots) {
      if (strict) {
        for (XmlTree.Attribute attribute : element.attributes) {
          boolean known =
              attribute.namespace().isEmpty()
                  ? attributes.contains(attribute.name())
                  : attribute.namespace().equals(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
          if (!known) {
            problems.add(
                element.problem(
                    "unknown attribute",
                    element.name
                        + " has attribute "
                        + (attribute.namespace().isEmpty()
                            ? attribute.name()
                            : "{" + attribute.namespace() + "}" + attribute.name())
                        + ", which the schema does not allow there"));
          }
        }
        if (element.hasText()) {
          problems.add(element.problem("text not allowed", element.name + " holds text"));
        }
      }
      Map<String, List<XmlTree.Element>> found = new LinkedHashMap<>();
      int slot = 0;
      Map<String, Integer> counts = new HashMap<>();
      for (XmlTree.Element child : element.children) {
        int at = indexOf(slots, child);
        if (at < 0) {
          if (strict) {
            problems.add(
                child.problem(
                    "unknown element", qualified(child) + " is not allowed in " + element.name));
          }
          continue;
        }
        if (strict && at < slot) {
          problems.add(
              child.problem(
                  "element out of order",
                  child.name
                      + " must come before "
                      + slots.get(slot).name()
                      + " in "
                      + element.name));
        }
        slot = Math.max(slot, at);
        int count = counts.merge(child.name, 1, Integer::sum);
        if (count > slots.get(at).max()) {
          problems.add(
              child.problem(
                  "repeated element", element.name + " may hold one " + child.name + " only"));
          continue;
        }
        found.computeIfAbsent(child.name, n -> new ArrayList<>()).add(child);
      }
      if (strict) {
        for (Slot s : slots) {
          if (counts.getOrDefault(s.name(), 0) < s.min()) {
            problems.add(
                element.problem("missing element", element.name + " must hold a " + s.name()));
          }
        }
      }
      return found;
    }

    private int indexOf(List<Slot> slots, XmlTree.Element child) {
      if (!ours(child)) {
        return -1;
      }
      for (int i = 0; i < slots.size(); i++) {
        if (slots.get(i).name().equals(child.name)) {
          return i;
        }
      }
      return -1;
    }

    /** Reads a required attribute; reports it missing if {@code report}. */
    private Optional<String> required(XmlTree.Element element, String name, boolean report) {
      Optional<String> value = element.attribute(name);
      if (value.isEmpty() && report) {
        problems.add(
            element.problem("required attribute", element.name + " has no " + name + " attribute"));
      }
      return value;
    }

    /** Whether an element is in the codebook's namespace (or, when lenient, in none). */
    private boolean ours(XmlTree.Element element) {
      return element.namespace.equals(root.namespace);
    }

    private boolean accepted(String namespace) {
      return namespace.equals(NAMESPACE) || namespace.isEmpty();
    }
  }

  private static String qualified(XmlTree.Element element) {
    return element.namespace.isEmpty()
        ? element.name
        : "{" + element.namespace + "}" + element.name;
  }
}
