package org.metaethnography.core.refi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Order;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Relation;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;

/**
 * The text of a review's {@code project.qde}: its codes, its papers as cases with their attributes
 * as variables, the quotations of its extractions and its third-order interpretations as notes, the
 * order and perspective of its raw concepts (and the raw concepts set aside) as sets, and its
 * conceptual model as a graph. The review's papers are cited, not held, so the project has no
 * sources.
 */
final class ProjectXml {
  private ProjectXml() {}

  /** A variable of the cases: its name, its REFI-QDA type, and each paper's value, if any. */
  private record Variable(String name, String type, Map<Citation, String> values) {}

  /** A note: its GUID, name, text and description (a quotation's page), if any. */
  private record Note(String guid, String name, String text, Optional<String> description) {}

  static String of(Review review) {
    ImmutableList<ReviewCodes.Node> codes = ReviewCodes.of(review);
    Map<String, Note> interpretations = new LinkedHashMap<>();
    for (Interpretation interpretation : review.interpretations()) {
      interpretations.put(
          interpretation.name(),
          new Note(
              Guids.of(Guids.Kind.NOTE, "interpretation\u0000" + interpretation.name()),
              interpretation.name(),
              interpretation.statement(),
              Optional.empty()));
    }
    Map<String, List<Note>> quotations = new LinkedHashMap<>();
    for (Extraction extraction : review.extractions()) {
      extraction
          .evidence()
          .ifPresent(
              evidence ->
                  quotations
                      .computeIfAbsent(extraction.concept(), c -> new ArrayList<>())
                      .add(
                          new Note(
                              Guids.of(
                                  Guids.Kind.NOTE,
                                  "quotation\u0000"
                                      + extraction.concept()
                                      + '\u0000'
                                      + extraction.paper()),
                              extraction.concept() + " in " + extraction.paper(),
                              evidence.quotation(),
                              evidence.page().map(p -> "page " + p))));
    }

    XmlText xml = new XmlText();
    xml.start("Project")
        .attribute("xmlns", ReviewCodes.PROJECT_NAMESPACE)
        .attribute("name", review.title())
        .attribute("origin", ReviewCodes.ORIGIN);
    if (!codes.isEmpty()) {
      xml.start("CodeBook").start("Codes");
      codes.forEach(
          code ->
              ReviewCodes.write(
                  xml,
                  code,
                  node ->
                      node.kind() == Guids.Kind.CONCEPT
                          ? quotations.getOrDefault(node.name(), List.of()).stream()
                              .map(Note::guid)
                              .toList()
                          : List.of()));
      xml.end().end();
    }
    writeCases(xml, review);
    List<Note> notes = new ArrayList<>(interpretations.values());
    quotations.values().forEach(notes::addAll);
    if (!notes.isEmpty()) {
      xml.start("Notes");
      for (Note note : notes) {
        xml.start("Note").attribute("guid", note.guid()).attribute("name", note.name());
        note.description().ifPresent(d -> xml.element("Description", d));
        xml.element("PlainTextContent", note.text()).end();
      }
      xml.end();
    }
    writeSets(xml, review);
    writeGraph(xml, review, interpretations);
    review.lineOfArgument().statement().ifPresent(s -> xml.element("Description", s));
    return xml.end().done();
  }

  private static void writeCases(XmlText xml, Review review) {
    if (review.papers().isEmpty()) {
      return;
    }
    List<Variable> variables = variables(review);
    if (!variables.isEmpty()) {
      xml.start("Variables");
      for (Variable variable : variables) {
        xml.start("Variable")
            .attribute("guid", Guids.of(Guids.Kind.VARIABLE, variable.name()))
            .attribute("name", variable.name())
            .attribute("typeOfVariable", variable.type())
            .end();
      }
      xml.end();
    }
    ImmutableListMultimap<Citation, String> codesOfPaper = codesOfPaper(review);
    xml.start("Cases");
    for (Paper paper : review.papers()) {
      Citation citation = paper.citation();
      xml.start("Case")
          .attribute("guid", Guids.of(Guids.Kind.PAPER, citation.toString()))
          .attribute("name", citation.toString());
      paper.title().ifPresent(t -> xml.element("Description", t));
      for (String code : codesOfPaper.get(citation)) {
        xml.start("CodeRef").attribute("targetGUID", code).end();
      }
      for (Variable variable : variables) {
        String value = variable.values().get(citation);
        if (value != null) {
          xml.start("VariableValue")
              .start("VariableRef")
              .attribute("targetGUID", Guids.of(Guids.Kind.VARIABLE, variable.name()))
              .end()
              .element(variable.type().equals("Integer") ? "IntegerValue" : "TextValue", value)
              .end();
        }
      }
      xml.end();
    }
    xml.end();
  }

