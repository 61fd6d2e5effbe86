package org.metaethnography.core.refi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.metaethnography.core.ReviewBuilder;

/**
 * A codebook read from a REFI-QDA file, in the words of the method: what a review team brings over
 * from the tool where it coded its papers, to combine with the rest of its review.
 *
 * <p>The nesting of the codes says what each is. A code at the top with no codes under it is a raw
 * concept that the codebook translates into no key concept; a code at the top whose codes have none
 * under them is a key concept, and the codes under it are the raw concepts translated into it; a
 * code at the top with codes two levels under it is a theme, the codes under it its key concepts
 * and the codes under those their raw concepts. Deeper nesting is refused when the file is read. A
 * code this library wrote keeps its kind whatever its nesting, as its GUID names its kind (a key
 * concept into which no raw concept is translated is a key concept still). Descriptions are
 * definitions; a code without one has none (a blank description counts as none). A raw concept at
 * the top that is a member of a set of raw concepts set aside (as {@link RefiQda#codebook} writes
 * them, recognised by the set's GUID) is set aside for the reason the set's name gives. Colours,
 * which the review itself does not hold, are kept in {@link #colours()}; every set, in {@link
 * #sets()}. Nothing the file does not say is made up: no order, perspective, phase or kind of
 * translation.
 *
 * <p>The codebook does not check what it holds against the method (two codes of one name, a key
 * concept without raw concepts, a raw concept translated into nothing): {@link
 * #describeInto(ReviewBuilder)} hands it to a review, whose validation reports every such problem
 * when it is built.
 *
 * <pre>{@code
 * Codebook codebook = CodebookReader.lenient().read(Path.of("codebook.qdc"));
 * Review review = codebook.describeInto(MetaEthnography.review("Carers' experience of respite care"))
 *     .paper(12, p -> p.by("Okafor N").year(2019))
 *     .found("Time for oneself", 12)
 *     .grid(12, "Respite")
 *     .build();
 * }</pre>
 */
public final class Codebook {
  /**
   * One code of the file as it nests them: its name, its description and colour where it has them,
   * and the codes under it.
   *
   * @param name the code's name, as written
   * @param guid its GUID as written, if it has one
   * @param description its description, if it has one that is not blank
   * @param colour its colour as written, {@code #RRGGBB} or {@code #RGB}, if it has one
   * @param children the codes under it, in the file's order
   */
  public record Code(
      String name,
      Optional<String> guid,
      Optional<String> description,
      Optional<String> colour,
      ImmutableList<Code> children) {
    /**
     * Checks that no part is null.
     *
     * @param name the code's name
     * @param guid its GUID
     * @param description its description
     * @param colour its colour
     * @param children the codes under it
     */
    public Code {
      Objects.requireNonNull(name);
      Objects.requireNonNull(guid);
      Objects.requireNonNull(description);
      Objects.requireNonNull(colour);
      Objects.requireNonNull(children);
    }

    /** {@return whether there are codes under this one} */
    public boolean hasChildren() {
      return !children.isEmpty();
    }

    /**
     * Whether this code, at the top of the file, is a theme: written by this library as one (its
     * GUID says so), or, from another tool, with codes two levels under it.
     */
    private boolean isTheme() {
      return written(Guids.Kind.THEME)
          || (!writtenAsOther(Guids.Kind.THEME) && children.stream().anyMatch(Code::hasChildren));
    }

    /** Whether this code, at the top of the file, is a key concept. */
    private boolean isKeyConcept() {
      return written(Guids.Kind.KEY_CONCEPT)
          || (!writtenAsOther(Guids.Kind.KEY_CONCEPT) && hasChildren() && !isTheme());
    }

    /**
     * Whether this library wrote the code as a {@code kind}: its GUID is that of its kind and name.
     */
    private boolean written(Guids.Kind kind) {
      return guid.map(Guids::canonical).filter(g -> g.equals(Guids.of(kind, name))).isPresent();
    }

    /** Whether this library wrote the code as something other than a {@code kind}. */
    private boolean writtenAsOther(Guids.Kind kind) {
      return Arrays.stream(Guids.Kind.values()).anyMatch(k -> k != kind && written(k));
    }

    private ImmutableList<String> childNames() {
      return children.stream().map(Code::name).collect(ImmutableList.toImmutableList());
    }
  }

  private final Optional<String> origin;
  private final ImmutableList<Code> codes;
  private final ImmutableListMultimap<String, String> sets;
  private final ImmutableMap<String, String> setAside;

  Codebook(
      Optional<String> origin,
      ImmutableList<Code> codes,
      ImmutableListMultimap<String, String> sets,
      ImmutableMap<String, String> setAside) {
    this.origin = origin;
    this.codes = codes;
    this.sets = sets;
    this.setAside = setAside;
  }

