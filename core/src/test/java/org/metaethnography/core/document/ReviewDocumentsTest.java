package org.metaethnography.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Review;
import org.metaethnography.model.Score;
import org.metaethnography.model.Stance;
import org.metaethnography.model.TranslationKind;

/**
 * Review documents on reviews written for these tests: the layout of a small document written out
 * by hand, a review of many shapes saved and loaded, every kind of problem with its pointer, and
 * hostile documents refused by their limits.
 */
final class ReviewDocumentsTest {
  /** A review of two papers, written out in full below. */
  private static Review small() {
    return MetaEthnography.review("Carers and respite")
        .stakeholders("Carers")
        .paper(1, p -> p.by("Ng L").year(2019).perspective("Carers"))
        .paper(2, p -> p.by("Kim H"))
        .keyConcept("Relief", k -> k.concerns("Carers"))
        .concept("Time to breathe", c -> c.firstOrder().voices("Carers"))
        .translate("Relief", "Time to breathe")
        .found("Time to breathe", 1, e -> e.quoting("I could breathe").onPage("5"))
        .build();
  }

  @Test
  void aSmallReview_isWrittenInTheDocumentedLayout() {
    assertThat(ReviewDocuments.write(small()))
        .isEqualTo(
            """
            {
              "format": "metaethnography-review",
              "version": 1,
              "title": "Carers and respite",
              "stakeholders": [
                "Carers"
              ],
              "papers": [
                {
                  "citation": 1,
                  "authors": [
                    "Ng L"
                  ],
                  "year": 2019,
                  "perspective": {
                    "stakeholders": [
                      "Carers"
                    ]
                  }
                },
                {
                  "citation": 2,
                  "authors": [
                    "Kim H"
                  ]
                }
              ],
              "keyConcepts": [
                {
                  "name": "Relief",
                  "stakeholders": [
                    "Carers"
                  ]
                }
              ],
              "concepts": [
                {
                  "name": "Time to breathe",
                  "order": "first",
                  "perspective": {
                    "stakeholders": [
                      "Carers"
                    ]
                  }
                }
              ],
              "extractions": [
                {
                  "concept": "Time to breathe",
                  "paper": 1,
                  "quotation": "I could breathe",
                  "page": "5"
                }
              ],
              "translations": [
                {
                  "keyConcept": "Relief",
                  "concepts": [
                    "Time to breathe"
                  ]
                }
              ]
            }
            """);
  }

  /** A review with themes, stances, appraisal, studies, labels and a line of argument. */
  private static Review manyShapes() {
    return MetaEthnography.review("Working with chronic fatigue")
        .stakeholders("Patients", "Employers")
        .phases("Before", "After")
        .reviewers("AB", "CD")
        .relationKinds("leads to")
        .search("Medline", 812, 64, 9, 3)
        .otherSource("Citation chasing", java.util.OptionalInt.of(4), java.util.OptionalInt.empty())
        .exclusion("Thin data", 6)
        .paper(
            "Sav et al (2013)",
            p ->
                p.by("Sav A", "Kendall E")
                    .etAl()
                    .year(2013)
                    .titled("Burden of treatment")
                    .in("BMC")
                    .condition("CFS")
                    .format("Group")
                    .intervention("Peer group")
                    .duration("6 weeks")
                    .undesignatedPerspective("people with several conditions")
                    .attribute("setting", "clinic", "home")
                    .appraisal(
                        a ->
                            a.tool("CASP")
                                .score(
                                    Score.range(
                                        new BigDecimal("7.5"),
                                        new BigDecimal("8.25"),
                                        Optional.of(new BigDecimal("10"))))
                                .category("high")
                                .note("two reviewers")))
        .paper("Ng (2019)", p -> p.by("Ng L").year(2019).perspective("Patients", "Employers"))
        .study("Fatigue study", "Sav et al (2013)", "Ng (2019)")
        .keyConcept("Pacing", k -> k.definedAs("Keeping within limits").phase("Before"))
        .keyConcept("Disclosure", k -> k.phase("After").concerns("Employers"))
        .theme("Managing", t -> t.definedAs("What people do").groups("Pacing"))
        .interpretation("Balance", "Work is possible when energy is managed")
        .concept("Rationing", c -> c.secondOrder().negative().phase("Before").note("from a figure"))
        .concept("Telling", c -> c.voicesUndesignated("managers").mixed().definedAs("Saying it"))
        .concept("Hiding", c -> {})
        .found("Rationing", "Sav et al (2013)", e -> e.by("AB", "CD").partlySupports())
        .found("Telling", "Ng (2019)", e -> e.refutes().quoting("I told\r\nhim, \"once\""))
        .translate(
            "Pacing", TranslationKind.RECIPROCAL, Citation.of("Sav et al (2013)"), "Rationing")
        .translate("Disclosure", TranslationKind.REFUTATIONAL, "Telling")
        .setAside("Hiding", "too thin")
        .relation("Pacing", "leads to", "Disclosure")
        .lineOfArgument("Energy first")
        .lineOfArgumentNote("A reconstruction.\nSee section 3.")
        .grid("Sav et al (2013)", Stance.PARTLY_SUPPORTS, "Pacing")
        .grid("Ng (2019)", "Disclosure")
        .build();
  }