  /**
   * The codes a paper is coded at: the key concepts the grid finds in it, then the raw concepts
   * extracted from it, each once, as GUIDs.
   */
  private static ImmutableListMultimap<Citation, String> codesOfPaper(Review review) {
    Map<Citation, Set<String>> codes = new HashMap<>();
    for (Incidence incidence : review.incidences()) {
      codes
          .computeIfAbsent(incidence.paper(), p -> new LinkedHashSet<>())
          .add(Guids.of(Guids.Kind.KEY_CONCEPT, incidence.keyConcept()));
    }
    for (Extraction extraction : review.extractions()) {
      codes
          .computeIfAbsent(extraction.paper(), p -> new LinkedHashSet<>())
          .add(Guids.of(Guids.Kind.CONCEPT, extraction.concept()));
    }
    ImmutableListMultimap.Builder<Citation, String> byPaper = ImmutableListMultimap.builder();
    codes.forEach(byPaper::putAll);
    return byPaper.build();
  }

  /**
   * The variables some paper has a value of, in a fixed order, then the review's own attributes.
   */
  private static List<Variable> variables(Review review) {
    Map<String, Variable> variables = new LinkedHashMap<>();
    for (Paper paper : review.papers()) {
      Citation citation = paper.citation();
      if (!paper.authors().isEmpty()) {
        String authors =
            paper.authors().stream().map(Author::toString).collect(Collectors.joining("; "));
        put(variables, "Authors", "Text", citation, paper.etAl() ? authors + "; et al" : authors);
      }
      paper.year().ifPresent(y -> put(variables, "Year", "Integer", citation, Integer.toString(y)));
      paper.title().ifPresent(t -> put(variables, "Title", "Text", citation, t));
      paper.journal().ifPresent(j -> put(variables, "Journal", "Text", citation, j));
      paper.condition().ifPresent(c -> put(variables, "Condition", "Text", citation, c.name()));
      paper.format().ifPresent(f -> put(variables, "Format", "Text", citation, f.name()));
      paper.intervention().ifPresent(i -> put(variables, "Intervention", "Text", citation, i));
      paper.duration().ifPresent(d -> put(variables, "Duration", "Text", citation, d));
      paper
          .perspective()
          .ifPresent(p -> put(variables, "Perspective", "Text", citation, perspective(p)));
      paper.appraisal().ifPresent(a -> put(variables, "Appraisal", "Text", citation, a.toString()));
    }
    for (Paper paper : review.papers()) {
      for (String name : paper.attributes().keySet()) {
        put(
            variables,
            "Attribute: " + name,
            "Text",
            paper.citation(),
            String.join("; ", paper.attribute(name)));
      }
    }
    return new ArrayList<>(variables.values());
  }

  private static void put(
      Map<String, Variable> variables, String name, String type, Citation paper, String value) {
    variables
        .computeIfAbsent(name, n -> new Variable(n, type, new HashMap<>()))
        .values()
        .put(paper, value);
  }

  private static String perspective(Perspective perspective) {
    return perspective
        .undesignated()
        .orElseGet(
            () ->
                perspective.stakeholders().stream()
                    .map(Stakeholder::name)
                    .collect(Collectors.joining("; ")));
  }

