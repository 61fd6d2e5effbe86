package org.metaethnography.core.refi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.metaethnography.model.Concept;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Review;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Theme;
import org.metaethnography.model.Translation;

/**
 * The codes of a review, as its codebook and its project write them: each theme a code above its
 * key concepts, each key concept a code above the raw concepts translated into it, and each raw
 * concept set aside a code of its own at the top, after the key concepts. Themes only group, so
 * they are not codable; key concepts are (a team codes a paper's text at a key concept when it
 * fills the key concept grid), and so are raw concepts.
 */
final class ReviewCodes {
  private ReviewCodes() {}

  /** The codebook file's namespace. */
  static final String CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";

  /** The project file's namespace. */
  static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";

  /** What the files give as the program that wrote them. */
  static final String ORIGIN = "metaethnography";

  /** What a set of raw concepts set aside for one reason says of itself. */
  static final String SET_ASIDE_DESCRIPTION =
      "Raw concepts the review team set aside, translated into no key concept; the set's name is"
          + " the reason.";

  /** One code: its kind, name, description, whether it is codable, and the codes under it. */
  record Node(
      Guids.Kind kind,
      String name,
      Optional<String> description,
      boolean codable,
      ImmutableList<Node> children) {
    String guid() {
      return Guids.of(kind, name);
    }
  }

  /**
   * The review's codes, top level first: themes, key concepts in no theme, raw concepts set aside.
   */
  static ImmutableList<Node> of(Review review) {
    Map<String, ImmutableList.Builder<Node>> translated = new LinkedHashMap<>();
    for (Translation translation : review.translations()) {
      ImmutableList.Builder<Node> concepts =
          translated.computeIfAbsent(translation.keyConcept(), k -> ImmutableList.builder());
      translation.concepts().forEach(c -> concepts.add(concept(review, c)));
    }
    Function<String, Node> keyConcept =
        name ->
            new Node(
                Guids.Kind.KEY_CONCEPT,
                name,
                review.keyConcept(name).flatMap(KeyConcept::definition),
                true,
                Optional.ofNullable(translated.get(name))
                    .map(ImmutableList.Builder::build)
                    .orElse(ImmutableList.of()));
    ImmutableList.Builder<Node> codes = ImmutableList.builder();
    Set<String> grouped = new HashSet<>();
    for (Theme theme : review.themes()) {
      grouped.addAll(theme.keyConcepts());
      codes.add(
          new Node(
              Guids.Kind.THEME,
              theme.name(),
              theme.definition(),
              false,
              theme.keyConcepts().stream()
                  .map(keyConcept)
                  .collect(ImmutableList.toImmutableList())));
    }
    for (KeyConcept key : review.keyConcepts()) {
      if (!grouped.contains(key.name())) {
        codes.add(keyConcept.apply(key.name()));
      }
    }
    Set<String> placed = new HashSet<>();
    for (SetAside aside : review.setAside()) {
      codes.add(concept(review, aside.concept()));
      placed.add(aside.concept());
    }
    review.translations().forEach(t -> placed.addAll(t.concepts()));
    // A review that reports no translations may leave raw concepts untranslated.
    for (Concept concept : review.concepts()) {
      if (!placed.contains(concept.name())) {
        codes.add(concept(review, concept.name()));
      }
    }
    return codes.build();
  }

  private static Node concept(Review review, String name) {
    return new Node(
        Guids.Kind.CONCEPT,
        name,
        review.concept(name).flatMap(Concept::definition),
        true,
        ImmutableList.of());
  }

  /**
   * Writes one {@code Set} per reason for which raw concepts were set aside, named by the reason,
   * its members' GUIDs in the attribute {@code member} (a codebook's {@code guid}, a project's
   * {@code targetGUID}).
   */
  static void writeSetAside(XmlText xml, Review review, String member) {
    ImmutableListMultimap.Builder<String, String> builder = ImmutableListMultimap.builder();
    review.setAside().forEach(s -> builder.put(s.reason(), s.concept()));
    ImmutableListMultimap<String, String> byReason = builder.build();
    for (String reason : byReason.keySet()) {
      xml.start("Set")
          .attribute("guid", Guids.of(Guids.Kind.SET_ASIDE, reason))
          .attribute("name", reason)
          .element("Description", SET_ASIDE_DESCRIPTION);
      for (String concept : byReason.get(reason)) {
        xml.start("MemberCode").attribute(member, Guids.of(Guids.Kind.CONCEPT, concept)).end();
      }
      xml.end();
    }
  }

  /**
   * Writes {@code node} and the codes under it as {@code Code} elements; {@code notes} gives the
   * GUIDs of the notes a code refers to (a project's), none in a codebook.
   */
  static void write(XmlText xml, Node node, Function<Node, List<String>> notes) {
    xml.start("Code")
        .attribute("guid", node.guid())
        .attribute("name", node.name())
        .attribute("isCodable", Boolean.toString(node.codable()));
    node.description().ifPresent(d -> xml.element("Description", d));
    for (String note : notes.apply(node)) {
      xml.start("NoteRef").attribute("targetGUID", note).end();
    }
    node.children().forEach(child -> write(xml, child, notes));
    xml.end();
  }
}