  @Test
  void aReviewOfManyShapes_withPresentationAndNotes_loadsBackEqual() {
    ReviewDocument document =
        ReviewDocument.of(manyShapes())
            .withGridRowOrder(List.of(Citation.of("Ng (2019)"), Citation.of("Sav et al (2013)")))
            .withNotes(List.of("Reconstructed from the text.", "Second note."));
    String json = ReviewDocuments.write(document);
    SchemaCheck.assertValid(json);
    ReviewDocument loaded = ReviewDocuments.read(json);
    assertThat(loaded).isEqualTo(document);
    assertThat(ReviewDocuments.write(loaded)).isEqualTo(json);
    assertThat(json).contains("\"low\": 7.5,\n").contains("\"high\": 8.25,\n");
  }

  @Test
  void shapesThatAReferenceListOrAPointerWouldMisread_loadBackEqual() {
    Review review =
        MetaEthnography.review("Corporate authors and odd attribute names")
            .paper(
                1,
                p ->
                    p.authors(
                            List.of(
                                org.metaethnography.model.Author.of("Department of Health UK", ""),
                                org.metaethnography.model.Author.of("Smith", "JR")))
                        .attribute("/setting", "clinic")
                        .attribute("a/b~c", "x", "y")
                        .appraisal(a -> a.score(Score.of(10, 100))))
            .paper("Ng (2019)", p -> p.by("Ng L"))
            .study("Mixed", Citation.of(1), Citation.of("Ng (2019)"))
            .build();
    String json = ReviewDocuments.write(review);
    SchemaCheck.assertValid(json);
    assertThat(ReviewDocuments.read(json).review()).isEqualTo(review);
    assertThat(json)
        .contains("\"surname\": \"Department of Health UK\",\n")
        .contains("\"Smith JR\"")
        .contains("\"/setting\": [\n")
        .contains("\"value\": 10,\n")
        .contains("\"outOf\": 100\n");
  }

  @Test
  void aDocumentOfVersion1_keptInTheTests_stillLoads() throws IOException {
    String stored;
    try (InputStream in = getClass().getResourceAsStream("version-1.json")) {
      stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ReviewDocuments.read(stored).review()).isEqualTo(small());
  }