  /**
   * One set per order of raw concepts, one per stakeholder whose perspective raw concepts voice,
   * and one per reason raw concepts were set aside for.
   */
  private static void writeSets(XmlText xml, Review review) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    for (Order order : Order.values()) {
      List<String> members =
          review.concepts().stream()
              .filter(c -> c.order().equals(Optional.of(order)))
              .map(Concept::name)
              .toList();
      if (!members.isEmpty() && order != Order.THIRD) {
        sets.put(order == Order.FIRST ? "First-order concepts" : "Second-order concepts", members);
      }
    }
    for (Stakeholder stakeholder : review.stakeholders()) {
      List<String> members =
          review.concepts().stream()
              .filter(
                  c ->
                      c.perspective()
                          .map(p -> p.stakeholders().contains(stakeholder))
                          .orElse(false))
              .map(Concept::name)
              .toList();
      if (!members.isEmpty()) {
        sets.put("Perspective: " + stakeholder.name(), members);
      }
    }
    if (sets.isEmpty() && review.setAside().isEmpty()) {
      return;
    }
    xml.start("Sets");
    sets.forEach(
        (name, members) -> {
          xml.start("Set")
              .attribute("guid", Guids.of(Guids.Kind.SET, name))
              .attribute("name", name);
          members.forEach(
              m ->
                  xml.start("MemberCode")
                      .attribute("targetGUID", Guids.of(Guids.Kind.CONCEPT, m))
                      .end());
          xml.end();
        });
    ReviewCodes.writeSetAside(xml, review, "targetGUID");
    xml.end();
  }

  /** Horizontal and vertical distance between the vertices of the graph, and their size. */
  private static final int COLUMN = 260;

  private static final int ROW = 100;
  private static final int WIDTH = 200;
  private static final int HEIGHT = 60;

  /**
   * The conceptual model as a graph: a vertex per key concept, theme or interpretation the line of
   * argument relates, standing for its code (or note), placed in the column of its phase; an edge
   * per relation, named by its verb.
   */
  private static void writeGraph(XmlText xml, Review review, Map<String, Note> interpretations) {
    List<Relation> relations = review.lineOfArgument().relations();
    if (relations.isEmpty()) {
      return;
    }
    Map<String, String> vertices = new LinkedHashMap<>();
    for (Relation relation : relations) {
      for (String node : List.of(relation.source(), relation.target())) {
        vertices.computeIfAbsent(node, n -> Guids.of(Guids.Kind.VERTEX, n));
      }
    }
    xml.start("Graphs")
        .start("Graph")
        .attribute("guid", Guids.of(Guids.Kind.GRAPH, "conceptual model"))
        .attribute("name", "Conceptual model");
    Map<Integer, Integer> rows = new HashMap<>();
    for (Map.Entry<String, String> vertex : vertices.entrySet()) {
      String name = vertex.getKey();
      Optional<KeyConcept> key = review.keyConcept(name);
      String represented;
      String shape;
      if (key.isPresent()) {
        represented = Guids.of(Guids.Kind.KEY_CONCEPT, name);
        shape = "RoundedRectangle";
      } else if (review.theme(name).isPresent()) {
        represented = Guids.of(Guids.Kind.THEME, name);
        shape = "Rectangle";
      } else {
        Note note = interpretations.get(name);
        represented = note == null ? null : note.guid();
        shape = "Note";
      }
      int column =
          key.flatMap(k -> k.phases().stream().findFirst())
              .map(p -> review.phases().indexOf(p))
              .filter(i -> i >= 0)
              .orElse(review.phases().isEmpty() ? 0 : review.phases().size());
      int row = rows.merge(column, 1, Integer::sum) - 1;
      int x = 40 + column * COLUMN;
      int y = 40 + row * ROW;
      xml.start("Vertex").attribute("guid", vertex.getValue());
      if (represented != null) {
        xml.attribute("representedGUID", represented);
      }
      xml.attribute("name", name)
          .attribute("firstX", Integer.toString(x))
          .attribute("firstY", Integer.toString(y))
          .attribute("secondX", Integer.toString(x + WIDTH))
          .attribute("secondY", Integer.toString(y + HEIGHT))
          .attribute("shape", shape)
          .end();
    }
    for (Relation relation : relations) {
      xml.start("Edge")
          .attribute(
              "guid",
              Guids.of(
                  Guids.Kind.EDGE,
                  relation.source() + '\u0000' + relation.kind() + '\u0000' + relation.target()))
          .attribute("name", relation.kind())
          .attribute("sourceVertex", vertices.get(relation.source()))
          .attribute("targetVertex", vertices.get(relation.target()))
          .attribute("direction", "OneWay")
          .end();
    }
    xml.end().end();
  }
}