  /** {@return the program that wrote the file, as its {@code origin} attribute says, if it does} */
  public Optional<String> origin() {
    return origin;
  }

  /** {@return the codes at the top of the file, each with the codes under it} */
  public ImmutableList<Code> codes() {
    return codes;
  }

  /** {@return the themes: codes at the top with codes two levels under them} */
  public ImmutableList<Code> themes() {
    return codes.stream().filter(Code::isTheme).collect(ImmutableList.toImmutableList());
  }

  /** {@return the key concepts, in the file's order: under themes or at the top above raw ones} */
  public ImmutableList<Code> keyConcepts() {
    ImmutableList.Builder<Code> keys = ImmutableList.builder();
    for (Code code : codes) {
      if (code.isTheme()) {
        keys.addAll(code.children());
      } else if (code.isKeyConcept()) {
        keys.add(code);
      }
    }
    return keys.build();
  }

  /**
   * {@return the raw concepts: those under key concepts in the file's order, then those at the top
   * (translated into no key concept)}
   */
  public ImmutableList<Code> concepts() {
    ImmutableList.Builder<Code> concepts = ImmutableList.builder();
    for (Code code : codes) {
      if (!code.isTheme() && !code.isKeyConcept()) {
        concepts.add(code);
      }
    }
    return ImmutableList.<Code>builder()
        .addAll(
            keyConcepts().stream()
                .flatMap(k -> k.children().stream())
                .collect(ImmutableList.toImmutableList()))
        .addAll(concepts.build())
        .build();
  }

  /**
   * {@return the translations: each key concept's name with the names of the raw concepts under it,
   * key concepts in the file's order; a key concept without raw concepts is not listed}
   */
  public ImmutableListMultimap<String, String> translations() {
    ImmutableListMultimap.Builder<String, String> translations = ImmutableListMultimap.builder();
    keyConcepts().forEach(k -> translations.putAll(k.name(), k.childNames()));
    return translations.build();
  }

  /** {@return the raw concepts set aside, each with its reason, in the order of the sets} */
  public ImmutableMap<String, String> setAside() {
    return setAside;
  }

  /** {@return every set of the file, by name, with the names of its member codes, in order} */
  public ImmutableListMultimap<String, String> sets() {
    return sets;
  }

  /**
   * {@return the colour of each code that has one, by the code's name (the first code of a name
   * where several share it), as written: {@code #RRGGBB} or {@code #RGB}}
   */
  public ImmutableMap<String, String> colours() {
    Map<String, String> colours = new LinkedHashMap<>();
    collectColours(codes, colours);
    return ImmutableMap.copyOf(colours);
  }

  private static void collectColours(ImmutableList<Code> codes, Map<String, String> colours) {
    for (Code code : codes) {
      code.colour().ifPresent(c -> colours.putIfAbsent(code.name(), c));
      collectColours(code.children(), colours);
    }
  }

  /**
   * Describes the codebook into {@code review}: each theme with its definition and key concepts,
   * each key concept and raw concept with its definition, each key concept's translation (of no
   * stated kind), and each raw concept set aside with its reason. The review checks all of it when
   * it is built, with the rest of what the team describes: papers, extractions, grid.
   *
   * <pre>{@code
   * Review review = codebook.describeInto(MetaEthnography.review("Respite care"))
   *     .paper(12, p -> p.by("Okafor N").year(2019))
   *     .found("Time for oneself", 12)
   *     .build();
   * }</pre>
   *
   * @param review the review being described
   * @return {@code review}, to go on describing it
   */
  public ReviewBuilder describeInto(ReviewBuilder review) {
    Objects.requireNonNull(review);
    for (Code code : codes) {
      if (code.isTheme()) {
        review.theme(
            code.name(),
            t -> {
              code.description().ifPresent(t::definedAs);
              t.groups(code.childNames().toArray(String[]::new));
            });
        code.children().forEach(k -> describeKeyConcept(review, k));
      } else if (code.isKeyConcept()) {
        describeKeyConcept(review, code);
      } else {
        describeConcept(review, code);
        String reason = setAside.get(code.name());
        if (reason != null) {
          review.setAside(code.name(), reason);
        }
      }
    }
    return review;
  }

  private static void describeKeyConcept(ReviewBuilder review, Code key) {
    review.keyConcept(key.name(), k -> key.description().ifPresent(k::definedAs));
    key.children().forEach(c -> describeConcept(review, c));
    if (key.hasChildren()) {
      review.translate(key.name(), key.childNames().toArray(String[]::new));
    }
  }

  private static void describeConcept(ReviewBuilder review, Code concept) {
    review.concept(concept.name(), c -> concept.description().ifPresent(c::definedAs));
  }

  /** Returns the codebook's codes in short. */
  @Override
  public String toString() {
    return "Codebook" + origin.map(o -> " from " + o).orElse("") + " " + codes.size() + " codes";
  }
}