  @Test
  void writesAndReadsFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("review.json");
    ReviewDocuments.write(ReviewDocument.of(small()), file);
    assertThat(ReviewDocuments.read(file).review()).isEqualTo(small());
  }

  @Test
  void aFileThatIsNotUtf8_isRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("review.json");
    Files.write(file, new byte[] {'{', (byte) 0xC3, '}'});
    assertThatThrownBy(() -> ReviewDocuments.read(file))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining(file + " is not UTF-8 text");
  }

  private static List<DocumentProblem> problems(String json) {
    InvalidDocumentException thrown =
        catchThrowableOfType(InvalidDocumentException.class, () -> ReviewDocuments.read(json));
    assertThat(thrown).as("an invalid document").isNotNull();
    return thrown.problems();
  }

  private static final String HEAD =
      "{\"format\": \"metaethnography-review\", \"version\": 1, \"title\": \"T\"";

  @Test
  void malformedJson_isReportedWithLineAndColumn() {
    List<DocumentProblem> problems =
        problems("{\n  \"format\": \"metaethnography-review\",\n  \"title\": ]\n}");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).rule()).isEqualTo("malformed JSON");
    assertThat(problems.get(0).detail()).contains("at line 3, column 12");
  }

  @Test
  void aFieldGivenTwice_isRefused() {
    assertThat(problems(HEAD + ", \"title\": \"U\"}"))
        .singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo("duplicate field"));
  }

  @Test
  void everyProblemOfTheShape_isReportedAtOnce_withItsPointer() {
    List<DocumentProblem> problems =
        problems(
            HEAD
                + ", \"papers\": [{\"citation\": 1, \"yera\": 2019},"
                + " {\"citation\": 2, \"year\": \"2019\"}, {\"year\": 2019}],"
                + " \"concepts\": [{\"name\": \"A\", \"order\": \"third\"}],"
                + " \"grid\": [{\"paper\": true, \"keyConcept\": \"K\"}]}");
    assertThat(problems)
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/papers/0/yera", "unknown field"),
            org.assertj.core.groups.Tuple.tuple("/papers/1/year", "wrong type"),
            org.assertj.core.groups.Tuple.tuple("/papers/2/citation", "missing field"),
            org.assertj.core.groups.Tuple.tuple("/concepts/0/order", "unknown value"),
            org.assertj.core.groups.Tuple.tuple("/grid/0/paper", "wrong type"));
    assertThat(problems.get(1).message())
        .isEqualTo(
            "/papers/1/year: must be a whole number from -2147483648 to 2147483647, not the"
                + " string \"2019\" (wrong type)");
    assertThat(problems.get(3).detail()).isEqualTo("\"third\" is not one of [first, second]");
  }

  @Test
  void theReviewsOwnProblems_arePlacedAtThePartThatDescribesThem() {
    List<DocumentProblem> problems =
        problems(
            HEAD
                + ", \"searches\": [{\"name\": \"Medline\", \"articlesAppraised\": 3,"
                + " \"articlesIncluded\": 5}],"
                + " \"papers\": [{\"citation\": 1}],"
                + " \"keyConcepts\": [{\"name\": \"K\"}],"
                + " \"grid\": [{\"paper\": 1, \"keyConcept\": \"K\"},"
                + " {\"paper\": 99, \"keyConcept\": \"K\"}]}");
    assertThat(problems)
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/searches/0", "invalid value"),
            org.assertj.core.groups.Tuple.tuple("/grid/1", "unresolved reference"));
    assertThat(problems)
        .filteredOn(p -> p.pointer().equals("/grid/1"))
        .singleElement()
        .satisfies(p -> assertThat(p.detail()).contains("[99]"));
  }

  @Test
  void problemsOfShapeAndOfTheReview_areReportedTogether_withoutWhatOnlyFollowsFromThem() {
    List<DocumentProblem> problems =
        problems(
            HEAD
                + ", \"papers\": [{\"citation\": 1, \"year\": \"1999\"}, {\"citation\": [2]}],"
                + " \"keyConcepts\": [{\"name\": \"K\"}],"
                + " \"grid\": [{\"paper\": 1, \"keyConcept\": \"K\"},"
                + " {\"paper\": 2, \"keyConcept\": \"K\"},"
                + " {\"paper\": 1, \"keyConcept\": \"L\"}]}");
    // Paper 2's citation is of the wrong type, so paper 2 is left out: the cell naming it is not
    // reported again. The cell naming key concept L, which no part of the document defines, is.
    assertThat(problems)
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/papers/0/year", "wrong type"),
            org.assertj.core.groups.Tuple.tuple("/papers/1/citation", "wrong type"),
            org.assertj.core.groups.Tuple.tuple("/grid/2", "unresolved reference"));
  }

  @Test
  void aGridRowOrderNamingAPaperNotIncluded_isADanglingReference() {
    assertThat(
            problems(
                HEAD
                    + ", \"papers\": [{\"citation\": 1}],"
                    + " \"presentation\": {\"gridRowOrder\": [1, 7]}}"))
        .extracting(DocumentProblem::message)
        .containsExactly(
            "/presentation/gridRowOrder/1: the grid row order names paper [7], which the review"
                + " does not include (dangling reference)");
  }

  @Test
  void aGridRowOrderNamingAPaperTwiceOrLeavingOneOut_isRefused() {
    assertThat(
            problems(
                HEAD
                    + ", \"papers\": [{\"citation\": 1}, {\"citation\": 2}, {\"citation\": 3}],"
                    + " \"presentation\": {\"gridRowOrder\": [1, 1, 2]}}"))
        .extracting(DocumentProblem::message)
        .containsExactly(
            "/presentation/gridRowOrder/1: the grid row order names paper [1] again (duplicate)",
            "/presentation/gridRowOrder: the grid row order must name every included paper once;"
                + " it leaves out [3] (incomplete order)");
    assertThatThrownBy(() -> ReviewDocument.of(small()).withGridRowOrder(List.of(Citation.of(2))))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("leaves out [1]");
  }

  @Test
  void anUnknownField_hidesNoProblemOfTheReview() {
    assertThat(
            problems(
                HEAD
                    + ", \"papers\": [{\"citation\": 1, \"jounral\": \"J\", \"year\": -5}],"
                    + " \"concepts\": [{\"name\": \"Orphan\"}], \"extractions\": [{\"concept\":"
                    + " \"Orphan\", \"paper\": 1, \"pg\": \"5\"}]}"))
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/papers/0/jounral", "unknown field"),
            org.assertj.core.groups.Tuple.tuple("/extractions/0/pg", "unknown field"),
            org.assertj.core.groups.Tuple.tuple("/papers/0", "invalid value"),
            org.assertj.core.groups.Tuple.tuple("/concepts/0", "incomplete translation"));
  }

  @Test
  void aGridRowOrderOfTheWrongShape_isReportedAlone_andAWrongOneEvenWhenTheReviewHasProblems() {
    assertThat(
            problems(
                HEAD
                    + ", \"papers\": [{\"citation\": 1}, {\"citation\": 2}],"
                    + " \"presentation\": {\"gridRowOrder\": [1, true]}}"))
        .extracting(DocumentProblem::pointer)
        .containsExactly("/presentation/gridRowOrder/1");
    assertThat(
            problems(
                HEAD
                    + ", \"papers\": [{\"citation\": 1, \"perspective\": {\"stakeholders\":"
                    + " [\"Nurses\"]}}, {\"citation\": 2}],"
                    + " \"presentation\": {\"gridRowOrder\": [1]}}"))
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/papers/0", "unresolved reference"),
            org.assertj.core.groups.Tuple.tuple("/presentation/gridRowOrder", "incomplete order"));
  }

  @Test
  void aNameRepeatedWithinAPart_isReportedAtThatPart() {
    assertThat(
            problems(
                HEAD
                    + ", \"stakeholders\": [\"Carers\"], \"papers\": [{\"citation\": 1,"
                    + " \"perspective\": {\"stakeholders\": [\"Carers\", \"Carers\"]}},"
                    + " {\"citation\": 1}]}"))
        .extracting(DocumentProblem::pointer)
        .first()
        .isEqualTo("/papers/0");
  }

  @Test
  void aBlankNote_isRefused() {
    assertThat(problems(HEAD + ", \"notes\": [\"a\", \" \"]}"))
        .extracting(DocumentProblem::message)
        .containsExactly("/notes/1: a note must not be blank (invalid value)");
    assertThatThrownBy(() -> ReviewDocument.of(small()).withNotes(List.of("")))
        .isInstanceOf(InvalidDocumentException.class);
  }

  @Test
  void anAuthorInDecomposedUnicode_readsAsTheComposedOne() {
    assertThat(
            ReviewDocuments.read(
                    HEAD + ", \"papers\": [{\"citation\": 1, \"authors\": [\"Ng E\\u0301\"]}]}")
                .review()
                .papers()
                .get(0)
                .authors())
        .containsExactly(org.metaethnography.model.Author.of("Ng", "\u00c9"));
  }

  @Test
  void aBlankAuthor_isAProblemOfTheDocument_atItsPointer() {
    assertThat(problems(HEAD + ", \"papers\": [{\"citation\": 1, \"authors\": [\"X\", \" \"]}]}"))
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/papers/0/authors/1", "invalid value"));
  }

  @Test
  void aProblemOfTheLineOfArgument_isPlacedThere() {
    assertThat(
            problems(
                HEAD
                    + ", \"papers\": [{\"year\": 2000}],"
                    + " \"lineOfArgument\": {\"statement\": \" \"}}"))
        .extracting(DocumentProblem::pointer)
        .containsExactly("/papers/0/citation", "/lineOfArgument");
  }

  @Test
  void aNameGivenTwice_isReportedAtTheSecond_andAPartsOwnProblemsAtItself() {
    assertThat(
            problems(
                HEAD + ", \"papers\": [{\"citation\": 1, \"year\": 2001}, {\"citation\": 1}]}"))
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/papers/1", "duplicate"));
    // The first paper of the two is invalid, so the second is no duplicate of a paper of the
    // review; the first one's problem is placed at the first.
    assertThat(
            problems(HEAD + ", \"papers\": [{\"citation\": 1, \"year\": 5}, {\"citation\": 1}]}"))
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/papers/0", "invalid value"));
  }

  @Test
  void nullWhereAValueIsRequired_saysSo() {
    assertThat(problems(HEAD + ", \"papers\": [{\"citation\": null}]}"))
        .extracting(DocumentProblem::message)
        .containsExactly("/papers/0/citation: null is not a value; this field is required (null)");
  }

  @Test
  void aByteOrderMark_isIgnored_andSeveralValuesAreMalformed() {
    assertThat(ReviewDocuments.read("\uFEFF" + ReviewDocuments.write(small())).review())
        .isEqualTo(small());
    assertThat(problems(HEAD + "} {}"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.detail())
                    .startsWith("more than one JSON value: the document must be one object"));
  }

  @Test
  void aNumberWithAHugeExponent_isRefused() {
    assertThat(
            problems(
                HEAD
                    + ", \"papers\": [{\"citation\": 1, \"appraisal\": {\"score\":"
                    + " {\"value\": 1e999999999}}}]}"))
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/papers/0/appraisal/score/value", "wrong type"));
  }

  @Test
  void millionsOfValues_areRefusedByTheTokenLimit() {
    String many = "0,".repeat(5_000_000) + "0";
    assertThat(problems(HEAD + ", \"notes\": [" + many + "]}"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.detail())
                    .startsWith(
                        "the document has more than the limit of 4,000,000 tokens"
                            + " (DocumentLimits.maxTokens)"));
  }

  @Test
  void anotherFormatOrAVersionNotRead_isRefusedByName() {
    assertThat(problems("{\"format\": \"other\", \"version\": 1, \"title\": \"T\"}"))
        .extracting(DocumentProblem::message)
        .containsExactly(
            "/format: the format is \"other\", not \"metaethnography-review\" (unknown format)");
    assertThat(
            problems("{\"format\": \"metaethnography-review\", \"version\": 3, \"title\": \"T\"}"))
        .extracting(DocumentProblem::message)
        .containsExactly(
            "/version: version 3 cannot be read; this release reads versions [1, 2] (unknown"
                + " version)");
  }

  @Test
  void aHugeString_isRefusedByItsLimit() {
    String huge = "x".repeat(50_000_000);
    assertThat(problems(HEAD + ", \"notes\": [\"" + huge + "\"]}"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("limit");
              assertThat(p.detail())
                  .startsWith(
                      "a string is longer than the limit of 1,000,000 characters"
                          + " (DocumentLimits.maxStringLength)");
            });
  }

  @Test
  void deepNesting_isRefusedByItsLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(problems(HEAD + ", \"notes\": " + deep + "}"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.detail())
                    .startsWith(
                        "arrays and objects are nested deeper than the limit of 32 levels"
                            + " (DocumentLimits.maxNestingDepth)"));
  }

  @Test
  void aHugeNumber_isRefusedByItsLimit() {
    String number = "9".repeat(100_000);
    assertThat(problems(HEAD + ", \"papers\": [{\"citation\": 1, \"year\": " + number + "}]}"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.detail())
                    .startsWith(
                        "a number is longer than the limit of 50 characters"
                            + " (DocumentLimits.maxNumberLength)"));
  }

  @Test
  void aDocumentLongerThanItsLimit_isRefusedBeforeItIsParsed() {
    DocumentLimits small = new DocumentLimits(100, 1000, 32, 50, 1000);
    InvalidDocumentException thrown =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () -> ReviewDocuments.read(ReviewDocuments.write(small()), small));
    assertThat(thrown.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.detail())
                    .endsWith("more than the limit of 100 (DocumentLimits.maxDocumentCharacters)"));
  }

  @Test
  void limits_mustBePositive() {
    assertThatThrownBy(() -> new DocumentLimits(0, 1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive");
  }

  @Test
  void theSchema_shipsWithTheLibrary_andRefusesAnUnknownField() {
    assertThat(ReviewDocuments.schema())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(SchemaCheck.errors(HEAD + ", \"yera\": 2019}")).isNotEmpty();
    assertThat(SchemaCheck.errors(HEAD + "}")).isEmpty();
  }
}
