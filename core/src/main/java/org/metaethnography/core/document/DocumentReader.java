package org.metaethnography.core.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.metaethnography.core.AppraisalRecordSpec;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.PaperSpec;
import org.metaethnography.core.RecordSpec;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.core.ScreeningSpec;
import org.metaethnography.model.AnswerScale;
import org.metaethnography.model.AppraisalForm;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Decision;
import org.metaethnography.model.FormItem;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.InvalidValueException;
import org.metaethnography.model.Order;
import org.metaethnography.model.Place;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.Review;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.Score;
import org.metaethnography.model.ScreeningLevel;
import org.metaethnography.model.Stage;
import org.metaethnography.model.Stance;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.model.Valence;

/**
 * Reads a review document: parses the JSON within the limits, checks each field's type and name,
 * and describes the review through the fluent builder, so that a document goes through the same
 * validation as a review described in Java. Every problem is reported with its JSON Pointer; the
 * review's own problems are placed at the part of the document that describes their place.
 */
final class DocumentReader {
  private final List<DocumentProblem> problems = new ArrayList<>();

  /** Where each place of the review is described in the document; the first description counts. */
  private final Map<Place, String> pointers = new HashMap<>();

  /** The places described while the current part of the document was read. */
  private final List<Place> recent = new ArrayList<>();

  /** Places of parts described without a field whose shape was wrong. */
  private final Set<Place> tainted = new HashSet<>();

  /** Kinds of place some part of which was left out, its identity or a required field wrong. */
  private final Set<Class<?>> leftOut = new HashSet<>();

  /** Vocabularies whose declaration lost a term to a wrong shape. */
  private final Set<Place.Vocabulary> taintedVocabularies = new HashSet<>();

  private DocumentReader() {}

  /** Where a place is described again, for the problem of a name given twice. */
  private final Map<Place, String> again = new HashMap<>();

  /**
   * Where a part names something it refers to, by the part's place and the place referred to (a
   * record's finder, reviewer, form, exclusion reason or paper): a problem of the part that refers
   * there is placed at the field that names it. The first field that names it counts.
   */
  private final Map<List<Place>, String> fields = new HashMap<>();

  /** Records that {@code place} is described at {@code pointer}. */
  private void place(Place place, String pointer) {
    String first = pointers.putIfAbsent(place, pointer);
    if (first != null && !first.equals(pointer)) {
      again.put(place, pointer);
    }
    recent.add(place);
  }

  static ReviewDocument read(String json, DocumentLimits limits) {
    DocumentReader reader = new DocumentReader();
    JsonNode root = reader.parse(json, limits);
    if (root == null) {
      throw new InvalidDocumentException(reader.problems);
    }
    return reader.document(root);
  }

