package org.metaethnography.core.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.AppraisalForm;
import org.metaethnography.model.AppraisalRecord;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.CompletedForm;
import org.metaethnography.model.Concept;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.FormItem;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.LineOfArgument;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Relation;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Score;
import org.metaethnography.model.Screening;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.Search;
import org.metaethnography.model.SearchRecord;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Stage;
import org.metaethnography.model.Study;
import org.metaethnography.model.Theme;
import org.metaethnography.model.Translation;
import org.metaethnography.model.Vote;

/**
 * Writes a review document as JSON: fields in a fixed order, one field or array element per line,
 * two-space indents, LF line ends, a final line end; what the review does not report is left out
 * (never written as {@code null}, zero or an empty string), and so are empty lists.
 */
final class DocumentWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private static final JsonMapper MAPPER = JsonMapper.builder().nodeFactory(NODES).build();

  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  private DocumentWriter() {}

  static String write(ReviewDocument document) {
    ObjectNode root = NODES.objectNode();
    root.put("format", ReviewDocuments.FORMAT);
    Review review = document.review();
    root.put("version", version(review));
    root.put("title", review.title());
    strings(root, "notes", document.notes());
    names(root, "stakeholders", review.stakeholders(), s -> s.name());
    names(root, "phases", review.phases(), p -> p.name());
    names(root, "reviewers", review.reviewers(), Reviewer::name);
    names(root, "relationKinds", review.relationKinds(), k -> k.name());
    array(root, "searches", review.searches(), DocumentWriter::search);
    array(root, "otherSources", review.otherSources(), DocumentWriter::source);
    array(root, "exclusions", review.exclusions(), DocumentWriter::exclusion);
    array(root, "appraisalForms", review.appraisalForms(), DocumentWriter::form);
    array(root, "records", review.records(), DocumentWriter::record);
    array(root, "papers", review.papers(), p -> paper(p, review.statedAppraisal(p)));
    array(root, "studies", review.studies(), DocumentWriter::study);
    array(root, "keyConcepts", review.keyConcepts(), DocumentWriter::keyConcept);
    array(root, "themes", review.themes(), DocumentWriter::theme);
    array(root, "interpretations", review.interpretations(), DocumentWriter::interpretation);
    array(root, "concepts", review.concepts(), DocumentWriter::concept);
    array(root, "extractions", review.extractions(), DocumentWriter::extraction);
    array(root, "translations", review.translations(), DocumentWriter::translation);
    array(root, "setAside", review.setAside(), DocumentWriter::setAside);
    lineOfArgument(root, review.lineOfArgument());
    array(root, "grid", review.incidences(), DocumentWriter::cell);
    document
        .gridRowOrder()
        .ifPresent(
            order -> {
              ArrayNode rows = NODES.arrayNode();
              order.forEach(c -> rows.add(citation(c)));
              root.putObject("presentation").set("gridRowOrder", rows);
            });
    try {
      return MAPPER
              .writer(PRINTER)
              .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
              .writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always writes.
      throw new IllegalStateException(e);
    }
  }

  /**
   * The oldest version of the format that holds the review: 2 for a review with records of the
   * review process or appraisal forms, which version 1 has no fields for; 1 otherwise, so that
   * releases that read only version 1 still read it.
   */
  static int version(Review review) {
    return review.records().isEmpty() && review.appraisalForms().isEmpty() ? 1 : 2;
  }

  private static ObjectNode search(Search search) {
    ObjectNode node = NODES.objectNode();
    node.put("name", search.name());
    for (Stage stage : Stage.values()) {
      put(node, stageField(stage), search.counts().count(stage));
    }
    return node;
  }

  /** The field of a stage's count: {@code abstractsReviewed}, {@code articlesRetrieved}, ... */
  static String stageField(Stage stage) {
    return field(stage);
  }

  /** The field of a screening level: {@code titleAndAbstract}, {@code fullText}. */
  static String screeningField(ScreeningLevel level) {
    return field(level);
  }

  /** A constant as a field name in camel case: {@code ARTICLES_RETRIEVED} as articlesRetrieved. */
  private static String field(Enum<?> constant) {
    String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder field = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      field
          .append(Character.toUpperCase(words[i].charAt(0)))
          .append(words[i], 1, words[i].length());
    }
    return field.toString();
  }

  private static ObjectNode source(OtherSource source) {
    ObjectNode node = NODES.objectNode();
    node.put("name", source.name());
    put(node, "found", source.found());
    put(node, "included", source.included());
    return node;
  }

  private static ObjectNode exclusion(ExclusionTally tally) {
    ObjectNode node = NODES.objectNode();
    node.put("reason", tally.reason().name());
    node.put("papers", tally.papers());
    return node;
  }

  private static ObjectNode form(AppraisalForm form) {
    ObjectNode node = NODES.objectNode();
    node.put("name", form.name());
    put(node, "version", form.version());
    ArrayNode items = node.putArray("items");
    for (FormItem item : form.items()) {
      ObjectNode written = items.addObject();
      written.put("id", item.id());
      put(written, "section", item.section());
      written.put("wording", item.wording());
      strings(written, "answers", item.scale().answers());
      if (!item.scale().points().isEmpty()) {
        ObjectNode points = written.putObject("points");
        item.scale().points().forEach((answer, p) -> points.set(answer, decimal(p)));
      }
    }
    if (!form.categories().isEmpty()) {
      ArrayNode categories = node.putArray("categories");
      form.categories()
          .forEach(
              (name, minimum) ->
                  categories.addObject().put("name", name).set("minimum", decimal(minimum)));
    }
    return node;
  }

  /**
   * A decimal as documents write it: in plain digits, except one with a negative scale ({@code
   * 1E+1}, ten to a precision of tens), which is written in exponent notation so that it reads back
   * with its scale.
   */
  private static JsonNode decimal(BigDecimal value) {
    return value.scale() < 0
        ? NODES.rawValueNode(new RawValue(value.toString()))
        : NODES.numberNode(value);
  }

  private static ObjectNode record(SearchRecord record) {
    ObjectNode node = NODES.objectNode();
    node.put("id", record.id());
    put(node, "doi", record.doi());
    put(node, "title", record.title());
    strings(node, "foundBy", record.foundBy());
    if (!record.alsoRecordedAs().isEmpty()) {
      strings(node, "alsoRecordedAs", record.alsoRecordedAs());
    }
    for (Screening screening : record.screenings()) {
      node.set(screeningField(screening.level()), screening(screening));
    }
    record.appraisal().ifPresent(a -> node.set("appraisal", appraisalRecord(a)));
    record.paper().ifPresent(p -> node.set("paper", citation(p)));
    return node;
  }

  private static ObjectNode screening(Screening screening) {
    ObjectNode node = NODES.objectNode();
    ArrayNode votes = node.putArray("votes");
    for (Vote vote : screening.votes()) {
      ObjectNode written = votes.addObject();
      written.put("reviewer", vote.reviewer().name());
      written.put("decision", words(vote.decision()));
      put(written, "reason", vote.reason());
    }
    put(node, "consensus", screening.consensus().map(DocumentWriter::words));
    put(node, "resolution", screening.resolution().map(DocumentWriter::words));
    put(node, "thirdReviewer", screening.arbiter().map(Reviewer::name));
    put(node, "reason", screening.reason());
    return node;
  }

  private static ObjectNode appraisalRecord(AppraisalRecord appraisal) {
    ObjectNode node = NODES.objectNode();
    node.put("form", appraisal.form());
    array(node, "assessments", appraisal.assessments(), DocumentWriter::completed);
    appraisal.arbiter().ifPresent(a -> node.set("thirdReviewer", completed(a)));
    put(node, "decision", appraisal.stated().map(DocumentWriter::words));
    put(node, "resolution", appraisal.resolution().map(DocumentWriter::words));
    put(node, "reason", appraisal.statedReason().map(ExclusionReason::name));
    put(node, "category", appraisal.category());
    return node;
  }

  private static ObjectNode completed(CompletedForm form) {
    ObjectNode node = NODES.objectNode();
    node.put("reviewer", form.reviewer().name());
    if (!form.answers().isEmpty()) {
      ObjectNode answers = node.putObject("answers");
      form.answers().forEach(answers::put);
    }
    node.put("decision", words(form.decision()));
    put(node, "reason", form.reason().map(ExclusionReason::name));
    put(node, "note", form.note());
    return node;
  }

  /**
   * A paper, with the appraisal it states beyond the one its record yields ({@link
   * Review#statedAppraisal(Paper)}), so that the record stays the one source of that appraisal.
   */
  private static ObjectNode paper(Paper paper, Optional<Appraisal> stated) {
    ObjectNode node = NODES.objectNode();
    node.set("citation", citation(paper.citation()));
    if (!paper.authors().isEmpty()) {
      ArrayNode authors = node.putArray("authors");
      for (Author author : paper.authors()) {
        // Written as a reference list writes it, unless that would read back as another author.
        if (readsBack(author)) {
          authors.add(author.toString());
        } else {
          authors.addObject().put("surname", author.surname()).put("initials", author.initials());
        }
      }
    }
    if (paper.etAl()) {
      node.put("etAl", true);
    }
    put(node, "year", paper.year());
    put(node, "title", paper.title());
    put(node, "journal", paper.journal());
    put(node, "condition", paper.condition().map(c -> c.name()));
    put(node, "format", paper.format().map(f -> f.name()));
    put(node, "intervention", paper.intervention());
    put(node, "duration", paper.duration());
    paper.perspective().ifPresent(p -> node.set("perspective", perspective(p)));
    stated.ifPresent(a -> node.set("appraisal", appraisal(a)));
    if (!paper.attributes().isEmpty()) {
      ObjectNode attributes = node.putObject("attributes");
      paper
          .attributes()
          .asMap()
          .forEach(
              (name, values) -> {
                ArrayNode array = attributes.putArray(name);
                values.forEach(array::add);
              });
    }
    return node;
  }

  /** Whether an author written as a reference list writes it reads back as the same author. */
  static boolean readsBack(Author author) {
    try {
      return Author.parse(author.toString()).equals(author);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static ObjectNode perspective(Perspective perspective) {
    ObjectNode node = NODES.objectNode();
    if (perspective.isUndesignated()) {
      node.put("undesignated", perspective.undesignated().orElseThrow());
    } else {
      ArrayNode stakeholders = node.putArray("stakeholders");
      perspective.stakeholders().forEach(s -> stakeholders.add(s.name()));
    }
    return node;
  }

  private static ObjectNode appraisal(Appraisal appraisal) {
    ObjectNode node = NODES.objectNode();
    put(node, "tool", appraisal.tool());
    appraisal.score().ifPresent(s -> node.set("score", score(s)));
    put(node, "category", appraisal.category());
    put(node, "note", appraisal.note());
    return node;
  }

  private static ObjectNode score(Score score) {
    ObjectNode node = NODES.objectNode();
    if (score.isRange()) {
      node.put("low", score.low());
      node.put("high", score.high());
    } else {
      node.put("value", score.low());
    }
    score.outOf().ifPresent(o -> node.put("outOf", o));
    return node;
  }

  private static ObjectNode study(Study study) {
    ObjectNode node = NODES.objectNode();
    node.put("name", study.name());
    ArrayNode reports = node.putArray("reports");
    study.reports().forEach(c -> reports.add(citation(c)));
    return node;
  }

  private static ObjectNode keyConcept(KeyConcept keyConcept) {
    ObjectNode node = NODES.objectNode();
    node.put("name", keyConcept.name());
    put(node, "definition", keyConcept.definition());
    names(node, "phases", keyConcept.phases(), p -> p.name());
    names(node, "stakeholders", keyConcept.stakeholders(), s -> s.name());
    return node;
  }

  private static ObjectNode theme(Theme theme) {
    ObjectNode node = NODES.objectNode();
    node.put("name", theme.name());
    put(node, "definition", theme.definition());
    strings(node, "keyConcepts", theme.keyConcepts());
    return node;
  }

  private static ObjectNode interpretation(Interpretation interpretation) {
    ObjectNode node = NODES.objectNode();
    node.put("name", interpretation.name());
    node.put("statement", interpretation.statement());
    return node;
  }

  private static ObjectNode concept(Concept concept) {
    ObjectNode node = NODES.objectNode();
    node.put("name", concept.name());
    put(node, "order", concept.order().map(DocumentWriter::words));
    concept.perspective().ifPresent(p -> node.set("perspective", perspective(p)));
    put(node, "valence", concept.valence().map(DocumentWriter::words));
    put(node, "phase", concept.phase().map(p -> p.name()));
    put(node, "definition", concept.definition());
    put(node, "note", concept.note());
    return node;
  }

  private static ObjectNode extraction(Extraction extraction) {
    ObjectNode node = NODES.objectNode();
    node.put("concept", extraction.concept());
    node.set("paper", citation(extraction.paper()));
    names(node, "reviewers", extraction.reviewers(), Reviewer::name);
    put(node, "stance", extraction.stance().map(DocumentWriter::words));
    extraction
        .evidence()
        .ifPresent(
            e -> {
              node.put("quotation", e.quotation());
              put(node, "page", e.page());
            });
    return node;
  }

  private static ObjectNode translation(Translation translation) {
    ObjectNode node = NODES.objectNode();
    node.put("keyConcept", translation.keyConcept());
    put(node, "kind", translation.kind().map(DocumentWriter::words));
    translation.indexPaper().ifPresent(p -> node.set("indexPaper", citation(p)));
    strings(node, "concepts", translation.concepts());
    return node;
  }

  private static ObjectNode setAside(SetAside setAside) {
    ObjectNode node = NODES.objectNode();
    node.put("concept", setAside.concept());
    node.put("reason", setAside.reason());
    return node;
  }

  private static void lineOfArgument(ObjectNode root, LineOfArgument line) {
    if (line.statement().isEmpty() && line.note().isEmpty() && line.relations().isEmpty()) {
      return;
    }
    ObjectNode node = root.putObject("lineOfArgument");
    put(node, "statement", line.statement());
    put(node, "note", line.note());
    array(node, "relations", line.relations(), DocumentWriter::relation);
  }

  private static ObjectNode relation(Relation relation) {
    ObjectNode node = NODES.objectNode();
    node.put("source", relation.source());
    node.put("kind", relation.kind());
    node.put("target", relation.target());
    return node;
  }

  private static ObjectNode cell(Incidence cell) {
    ObjectNode node = NODES.objectNode();
    node.set("paper", citation(cell.paper()));
    node.put("keyConcept", cell.keyConcept());
    put(node, "stance", cell.stance().map(DocumentWriter::words));
    return node;
  }

  /**
   * An enum constant in words, as documents write it: {@code PARTLY_SUPPORTS} as "partly supports".
   */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A citation as documents write it: a reference number as a number, a label as a string. */
  private static JsonNode citation(Citation citation) {
    return citation.isNumbered()
        ? NODES.numberNode(citation.number().getAsInt())
        : NODES.textNode(citation.label().orElseThrow());
  }

  private static <T> void array(
      ObjectNode node, String field, Collection<T> values, Function<T, ObjectNode> write) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(field);
      values.forEach(v -> array.add(write.apply(v)));
    }
  }

  private static <T> void names(
      ObjectNode node, String field, Collection<T> values, Function<T, String> name) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(field);
      values.forEach(v -> array.add(name.apply(v)));
    }
  }

  private static void strings(ObjectNode node, String field, List<String> values) {
    names(node, field, values, s -> s);
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    value.ifPresent(v -> node.put(field, v));
  }

  private static void put(ObjectNode node, String field, OptionalInt value) {
    value.ifPresent(v -> node.put(field, v));
  }
}