  private JsonNode parse(String json, DocumentLimits limits) {
    if (json.length() > limits.maxDocumentCharacters()) {
      problems.add(
          new DocumentProblem(
              "",
              "limit",
              String.format(
                  "the document has %,d characters, more than the limit of %,d"
                      + " (DocumentLimits.maxDocumentCharacters)",
                  json.length(), limits.maxDocumentCharacters())));
      return null;
    }
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxStringLength())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxTokenCount(limits.maxTokens())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    // A byte order mark, which editors on some systems write, is not part of the JSON.
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try {
      JsonNode root = mapper.readTree(text);
      if (root == null || root.isMissingNode()) {
        problems.add(new DocumentProblem("", "malformed JSON", "the document is empty"));
        return null;
      }
      return root;
    } catch (StreamConstraintsException e) {
      problems.add(new DocumentProblem("", "limit", limitExceeded(e, limits)));
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String message = e.getOriginalMessage();
      String rule = message.startsWith("Duplicate field") ? "duplicate field" : "malformed JSON";
      if (message.startsWith("Trailing token")) {
        message = "more than one JSON value: the document must be one object";
      }
      problems.add(new DocumentProblem("", rule, message + where));
      return null;
    }
  }

  /** The limit a constraint names, in the words and with the names of {@link DocumentLimits}. */
  private static String limitExceeded(StreamConstraintsException e, DocumentLimits limits) {
    String message = e.getOriginalMessage();
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    if (message.contains("nesting depth")) {
      return String.format(
          "arrays and objects are nested deeper than the limit of %d levels"
              + " (DocumentLimits.maxNestingDepth)%s",
          limits.maxNestingDepth(), where);
    }
    if (message.contains("Number value length")) {
      return String.format(
          "a number is longer than the limit of %,d characters (DocumentLimits.maxNumberLength)%s",
          limits.maxNumberLength(), where);
    }
    if (message.contains("Token count")) {
      return String.format(
          "the document has more than the limit of %,d tokens (DocumentLimits.maxTokens)%s",
          limits.maxTokens(), where);
    }
    if (message.contains("String value length") || message.contains("Name length")) {
      return String.format(
          "a string is longer than the limit of %,d characters (DocumentLimits.maxStringLength)%s",
          limits.maxStringLength(), where);
    }
    return message + where;
  }

  private ReviewDocument document(JsonNode root) {
    Node document = new Node(root, "");
    if (!document.isObject("a review document")) {
      throw new InvalidDocumentException(problems);
    }
    document.allow(
        "format",
        "version",
        "title",
        "notes",
        "stakeholders",
        "phases",
        "reviewers",
        "relationKinds",
        "searches",
        "otherSources",
        "exclusions",
        "appraisalForms",
        "records",
        "papers",
        "studies",
        "keyConcepts",
        "themes",
        "interpretations",
        "concepts",
        "extractions",
        "translations",
        "setAside",
        "lineOfArgument",
        "grid",
        "presentation");
    Optional<String> format = document.field("format").required().string();
    Optional<Integer> version = document.field("version").required().integer();
    if (format.isPresent() && !format.get().equals(ReviewDocuments.FORMAT)) {
      problem(
          "/format",
          "unknown format",
          "the format is \"" + format.get() + "\", not \"" + ReviewDocuments.FORMAT + "\"");
      throw new InvalidDocumentException(problems);
    }
    if (version.isPresent() && !ReviewDocuments.READABLE_VERSIONS.contains(version.get())) {
      problem(
          "/version",
          "unknown version",
          "version "
              + version.get()
              + " cannot be read; this release reads versions "
              + ReviewDocuments.READABLE_VERSIONS);
      throw new InvalidDocumentException(problems);
    }
    // The fields version 2 added are no fields of a document of version 1.
    boolean recordsAllowed = version.orElse(ReviewDocuments.VERSION) >= 2;
    for (String added : List.of("appraisalForms", "records")) {
      if (!recordsAllowed && document.field(added).isPresent()) {
        report(
            "/" + added,
            "unknown field",
            "\""
                + added
                + "\" is a field of version 2 of the format; a document of version 1 has none:"
                + " make it \"version\": 2");
      }
    }
    String title = document.field("title").required().string().orElse("untitled");
    ReviewBuilder review = MetaEthnography.review(title);
    List<String> notes =
        document
            .field("notes")
            .list(
                "strings",
                note ->
                    note.string()
                        .filter(
                            text -> {
                              if (text.isBlank()) {
                                problem(note.pointer, "invalid value", "a note must not be blank");
                              }
                              return !text.isBlank();
                            }));
    declarations(document, review);
    document
        .field("searches")
        .each(
            List.of(Place.OfSearch.class, Place.Whole.class),
            (search, at) -> {
              search.allow(
                  "name",
                  "abstractsReviewed",
                  "articlesRetrieved",
                  "articlesAppraised",
                  "articlesIncluded");
              search
                  .field("name")
                  .required()
                  .string()
                  .ifPresent(
                      name -> {
                        place(new Place.OfSearch(name), at);
                        Map<Stage, Integer> counts = new LinkedHashMap<>();
                        for (Stage stage : Stage.values()) {
                          search
                              .field(DocumentWriter.stageField(stage))
                              .integer()
                              .ifPresent(n -> counts.put(stage, n));
                        }
                        review.search(
                            name,
                            s ->
                                counts.forEach(
                                    (stage, n) -> {
                                      switch (stage) {
                                        case ABSTRACTS_REVIEWED -> s.abstractsReviewed(n);
                                        case ARTICLES_RETRIEVED -> s.articlesRetrieved(n);
                                        case ARTICLES_APPRAISED -> s.articlesAppraised(n);
                                        case ARTICLES_INCLUDED -> s.articlesIncluded(n);
                                      }
                                    }));
                      });
            });
    document
        .field("otherSources")
        .each(
            List.of(Place.OfSource.class, Place.Whole.class),
            (source, at) -> {
              source.allow("name", "found", "included");
              Optional<String> name = source.field("name").required().string();
              Optional<Integer> found = source.field("found").integer();
              Optional<Integer> included = source.field("included").integer();
              name.ifPresent(
                  n -> {
                    place(new Place.OfSource(n), at);
                    review.otherSource(n, optionalInt(found), optionalInt(included));
                  });
            });
    document
        .field("exclusions")
        .each(
            List.of(Place.OfExclusion.class, Place.Whole.class),
            (tally, at) -> {
              tally.allow("reason", "papers");
              Optional<String> reason = tally.field("reason").required().string();
              Optional<Integer> papers = tally.field("papers").required().integer();
              if (reason.isPresent() && papers.isPresent()) {
                place(new Place.OfExclusion(reason.get()), at);
                review.exclusion(reason.get(), papers.get());
              }
            });
    if (recordsAllowed) {
      document
          .field("appraisalForms")
          .each(List.of(Place.OfForm.class), (form, at) -> form(review, form, at));
      document
          .field("records")
          .each(List.of(Place.OfRecord.class), (record, at) -> record(review, record, at));
    }
    document
        .field("papers")
        .each(List.of(Place.OfPaper.class), (paper, at) -> paper(review, paper, at));
    document
        .field("studies")
        .each(
            List.of(Place.OfStudy.class),
            (study, at) -> {
              study.allow("name", "reports");
              Optional<String> name = study.field("name").required().string();
              List<Citation> reports = study.field("reports").required().citations();
              if (name.isEmpty()) {
                return;
              }
              place(new Place.OfStudy(name.get()), at);
              review.study(name.get(), reports.toArray(Citation[]::new));
            });
    document
        .field("keyConcepts")
        .each(
            List.of(Place.OfKeyConcept.class, Place.OfNode.class),
            (keyConcept, at) -> {
              keyConcept.allow("name", "definition", "phases", "stakeholders");
              Optional<String> name = keyConcept.field("name").required().string();
              Optional<String> definition = keyConcept.field("definition").string();
              List<String> phases = keyConcept.field("phases").strings();
              List<String> stakeholders = keyConcept.field("stakeholders").strings();
              name.ifPresent(
                  n -> {
                    place(new Place.OfKeyConcept(n), at);
                    review.keyConcept(
                        n,
                        k -> {
                          definition.ifPresent(k::definedAs);
                          if (!phases.isEmpty()) {
                            k.phase(phases.toArray(String[]::new));
                          }
                          if (!stakeholders.isEmpty()) {
                            k.concerns(stakeholders.toArray(String[]::new));
                          }
                        });
                  });
            });
    document
        .field("themes")
        .each(
            List.of(Place.OfTheme.class, Place.OfNode.class),
            (theme, at) -> {
              theme.allow("name", "definition", "keyConcepts");
              Optional<String> name = theme.field("name").required().string();
              Optional<String> definition = theme.field("definition").string();
              List<String> keyConcepts = theme.field("keyConcepts").strings();
              name.ifPresent(
                  n -> {
                    place(new Place.OfTheme(n), at);
                    review.theme(
                        n,
                        t -> {
                          definition.ifPresent(t::definedAs);
                          t.groups(keyConcepts.toArray(String[]::new));
                        });
                  });
            });
    document
        .field("interpretations")
        .each(
            List.of(Place.OfInterpretation.class, Place.OfNode.class),
            (interpretation, at) -> {
              interpretation.allow("name", "statement");
              Optional<String> name = interpretation.field("name").required().string();
              Optional<String> statement = interpretation.field("statement").required().string();
              if (name.isPresent() && statement.isPresent()) {
                place(new Place.OfInterpretation(name.get()), at);
                review.interpretation(name.get(), statement.get());
              }
            });
    document
        .field("concepts")
        .each(List.of(Place.OfConcept.class), (concept, at) -> concept(review, concept, at));
    document
        .field("extractions")
        .each(
            List.of(Place.OfExtraction.class),
            (extraction, at) -> extraction(review, extraction, at));
    document
        .field("translations")
        .each(
            List.of(Place.OfTranslation.class, Place.TranslationOf.class),
            (translation, at) -> {
              translation.allow("keyConcept", "kind", "indexPaper", "concepts");
              Optional<String> keyConcept = translation.field("keyConcept").required().string();
              Optional<TranslationKind> kind =
                  translation.field("kind").constant(TranslationKind.class);
              Optional<Citation> indexPaper = translation.field("indexPaper").citation();
              List<String> concepts = translation.field("concepts").required().strings();
              if (keyConcept.isEmpty()) {
                return;
              }
              place(new Place.OfTranslation(keyConcept.get()), at);
              concepts.forEach(c -> place(new Place.TranslationOf(c), at));
              String[] names = concepts.toArray(String[]::new);
              if (kind.isPresent() && indexPaper.isPresent()) {
                review.translate(keyConcept.get(), kind.get(), indexPaper.get(), names);
              } else if (kind.isPresent()) {
                review.translate(keyConcept.get(), kind.get(), names);
              } else if (indexPaper.isPresent()) {
                review.translate(keyConcept.get(), indexPaper.get(), names);
              } else {
                review.translate(keyConcept.get(), names);
              }
            });
    document
        .field("setAside")
        .each(
            List.of(Place.OfSetAside.class, Place.TranslationOf.class),
            (setAside, at) -> {
              setAside.allow("concept", "reason");
              Optional<String> concept = setAside.field("concept").required().string();
              Optional<String> reason = setAside.field("reason").required().string();
              if (concept.isPresent() && reason.isPresent()) {
                place(new Place.OfSetAside(concept.get()), at);
                place(new Place.TranslationOf(concept.get()), at);
                review.setAside(concept.get(), reason.get());
              }
            });
    Node line = document.field("lineOfArgument");
    if (line.isPresent() && line.isObject("the line of argument")) {
      line.allow("statement", "note", "relations");
      place(Place.Argument.INSTANCE, line.pointer);
      line.field("statement").string().ifPresent(review::lineOfArgument);
      line.field("note").string().ifPresent(review::lineOfArgumentNote);
      line.field("relations")
          .each(
              List.of(Place.OfRelation.class),
              (relation, at) -> {
                relation.allow("source", "kind", "target");
                Optional<String> source = relation.field("source").required().string();
                Optional<String> kind = relation.field("kind").required().string();
                Optional<String> target = relation.field("target").required().string();
                if (source.isPresent() && kind.isPresent() && target.isPresent()) {
                  place(new Place.OfRelation(source.get(), kind.get(), target.get()), at);
                  review.relation(source.get(), kind.get(), target.get());
                }
              });
    }
    document
        .field("grid")
        .each(
            List.of(Place.Cell.class),
            (cell, at) -> {
              cell.allow("paper", "keyConcept", "stance");
              Optional<Citation> paper = cell.field("paper").required().citation();
              Optional<String> keyConcept = cell.field("keyConcept").required().string();
              Optional<Stance> stance = cell.field("stance").constant(Stance.class);
              if (paper.isEmpty() || keyConcept.isEmpty()) {
                return;
              }
              place(new Place.Cell(paper.get(), keyConcept.get()), at);
              if (paper.get().isNumbered()) {
                int number = paper.get().number().getAsInt();
                if (stance.isPresent()) {
                  review.grid(number, stance.get(), keyConcept.get());
                } else {
                  review.grid(number, keyConcept.get());
                }
              } else {
                String label = paper.get().label().orElseThrow();
                if (stance.isPresent()) {
                  review.grid(label, stance.get(), keyConcept.get());
                } else {
                  review.grid(label, keyConcept.get());
                }
              }
            });
    Optional<List<Citation>> rowOrder = Optional.empty();
    String rowOrderPointer = "/presentation/gridRowOrder";
    boolean rowOrderComplete = true;
    Node presentation = document.field("presentation");
    if (presentation.isPresent() && presentation.isObject("the presentation")) {
      presentation.allow("gridRowOrder");
      Node order = presentation.field("gridRowOrder");
      if (order.isPresent()) {
        int before = dropped;
        rowOrder = Optional.of(order.citations());
        rowOrderPointer = order.pointer;
        rowOrderComplete = dropped == before;
      }
    }
    boolean shapeProblems = !problems.isEmpty();
    Review built = null;
    try {
      built = review.build();
    } catch (InvalidReviewException e) {
      for (ReviewProblem problem : e.problems()) {
        // A part left out for its shape, or described without a field, is reported where its
        // shape is wrong; what only follows from that is not reported again.
        if (shapeProblems && followsFromShape(problem)) {
          continue;
        }
        String at =
            problem.rule() == ReviewProblem.Rule.DUPLICATE
                    && problem.value().equals(Optional.of(problem.place().describe()))
                    && again.containsKey(problem.place())
                ? again.get(problem.place())
                : problem
                    .reference()
                    .map(r -> fields.get(List.of(problem.place(), r)))
                    .orElseGet(() -> pointerOf(problem.place()));
        problems.add(
            new DocumentProblem(
                at,
                problem.rule().toString().toLowerCase(Locale.ROOT).replace('_', ' '),
                problem.message()));
      }
    }
    if (rowOrder.isPresent() && rowOrderComplete && !leftOut.contains(Place.OfPaper.class)) {
      List<Citation> papers = new ArrayList<>();
      for (Place place : pointers.keySet()) {
        if (place instanceof Place.OfPaper paper) {
          papers.add(paper.citation());
        }
      }
      problems.addAll(ReviewDocument.rowOrderProblems(papers, rowOrder.get(), rowOrderPointer));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(problems);
    }
    ReviewDocument read = ReviewDocument.of(built).withNotes(notes);
    return rowOrder.isPresent() ? read.withGridRowOrder(rowOrder.get()) : read;
  }

  /**
   * Whether a problem of the review may only follow from the document's shape: it is at a part
   * described without a field whose shape was wrong, or at a place the document does not describe
   * where some part was left out, or it refers to such a part, to a part of a kind of which some
   * was left out, or to a term of a vocabulary whose declaration lost a term; a problem of the
   * review as a whole may follow from a search, source or tally left out.
   */
  private boolean followsFromShape(ReviewProblem problem) {
    Place place = problem.place();
    if (tainted.contains(place)) {
      return true;
    }
    // Rules about the review as a whole, which a part left out or incomplete can break.
    switch (problem.rule()) {
      case INCOMPLETE_TRANSLATION -> {
        if (touched(Place.OfTranslation.class, Place.OfSetAside.class, Place.TranslationOf.class)
            || leftOut.contains(Place.OfExtraction.class)) {
          return true;
        }
      }
      case UNACCOUNTED_EXCLUSIONS, COUNT_OVERFLOW, RECORDS_DISAGREE -> {
        // Counts come from the searches, sources and tallies, and from the records where a
        // review has them.
        if (touched(
            Place.OfSearch.class,
            Place.OfSource.class,
            Place.OfExclusion.class,
            Place.OfRecord.class)) {
          return true;
        }
      }
      default -> {}
    }
    if (place == Place.review()) {
      if (leftOut.contains(Place.Whole.class)) {
        return true;
      }
    } else if (!pointers.containsKey(place) && !leftOut.isEmpty()) {
      return true;
    }
    if (problem.reference().isPresent()) {
      Place reference = problem.reference().get();
      if (tainted.contains(reference)
          || (!pointers.containsKey(reference) && leftOut.contains(reference.getClass()))
          || (reference instanceof Place.Term term
              && taintedVocabularies.contains(term.vocabulary()))) {
        return true;
      }
    }
    return place instanceof Place.Term term && taintedVocabularies.contains(term.vocabulary());
  }

  /** Whether a part of one of these kinds was left out, or described without a field. */
  private boolean touched(Class<?>... kinds) {
    for (Class<?> kind : kinds) {
      if (leftOut.contains(kind) || tainted.stream().anyMatch(kind::isInstance)) {
        return true;
      }
    }
    return false;
  }

  private void declarations(Node document, ReviewBuilder review) {
    declaration(document, "stakeholders", Place.Vocabulary.STAKEHOLDER, review::stakeholders);
    declaration(document, "phases", Place.Vocabulary.PHASE, review::phases);
    declaration(document, "reviewers", Place.Vocabulary.REVIEWER, review::reviewers);
    declaration(document, "relationKinds", Place.Vocabulary.RELATION_KIND, review::relationKinds);
  }

  private void declaration(
      Node document, String field, Place.Vocabulary vocabulary, Consumer<String[]> declare) {
    Node list = document.field(field);
    int before = dropped;
    List<String> names = list.strings();
    if (dropped > before) {
      taintedVocabularies.add(vocabulary);
    }
    if (!names.isEmpty()) {
      place(new Place.Declaration(vocabulary), list.pointer);
      for (int i = 0; i < names.size(); i++) {
        place(new Place.Term(vocabulary, names.get(i)), list.pointer + "/" + i);
      }
      declare.accept(names.toArray(String[]::new));
    }
  }

  /**
   * An appraisal form, made whole or left out: a form with a problem of its shape or of its own
   * rules (an item without answers, categories not best first) is reported and not declared, so
   * that the records that use it report nothing that only follows from that.
   */
  private void form(ReviewBuilder review, Node form, String at) {
    form.allow("name", "version", "items", "categories");
    int before = dropped;
    Optional<String> name = form.field("name").required().string();
    Optional<String> version = form.field("version").string();
    List<FormItem> items = form.field("items").required().list("items", this::item);
    Map<String, BigDecimal> categories = new LinkedHashMap<>();
    for (Category category : form.field("categories").list("categories", this::category)) {
      if (categories.putIfAbsent(category.name(), category.minimum()) != null) {
        problem(
            category.pointer() + "/name",
            "duplicate",
            "category \"" + category.name() + "\" is given again");
      }
    }
    if (name.isEmpty() || dropped > before) {
      return;
    }
    try {
      AppraisalForm built =
          AppraisalForm.builder()
              .name(name.get())
              .version(version)
              .addAllItems(items)
              .putAllCategories(categories)
              .build();
      place(new Place.OfForm(name.get()), at);
      review.appraisalForm(built);
    } catch (InvalidValueException e) {
      e.problems().forEach(p -> problem(at, "invalid value", p.message()));
    }
  }

  /** A category of an appraisal form's scores, with where the document gives it. */
  private record Category(String name, BigDecimal minimum, String pointer) {}

  private Optional<Category> category(Node category) {
    return object(
        category,
        "a category",
        c -> {
          c.allow("name", "minimum");
          Optional<String> name = c.field("name").required().string();
          Optional<BigDecimal> minimum = c.field("minimum").required().decimal();
          return name.isPresent() && minimum.isPresent()
              ? Optional.of(new Category(name.get(), minimum.get(), c.pointer))
              : Optional.empty();
        });
  }

  /** One item of an appraisal form, with its answer scale. */
  private Optional<FormItem> item(Node item) {
    return object(
        item,
        "an item",
        i -> {
          i.allow("id", "section", "wording", "answers", "points");
          int before = dropped;
          Optional<String> id = i.field("id").required().string();
          Optional<String> section = i.field("section").string();
          Optional<String> wording = i.field("wording").required().string();
          List<String> answers = i.field("answers").required().strings();
          Map<String, BigDecimal> points = new LinkedHashMap<>();
          Node given = i.field("points");
          if (given.isPresent() && given.isObject("an item's points")) {
            Iterator<String> scored = given.node.fieldNames();
            while (scored.hasNext()) {
              String answer = scored.next();
              given.field(answer).required().decimal().ifPresent(p -> points.put(answer, p));
            }
          }
          if (id.isEmpty() || wording.isEmpty() || dropped > before) {
            return Optional.empty();
          }
          try {
            AnswerScale scale =
                AnswerScale.builder().addAllAnswers(answers).putAllPoints(points).build();
            return Optional.of(FormItem.of(id.get(), section, wording.get(), scale));
          } catch (InvalidValueException e) {
            e.problems().forEach(p -> problem(i.pointer, "invalid value", p.message()));
            return Optional.empty();
          }
        });
  }

  /**
   * A record of the review process, described through the fluent builder with its screenings in the
   * order the document gives them. Where the record names a search, a reviewer, a form, an
   * exclusion reason or a paper, the field that names it is kept for the problems that refer there.
   */
  private void record(ReviewBuilder review, Node record, String at) {
    record.allow(
        "id",
        "doi",
        "title",
        "foundBy",
        "alsoRecordedAs",
        "titleAndAbstract",
        "fullText",
        "appraisal",
        "paper");
    Optional<String> id = record.field("id").required().string();
    Optional<String> doi = record.field("doi").string();
    Optional<String> title = record.field("title").string();
    Node finders = record.field("foundBy").required();
    List<String> foundBy = finders.strings();
    List<String> alsoRecordedAs = record.field("alsoRecordedAs").strings();
    Map<Place, String> named = new LinkedHashMap<>();
    if (finders.isPresent() && finders.node.isArray()) {
      for (int i = 0; i < finders.node.size(); i++) {
        if (finders.node.get(i).isTextual()) {
          named.putIfAbsent(
              new Place.OfSearch(finders.node.get(i).textValue()), finders.pointer + "/" + i);
        }
      }
    }
    List<Consumer<RecordSpec>> steps = new ArrayList<>();
    Iterator<String> parts = record.node.fieldNames();
    while (parts.hasNext()) {
      String part = parts.next();
      for (ScreeningLevel level : ScreeningLevel.values()) {
        if (part.equals(DocumentWriter.screeningField(level))) {
          screening(record.field(part), named).ifPresent(s -> steps.add(r -> r.screened(level, s)));
        }
      }
    }
    Node appraisal = record.field("appraisal");
    if (appraisal.isPresent() && appraisal.isObject("an appraisal")) {
      appraisal.allow(
          "form", "assessments", "thirdReviewer", "decision", "resolution", "reason", "category");
      Optional<String> form = appraisal.field("form").required().string();
      form.ifPresent(f -> named.putIfAbsent(new Place.OfForm(f), appraisal.pointer + "/form"));
      Optional<Decision> decision =
          appraisal.field("decision").constant(List.of(Decision.INCLUDE, Decision.EXCLUDE));
      Optional<Resolution> resolution = appraisal.field("resolution").constant(Resolution.class);
      Optional<String> reason = appraisal.field("reason").string();
      reason.ifPresent(
          r -> named.putIfAbsent(new Place.OfExclusion(r), appraisal.pointer + "/reason"));
      Optional<String> category = appraisal.field("category").string();
      List<CompletedFormDescription> assessments =
          appraisal
              .field("assessments")
              .required()
              .list("completed forms", f -> completed(f, named));
      Node third = appraisal.field("thirdReviewer");
      Optional<CompletedFormDescription> thirdReviewer =
          third.isPresent() ? completed(third, named) : Optional.empty();
      form.ifPresent(
          f ->
              steps.add(
                  r ->
                      r.appraised(
                          f,
                          a -> {
                            assessments.forEach(c -> a.by(c.reviewer(), c.form()));
                            thirdReviewer.ifPresent(c -> a.thirdReviewer(c.reviewer(), c.form()));
                            decision.ifPresent(a::decided);
                            resolution.ifPresent(a::resolution);
                            reason.ifPresent(a::reason);
                            category.ifPresent(a::category);
                          })));
    }
    Optional<Citation> paper = record.field("paper").citation();
    paper.ifPresent(p -> named.putIfAbsent(new Place.OfPaper(p), at + "/paper"));
    if (id.isEmpty()) {
      return;
    }
    Place place = new Place.OfRecord(id.get());
    place(place, at);
    named.forEach((reference, pointer) -> fields.putIfAbsent(List.of(place, reference), pointer));
    review.record(
        id.get(),
        r -> {
          r.foundBy(foundBy.toArray(String[]::new));
          r.alsoRecordedAs(alsoRecordedAs.toArray(String[]::new));
          doi.ifPresent(r::doi);
          title.ifPresent(r::title);
          steps.forEach(step -> step.accept(r));
          paper.ifPresent(
              p -> {
                if (p.isNumbered()) {
                  r.became(p.number().getAsInt());
                } else {
                  r.became(p.label().orElseThrow());
                }
              });
        });
  }

  /** One screening of a record: the reviewers' votes and how a disagreement was settled. */
  private Optional<Consumer<ScreeningSpec>> screening(Node screening, Map<Place, String> named) {
    if (!screening.isObject("a screening")) {
      return Optional.empty();
    }
    screening.allow("votes", "consensus", "resolution", "thirdReviewer", "reason");
    List<Consumer<ScreeningSpec>> votes =
        screening
            .field("votes")
            .required()
            .list(
                "votes",
                vote ->
                    object(
                        vote,
                        "a vote",
                        v -> {
                          v.allow("reviewer", "decision", "reason");
                          Optional<String> reviewer = v.field("reviewer").required().string();
                          Optional<Decision> decision =
                              v.field("decision").required().constant(Decision.class);
                          Optional<String> reason = v.field("reason").string();
                          reviewer.ifPresent(
                              name -> named.putIfAbsent(reviewer(name), v.pointer + "/reviewer"));
                          if (reviewer.isEmpty() || decision.isEmpty()) {
                            return Optional.empty();
                          }
                          return Optional.of(
                              s -> {
                                if (reason.isPresent()) {
                                  s.vote(reviewer.get(), decision.get(), reason.get());
                                } else {
                                  s.vote(reviewer.get(), decision.get());
                                }
                              });
                        }));
    Optional<Decision> consensus =
        screening.field("consensus").constant(List.of(Decision.INCLUDE, Decision.EXCLUDE));
    Optional<Resolution> resolution = screening.field("resolution").constant(Resolution.class);
    Optional<String> thirdReviewer = screening.field("thirdReviewer").string();
    thirdReviewer.ifPresent(
        name -> named.putIfAbsent(reviewer(name), screening.pointer + "/thirdReviewer"));
    Optional<String> reason = screening.field("reason").string();
    return Optional.of(
        s -> {
          votes.forEach(v -> v.accept(s));
          consensus.ifPresent(s::consensus);
          resolution.ifPresent(s::resolution);
          thirdReviewer.ifPresent(s::thirdReviewer);
          reason.ifPresent(s::reason);
        });
  }

  /** A reviewer's completed appraisal form, as the fluent builder takes it. */
  private record CompletedFormDescription(
      String reviewer, Consumer<AppraisalRecordSpec.FormSpec> form) {}

  private Optional<CompletedFormDescription> completed(Node form, Map<Place, String> named) {
    return object(
        form,
        "a completed form",
        f -> {
          f.allow("reviewer", "answers", "decision", "reason", "note");
          Optional<String> reviewer = f.field("reviewer").required().string();
          reviewer.ifPresent(name -> named.putIfAbsent(reviewer(name), f.pointer + "/reviewer"));
          Map<String, String> answers = new LinkedHashMap<>();
          Node given = f.field("answers");
          if (given.isPresent() && given.isObject("a form's answers")) {
            Iterator<String> items = given.node.fieldNames();
            while (items.hasNext()) {
              String item = items.next();
              given.field(item).required().string().ifPresent(a -> answers.put(item, a));
            }
          }
          Optional<Decision> decision = f.field("decision").required().constant(Decision.class);
          Optional<String> reason = f.field("reason").string();
          reason.ifPresent(r -> named.putIfAbsent(new Place.OfExclusion(r), f.pointer + "/reason"));
          Optional<String> note = f.field("note").string();
          if (reviewer.isEmpty() || decision.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              new CompletedFormDescription(
                  reviewer.get(),
                  c -> {
                    answers.forEach(c::answer);
                    switch (decision.get()) {
                      case INCLUDE -> c.include();
                      case EXCLUDE -> c.exclude();
                      case UNSURE -> c.unsure();
                    }
                    reason.ifPresent(c::reason);
                    note.ifPresent(c::note);
                  }));
        });
  }

  private static Place reviewer(String name) {
    return new Place.Term(Place.Vocabulary.REVIEWER, name);
  }

  /** Reads {@code node} with {@code read} if it is an object; reports it where it is not. */
  private <T> Optional<T> object(Node node, String what, Function<Node, Optional<T>> read) {
    if (!node.present() || !node.isObject(what)) {
      return Optional.empty();
    }
    return read.apply(node);
  }

  private void paper(ReviewBuilder review, Node paper, String at) {
    paper.allow(
        "citation",
        "authors",
        "etAl",
        "year",
        "title",
        "journal",
        "condition",
        "format",
        "intervention",
        "duration",
        "perspective",
        "appraisal",
        "attributes");
    Optional<Citation> citation = paper.field("citation").required().citation();
    List<Author> authors = authors(paper.field("authors"));
    Optional<Boolean> etAl = paper.field("etAl").bool();
    Optional<Integer> year = paper.field("year").integer();
    Optional<String> title = paper.field("title").string();
    Optional<String> journal = paper.field("journal").string();
    Optional<String> condition = paper.field("condition").string();
    Optional<String> format = paper.field("format").string();
    Optional<String> intervention = paper.field("intervention").string();
    Optional<String> duration = paper.field("duration").string();
    Optional<Consumer<PaperSpec>> perspective =
        perspective(
            paper.field("perspective"), p -> p::perspective, p -> p::undesignatedPerspective);
    Optional<Consumer<PaperSpec.AppraisalSpec>> appraisal = appraisal(paper.field("appraisal"));
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    Node attributeNode = paper.field("attributes");
    if (attributeNode.isPresent() && attributeNode.isObject("a paper's attributes")) {
      Iterator<String> names = attributeNode.node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        attributes.put(name, attributeNode.field(name).strings());
      }
    }
    if (citation.isEmpty()) {
      return;
    }
    place(new Place.OfPaper(citation.get()), at);
    Consumer<PaperSpec> description =
        p -> {
          if (!authors.isEmpty()) {
            p.authors(authors);
          }
          if (etAl.orElse(false)) {
            p.etAl();
          }
          year.ifPresent(p::year);
          title.ifPresent(p::titled);
          journal.ifPresent(p::in);
          condition.ifPresent(p::condition);
          format.ifPresent(p::format);
          intervention.ifPresent(p::intervention);
          duration.ifPresent(p::duration);
          perspective.ifPresent(q -> q.accept(p));
          appraisal.ifPresent(p::appraisal);
          attributes.forEach((name, values) -> p.attribute(name, values.toArray(String[]::new)));
        };
    if (citation.get().isNumbered()) {
      review.paper(citation.get().number().getAsInt(), description);
    } else {
      review.paper(citation.get().label().orElseThrow(), description);
    }
  }

  /**
   * A paper's authors: each written as a reference list writes it ({@code "Sav A"}) or, where that
   * would read back as another author, as its surname and initials.
   */
  private List<Author> authors(Node list) {
    return list.list("authors", this::author);
  }

  /** One author of a paper; a name that is no author's is a problem at its pointer. */
  private Optional<Author> author(Node element) {
    try {
      if (element.isPresent() && element.node.isObject()) {
        element.allow("surname", "initials");
        Optional<String> surname = element.field("surname").required().string();
        Optional<String> initials = element.field("initials").string();
        return surname.map(name -> Author.of(name, initials.orElse("")));
      }
      return element
          .scalar(
              JsonNode::isTextual, "must be an author (a string or an object)", JsonNode::textValue)
          .map(Author::parse);
    } catch (InvalidValueException e) {
      for (ReviewProblem problem : e.problems()) {
        problem(element.pointer, "invalid value", problem.message());
      }
      return Optional.empty();
    }
  }

  /**
   * A perspective's description for a spec: the stakeholders it reports, or the words of an
   * undesignated one.
   */
  private <S> Optional<Consumer<S>> perspective(
      Node node,
      java.util.function.Function<S, Consumer<String[]>> stakeholders,
      java.util.function.Function<S, Consumer<String>> undesignated) {
    if (!node.isPresent() || !node.isObject("a perspective")) {
      return Optional.empty();
    }
    node.allow("stakeholders", "undesignated");
    Node named = node.field("stakeholders");
    Node undesignatedNode = node.field("undesignated");
    if (named.isPresent() == undesignatedNode.isPresent()) {
      problem(
          node.pointer,
          "perspective",
          "a perspective names either its stakeholders or, undesignated, its words; not "
              + (named.isPresent() ? "both" : "neither"));
      return Optional.empty();
    }
    if (undesignatedNode.isPresent()) {
      return undesignatedNode.string().map(words -> spec -> undesignated.apply(spec).accept(words));
    }
    String[] names = named.strings().toArray(String[]::new);
    return Optional.of(spec -> stakeholders.apply(spec).accept(names));
  }

  private Optional<Consumer<PaperSpec.AppraisalSpec>> appraisal(Node node) {
    if (!node.isPresent() || !node.isObject("an appraisal")) {
      return Optional.empty();
    }
    node.allow("tool", "score", "category", "note");
    Optional<String> tool = node.field("tool").string();
    Optional<String> category = node.field("category").string();
    Optional<String> note = node.field("note").string();
    Optional<Score> score = Optional.empty();
    Node scoreNode = node.field("score");
    if (scoreNode.isPresent() && scoreNode.isObject("a score")) {
      scoreNode.allow("value", "low", "high", "outOf");
      boolean single = scoreNode.field("value").isPresent();
      boolean lowGiven = scoreNode.field("low").isPresent();
      boolean highGiven = scoreNode.field("high").isPresent();
      Optional<BigDecimal> value = scoreNode.field("value").decimal();
      Optional<BigDecimal> low = scoreNode.field("low").decimal();
      Optional<BigDecimal> high = scoreNode.field("high").decimal();
      Optional<BigDecimal> outOf = scoreNode.field("outOf").decimal();
      if (single == (lowGiven || highGiven) || lowGiven != highGiven) {
        problem(
            scoreNode.pointer,
            "score",
            "a score gives either a value or a low and a high end of a range");
      } else if ((single && value.isPresent()) || (low.isPresent() && high.isPresent())) {
        BigDecimal from = value.orElseGet(low::get);
        BigDecimal to = value.orElseGet(high::get);
        try {
          score = Optional.of(Score.range(from, to, outOf));
        } catch (IllegalArgumentException | IllegalStateException e) {
          problem(scoreNode.pointer, "score", e.getMessage());
        }
      }
    }
    Optional<Score> given = score;
    return Optional.of(
        a -> {
          tool.ifPresent(a::tool);
          given.ifPresent(a::score);
          category.ifPresent(a::category);
          note.ifPresent(a::note);
        });
  }

  private void concept(ReviewBuilder review, Node concept, String at) {
    concept.allow("name", "order", "perspective", "valence", "phase", "definition", "note");
    Optional<String> name = concept.field("name").required().string();
    // A raw concept is of the first or second order; the third is the key concepts'.
    Optional<Order> order = concept.field("order").constant(List.of(Order.FIRST, Order.SECOND));
    Optional<Consumer<org.metaethnography.core.ConceptSpec>> perspective =
        perspective(concept.field("perspective"), c -> c::voices, c -> c::voicesUndesignated);
    Optional<Valence> valence = concept.field("valence").constant(Valence.class);
    Optional<String> phase = concept.field("phase").string();
    Optional<String> definition = concept.field("definition").string();
    Optional<String> note = concept.field("note").string();
    if (name.isEmpty()) {
      return;
    }
    place(new Place.OfConcept(name.get()), at);
    review.concept(
        name.get(),
        c -> {
          order.ifPresent(
              o -> {
                if (o == Order.FIRST) {
                  c.firstOrder();
                } else {
                  c.secondOrder();
                }
              });
          perspective.ifPresent(p -> p.accept(c));
          valence.ifPresent(
              v -> {
                switch (v) {
                  case POSITIVE -> c.positive();
                  case NEGATIVE -> c.negative();
                  case MIXED -> c.mixed();
                }
              });
          phase.ifPresent(c::phase);
          definition.ifPresent(c::definedAs);
          note.ifPresent(c::note);
        });
  }

  private void extraction(ReviewBuilder review, Node extraction, String at) {
    extraction.allow("concept", "paper", "reviewers", "stance", "quotation", "page");
    Optional<String> concept = extraction.field("concept").required().string();
    Optional<Citation> paper = extraction.field("paper").required().citation();
    List<String> reviewers = extraction.field("reviewers").strings();
    Optional<Stance> stance = extraction.field("stance").constant(Stance.class);
    Optional<String> quotation = extraction.field("quotation").string();
    Optional<String> page = extraction.field("page").string();
    if (page.isPresent() && !extraction.field("quotation").isPresent()) {
      problem(at + "/page", "page without quotation", "a page is the page of a quotation");
    }
    if (concept.isEmpty() || paper.isEmpty()) {
      return;
    }
    place(new Place.OfExtraction(concept.get(), paper.get()), at);
    Consumer<org.metaethnography.core.ExtractionSpec> description =
        e -> {
          if (!reviewers.isEmpty()) {
            e.by(reviewers.toArray(String[]::new));
          }
          stance.ifPresent(
              s -> {
                switch (s) {
                  case SUPPORTS -> e.supports();
                  case PARTLY_SUPPORTS -> e.partlySupports();
                  case REFUTES -> e.refutes();
                }
              });
          quotation.ifPresent(e::quoting);
          page.ifPresent(e::onPage);
        };
    if (paper.get().isNumbered()) {
      review.found(concept.get(), paper.get().number().getAsInt(), description);
    } else {
      review.found(concept.get(), paper.get().label().orElseThrow(), description);
    }
  }

  private static java.util.OptionalInt optionalInt(Optional<Integer> value) {
    return value.isPresent()
        ? java.util.OptionalInt.of(value.get())
        : java.util.OptionalInt.empty();
  }

  /** Where in the document a place of the review is described: its part, or the document. */
  private String pointerOf(Place place) {
    String pointer = pointers.get(place);
    if (pointer != null) {
      return pointer;
    }
    if (place instanceof Place.Term term) {
      String declared = pointers.get(new Place.Declaration(term.vocabulary()));
      if (declared != null) {
        return declared;
      }
    }
    return "";
  }

  /**
   * Records a problem of the document's shape for which a value is dropped: the part it is in is
   * described without it, or left out.
   */
  private void problem(String pointer, String rule, String detail) {
    dropped++;
    report(pointer, rule, detail);
  }

  /** How many values problems of the document's shape have dropped so far. */
  private int dropped;

  /** Records a problem of the document's shape, up to {@link #MAX_PROBLEMS}. */
  private void report(String pointer, String rule, String detail) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new DocumentProblem(pointer, rule, detail));
    } else if (problems.size() == MAX_PROBLEMS) {
      problems.add(
          new DocumentProblem(
              "",
              "limit",
              "more than "
                  + MAX_PROBLEMS
                  + " problems; the first "
                  + MAX_PROBLEMS
                  + " are listed"));
    }
  }

  /** How many problems of its shape a document reports, the rest summed up in one. */
  static final int MAX_PROBLEMS = 10_000;

  /** A JSON Pointer's reference token for a field name (RFC 6901: {@code ~} and {@code /}). */
  static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** A node of the document at a pointer, which may be missing, with typed readers. */
  private final class Node {
    private final JsonNode node;
    private final String pointer;
    private boolean required;

    Node(JsonNode node, String pointer) {
      this.node = node;
      this.pointer = pointer;
    }

    boolean isPresent() {
      return node != null && !node.isMissingNode();
    }

    Node required() {
      required = true;
      return this;
    }

    Node field(String name) {
      return new Node(node == null ? null : node.get(name), pointer + "/" + token(name));
    }

    /** Whether the node is an object; reports it where it is not. */
    boolean isObject(String what) {
      if (node.isObject()) {
        return true;
      }
      wrongType(what + " must be an object");
      return false;
    }

    /** Reports every field of this object not among {@code names}. */
    void allow(String... names) {
      Set<String> allowed = Set.of(names);
      Iterator<String> fields = node.fieldNames();
      while (fields.hasNext()) {
        String field = fields.next();
        if (!allowed.contains(field)) {
          // An unknown field drops nothing the review holds: the part is described whole.
          report(
              pointer + "/" + token(field),
              "unknown field",
              "\"" + field + "\" is not a field here; the fields are " + List.of(names));
        }
      }
    }

    private boolean present() {
      if (isPresent() && !node.isNull()) {
        return true;
      }
      if (isPresent()) {
        problem(
            pointer,
            "null",
            required
                ? "null is not a value; this field is required"
                : "leave an unreported value out rather than writing null");
      } else if (required) {
        problem(pointer, "missing field", "this field is required");
      }
      return false;
    }

    private void wrongType(String rule) {
      problem(pointer, "wrong type", rule + ", not " + describe(node));
    }

    Optional<String> string() {
      return scalar(JsonNode::isTextual, "must be a string", JsonNode::textValue);
    }

    Optional<Integer> integer() {
      return scalar(
          n -> n.isNumber() && n.canConvertToExactIntegral() && n.canConvertToInt(),
          "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
          JsonNode::intValue);
    }

    Optional<BigDecimal> decimal() {
      return scalar(
          n -> n.isNumber() && sensible(n.decimalValue()),
          "must be a number of at most 30 significant digits, with at most 30 digits after the"
              + " point and at most 30 zeros before it",
          JsonNode::decimalValue);
    }

    Optional<Boolean> bool() {
      return scalar(JsonNode::isBoolean, "must be true or false", JsonNode::booleanValue);
    }

    /** The value of a present node of the right type; a missing or wrong one is reported. */
    <T> Optional<T> scalar(
        java.util.function.Predicate<JsonNode> type,
        String rule,
        java.util.function.Function<JsonNode, T> value) {
      if (!present()) {
        return Optional.empty();
      }
      if (!type.test(node)) {
        wrongType(rule);
        return Optional.empty();
      }
      return Optional.of(value.apply(node));
    }

    /** A citation: a reference number, or a label. */
    Optional<Citation> citation() {
      if (!present()) {
        return Optional.empty();
      }
      try {
        if (node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt()) {
          return Optional.of(Citation.of(node.intValue()));
        }
        if (node.isTextual()) {
          return Optional.of(Citation.of(node.textValue()));
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        problem(pointer, "citation", e.getMessage());
        return Optional.empty();
      }
      wrongType("a citation must be a reference number or a label");
      return Optional.empty();
    }

    <E extends Enum<E>> Optional<E> constant(Class<E> type) {
      return constant(List.of(type.getEnumConstants()));
    }

    /** One of {@code constants}, written in words. */
    <E extends Enum<E>> Optional<E> constant(List<E> constants) {
      Optional<String> words = string();
      if (words.isEmpty()) {
        return Optional.empty();
      }
      List<String> allowed = new ArrayList<>();
      for (E constant : constants) {
        String written = DocumentWriter.words(constant);
        if (written.equals(words.get())) {
          return Optional.of(constant);
        }
        allowed.add(written);
      }
      problem(pointer, "unknown value", "\"" + words.get() + "\" is not one of " + allowed);
      return Optional.empty();
    }

    /**
     * Each element of this array, as an object, with its pointer. A part read with a problem of its
     * shape is marked: its places as tainted, or, where none was described, its {@code kinds} as
     * having a part left out, so that what only follows from it is not reported.
     */
    void each(List<Class<?>> kinds, BiConsumer<Node, String> read) {
      if (!present()) {
        return;
      }
      if (!node.isArray()) {
        wrongType("must be an array");
        leftOut.addAll(kinds);
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        Node element = new Node(node.get(i), pointer + "/" + i);
        int before = dropped;
        recent.clear();
        if (element.isObject("an element here")) {
          read.accept(element, element.pointer);
        }
        if (dropped > before) {
          if (recent.isEmpty()) {
            leftOut.addAll(kinds);
          } else {
            tainted.addAll(recent);
          }
        }
      }
    }

    List<String> strings() {
      return list("strings", Node::string);
    }

    List<Citation> citations() {
      return ImmutableList.copyOf(list("citations", Node::citation));
    }

    /** The elements of this array read by {@code element}, each required. */
    private <T> List<T> list(String of, java.util.function.Function<Node, Optional<T>> element) {
      List<T> values = new ArrayList<>();
      if (!present()) {
        return values;
      }
      if (!node.isArray()) {
        wrongType("must be an array of " + of);
        return values;
      }
      for (int i = 0; i < node.size(); i++) {
        element.apply(new Node(node.get(i), pointer + "/" + i).required()).ifPresent(values::add);
      }
      return values;
    }
  }

  /**
   * Whether a decimal is of a size a score can have: a huge exponent ({@code 1e999999999}) is a few
   * characters long but would take gigabytes to write out.
   */
  private static boolean sensible(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.precision() <= 30 && stripped.scale() <= 30 && stripped.scale() >= -30;
  }

  /** What a JSON value is, for messages: its type, and a short value. */
  private static String describe(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
    if (node.isNumber()) {
      String number = node.asText();
      return "the number " + (number.length() > 40 ? number.substring(0, 40) + "..." : number);
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isNull()) {
      return "null";
    }
    return node.isArray() ? "an array" : "an object";
  }
}
