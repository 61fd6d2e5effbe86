package org.metaethnography.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.metaethnography.model.Decision.EXCLUDE;
import static org.metaethnography.model.Decision.INCLUDE;
import static org.metaethnography.model.Decision.UNSURE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.AnswerScale;
import org.metaethnography.model.AppraisalForm;
import org.metaethnography.model.AppraisalForms;
import org.metaethnography.model.FormItem;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.Review;
import org.metaethnography.model.ScreeningLevel;

/**
 * Records of the review process in review documents: a small review written out by hand (the
 * document of version 2 the tests keep), a review of every shape the records take saved and loaded,
 * the Letts et al. form, and the problems of records, each with its pointer.
 */
final class ReviewProcessDocumentTest {
  private static final String FORM = "Checklist";

  /** A form of two items; "adequate" from 2 points, "weak" from 0, "excellent" out of reach. */
  private static AppraisalForm checklist() {
    AnswerScale yesNo =
        AnswerScale.builder().addAnswers("yes", "no").putPoints("yes", BigDecimal.ONE).build();
    AnswerScale addressed =
        AnswerScale.builder()
            .addAnswers("yes", "no", "not addressed")
            .putPoints("yes", new BigDecimal("1.0"))
            .putPoints("not addressed", new BigDecimal("0.5"))
            .build();
    return AppraisalForm.builder()
        .name(FORM)
        .version("1.0")
        .addItems(FormItem.of("aims", Optional.of("Purpose"), "Are the aims stated?", yesNo))
        .addItems(FormItem.of("methods", Optional.empty(), "Are the methods described?", addressed))
        // Ten to a precision of tens: written in exponent notation, so that it reads back equal.
        .putCategories("excellent", new BigDecimal("1E+1"))
        .putCategories("adequate", BigDecimal.valueOf(2))
        .putCategories("weak", BigDecimal.ZERO)
        .build();
  }

  /**
   * The review of {@code ReviewProcessTest} (its duplicates already merged, as a written review has
   * them) with every shape a record takes: reasons of votes and of screenings, a screening given
   * full text first, a consensus without a resolution, a third reviewer without one, a resolution
   * stated for an agreement, stated decisions, categories, notes, unsure reviewers, labels.
   */
  static Review process() {
    return MetaEthnography.review("Peer support at work")
        .reviewers("AO", "SL", "JK")
        .search("MEDLINE", s -> {})
        .search("CINAHL", s -> {})
        .otherSource("Experts", OptionalInt.empty(), OptionalInt.empty())
        .exclusion("Review", 1)
        .exclusion("Thin data", 1)
        .appraisalForm(checklist())
        .paper(1, p -> {})
        .paper("Ng 2019", p -> {})
        .record(
            "R1",
            r ->
                r.foundBy("MEDLINE", "CINAHL")
                    .doi("10.1/a")
                    .title("Peer support at work: a study")
                    .titleAndAbstract(
                        s ->
                            s.vote("AO", INCLUDE)
                                .vote("SL", INCLUDE)
                                .resolution(Resolution.AGREEMENT))
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .appraised(
                        FORM,
                        a ->
                            a.by(
                                    "AO",
                                    f ->
                                        f.answer("aims", "yes")
                                            .answer("methods", "yes")
                                            .include()
                                            .note("clear aims"))
                                .by(
                                    "SL",
                                    f -> f.answer("aims", "yes").answer("methods", "no").include())
                                .category("adequate"))
                    .became(1))
        .record(
            "R2",
            r ->
                r.foundBy("MEDLINE")
                    .doi("10.1/b")
                    .titleAndAbstract(
                        s -> s.vote("AO", INCLUDE).vote("SL", EXCLUDE).consensus(INCLUDE))
                    .fullText(
                        s ->
                            s.vote("AO", EXCLUDE, "no qualitative data")
                                .vote("SL", EXCLUDE, "no qualitative data")
                                .reason("no qualitative data")))
        .record(
            "R3",
            r ->
                r.foundBy("MEDLINE", "CINAHL")
                    .title("Peer Support: a study")
                    .titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))
        .record(
            "R5",
            r ->
                r.foundBy("CINAHL")
                    .doi("10.1/c")
                    // Described full text first: the document keeps the order.
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .titleAndAbstract(
                        s -> s.vote("AO", UNSURE).vote("SL", INCLUDE).settledBy("JK", INCLUDE))
                    .appraised(
                        FORM,
                        a ->
                            a.by("AO", f -> f.answer("aims", "no").exclude("Review"))
                                .by(
                                    "SL",
                                    f -> f.answer("aims", "yes").answer("methods", "yes").include())
                                .thirdReviewer(
                                    "JK",
                                    f ->
                                        f.answer("aims", "yes")
                                            .answer("methods", "not addressed")
                                            .exclude("Review"))))
        .record(
            "R7",
            r ->
                r.foundBy("Experts")
                    .doi("10.1/e")
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .appraised(FORM, a -> a.by("AO", f -> f.include()).by("SL", f -> f.include()))
                    .became("Ng 2019"))
        .record(
            "R8",
            r ->
                r.foundBy("CINAHL")
                    .doi("10.1/f")
                    .titleAndAbstract(
                        s ->
                            s.vote("AO", INCLUDE)
                                .vote("SL", UNSURE)
                                .thirdReviewer("JK")
                                .consensus(INCLUDE))
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .appraised(
                        FORM,
                        a ->
                            a.by("AO", f -> f.unsure().note("thin?"))
                                .by("SL", f -> f.exclude())
                                .decided(EXCLUDE, Resolution.DISCUSSION)
                                .reason("Thin data")
                                .category("weak")))
        .build();
  }

  @Test
  void aReviewWithRecordsAndForms_loadsBackEqual_andWritesTheSameBytes() {
    Review review = process();
    String json = ReviewDocuments.write(review);
    SchemaCheck.assertValid(json);
    Review loaded = ReviewDocuments.read(json).review();
    assertThat(loaded).isEqualTo(review);
    assertThat(loaded.records())
        .extracting(r -> r.id())
        .containsExactly("R1", "R2", "R3", "R5", "R7", "R8");
    // Described full text first, a record keeps its screenings in the order it went through them.
    assertThat(loaded.records().get(3).screenings())
        .extracting(s -> s.level())
        .containsExactly(ScreeningLevel.TITLE_AND_ABSTRACT, ScreeningLevel.FULL_TEXT);
    assertThat(ReviewDocuments.write(loaded)).isEqualTo(json);
    assertThat(json)
        .startsWith("{\n  \"format\": \"metaethnography-review\",\n  \"version\": 2,\n")
        .contains("\"minimum\": 1E+1\n")
        .contains("\"yes\": 1.0,\n");
  }

  @Test
  void aReviewFromTheFluentApi_withDuplicates_isWrittenMerged_andLoadsBackEqual() {
    Review merged =
        MetaEthnography.review("Duplicates")
            .reviewers("AO")
            .search("MEDLINE", s -> {})
            .search("CINAHL", s -> {})
            .record(
                "R1",
                r ->
                    r.foundBy("MEDLINE").doi("10.1/a").titleAndAbstract(s -> s.vote("AO", EXCLUDE)))
            .record("R6", r -> r.foundBy("CINAHL").doi("10.1/A"))
            .build();
    String json = ReviewDocuments.write(merged);
    // One record, which names the one merged into it.
    assertThat(json).doesNotContain("\"id\": \"R6\"").contains("\"alsoRecordedAs\": [\n");
    assertThat(merged.records().get(0).alsoRecordedAs()).containsExactly("R6");
    assertThat(ReviewDocuments.read(json).review()).isEqualTo(merged);
  }

  @Test
  void theLettsForm_scoredOrNot_loadsBackEqual() {
    AppraisalForm letts = AppraisalForms.lettsQualitative();
    Review review =
        MetaEthnography.review("Appraised with the Letts form")
            .reviewers("AO", "SL")
            .otherSource("Experts", OptionalInt.empty(), OptionalInt.empty())
            .appraisalForm(letts)
            .paper(1, p -> {})
            .record(
                "R1",
                r ->
                    r.foundBy("Experts")
                        .appraised(
                            AppraisalForms.LETTS_QUALITATIVE,
                            a ->
                                a.by(
                                        "AO",
                                        f -> {
                                          for (FormItem item : letts.items()) {
                                            f.answer(item.id(), item.scale().answers().get(0));
                                          }
                                          f.include();
                                        })
                                    .by(
                                        "SL",
                                        f ->
                                            f.answer("design", "grounded theory")
                                                .answer("redundancy", "not addressed")
                                                .include()))
                        .became(1))
            .build();
    String json = ReviewDocuments.write(review);
    SchemaCheck.assertValid(json);
    assertThat(ReviewDocuments.read(json).review()).isEqualTo(review);
    assertThat(json).contains("\"section\": \"Data collection: procedural rigour\",\n");

    Review scored =
        MetaEthnography.review("Scored")
            .appraisalForm(AppraisalForms.scored(letts, "yes", BigDecimal.ONE))
            .build();
    String scoredJson = ReviewDocuments.write(scored);
    SchemaCheck.assertValid(scoredJson);
    assertThat(ReviewDocuments.read(scoredJson).review()).isEqualTo(scored);
  }

  private static String version2() {
    try (InputStream in = ReviewProcessDocumentTest.class.getResourceAsStream("version-2.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The review of the document of version 2 the tests keep. */
  private static Review small() {
    return MetaEthnography.review("Screening and appraisal")
        .reviewers("AO", "SL")
        .search("MEDLINE", s -> {})
        .appraisalForm(
            AppraisalForm.builder()
                .name(FORM)
                .addItems(
                    FormItem.of(
                        "aims",
                        Optional.of("Purpose"),
                        "Are the aims stated?",
                        AnswerScale.builder()
                            .addAnswers("yes", "no")
                            .putPoints("yes", BigDecimal.ONE)
                            .build()))
                .putCategories("adequate", BigDecimal.ONE)
                .putCategories("weak", BigDecimal.ZERO)
                .build())
        .paper(1, p -> {})
        .record(
            "R1",
            r ->
                r.foundBy("MEDLINE")
                    .doi("10.1000/r1")
                    .titleAndAbstract(
                        s ->
                            s.vote("AO", INCLUDE)
                                .vote("SL", UNSURE)
                                .consensus(INCLUDE, Resolution.DISCUSSION))
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .appraised(
                        FORM,
                        a ->
                            a.by("AO", f -> f.answer("aims", "yes").include())
                                .by("SL", f -> f.answer("aims", "no").include()))
                    .became(1))
        .record(
            "R2",
            r ->
                r.foundBy("MEDLINE")
                    .title("Peer support in schools")
                    .titleAndAbstract(
                        s -> s.vote("AO", EXCLUDE, "not about work").vote("SL", EXCLUDE)))
        .build();
  }

  @Test
  void aSmallReviewWithRecords_isWrittenAsTheDocumentOfVersion2TheTestsKeep() {
    assertThat(ReviewDocuments.write(small())).isEqualTo(version2());
    SchemaCheck.assertValid(version2());
  }

  @Test
  void aDocumentOfVersion2_keptInTheTests_stillLoads() {
    assertThat(ReviewDocuments.read(version2()).review()).isEqualTo(small());
  }

  @Test
  void theDeepestPartOfADocument_aReviewersAnswers_isWithinTheDefaultNesting() {
    DocumentLimits seven = new DocumentLimits(1_000_000, 1_000, 7, 50, 100_000);
    assertThat(ReviewDocuments.read(version2(), seven).review()).isEqualTo(small());
    DocumentLimits six = new DocumentLimits(1_000_000, 1_000, 6, 50, 100_000);
    assertThat(
            catchThrowableOfType(
                    InvalidDocumentException.class, () -> ReviewDocuments.read(version2(), six))
                .problems())
        .singleElement()
        .satisfies(p -> assertThat(p.detail()).contains("nested deeper than the limit of 6"));
  }

  private static List<DocumentProblem> problems(String json) {
    InvalidDocumentException thrown =
        catchThrowableOfType(InvalidDocumentException.class, () -> ReviewDocuments.read(json));
    assertThat(thrown).as("an invalid document").isNotNull();
    return thrown.problems();
  }

  private static final String HEAD =
      "{\"format\": \"metaethnography-review\", \"version\": 2, \"title\": \"T\","
          + " \"reviewers\": [\"AO\", \"SL\"]";

  private static final String CHECKLIST =
      "\"appraisalForms\": [{\"name\": \"Checklist\", \"items\": [{\"id\": \"aims\","
          + " \"wording\": \"Are the aims stated?\", \"answers\": [\"yes\", \"no\"]}]}]";

  /** A title and abstract screening in which both reviewers decide {@code decision}. */
  private static String agreed(String decision) {
    return "\"titleAndAbstract\": {\"votes\": [{\"reviewer\": \"AO\", \"decision\": \""
        + decision
        + "\"}, {\"reviewer\": \"SL\", \"decision\": \""
        + decision
        + "\"}]}";
  }

  @Test
  void theProblemsOfRecords_areAllReportedAtOnce_eachAtItsRecordOrTheFieldItNames() {
    List<DocumentProblem> problems =
        problems(
            HEAD
                + ", \"searches\": [{\"name\": \"MEDLINE\", \"abstractsReviewed\": 5}], "
                + CHECKLIST
                + ", \"papers\": [{\"citation\": 1}], \"records\": ["
                // Reviewers who disagree must give the consensus.
                + "{\"id\": \"R1\", \"foundBy\": [\"MEDLINE\"], \"titleAndAbstract\": {\"votes\":"
                + " [{\"reviewer\": \"AO\", \"decision\": \"include\"}, {\"reviewer\": \"SL\","
                + " \"decision\": \"exclude\"}]}},"
                // A search and a reviewer the review does not declare.
                + " {\"id\": \"R2\", \"foundBy\": [\"MEDLINE\", \"Embase\"], \"titleAndAbstract\":"
                + " {\"votes\": [{\"reviewer\": \"AO\", \"decision\": \"exclude\"}, {\"reviewer\":"
                + " \"ZZ\", \"decision\": \"exclude\"}]}},"
                // A form the review does not declare, and a paper it does not include.
                + " {\"id\": \"R3\", \"foundBy\": [\"MEDLINE\"], "
                + agreed("include")
                + ", \"appraisal\": {\"form\": \"Other form\", \"assessments\": [{\"reviewer\":"
                + " \"AO\", \"decision\": \"include\"}]}, \"paper\": 7},"
                // An answer the item does not allow.
                + " {\"id\": \"R4\", \"foundBy\": [\"MEDLINE\"], "
                + agreed("include")
                + ", \"appraisal\": {\"form\": \"Checklist\", \"assessments\": [{\"reviewer\":"
                + " \"AO\", \"answers\": {\"aims\": \"maybe\"}, \"decision\": \"include\"}]}},"
                // An identifier given again.
                + " {\"id\": \"R4\", \"doi\": \"10.1/x\", \"foundBy\": [\"MEDLINE\"], "
                + agreed("exclude")
                + "}]}");
    // MEDLINE states 5 abstracts reviewed, as its five records would give; R1 is left out for its
    // problem, so that the four others give 4 is not reported again.
    assertThat(problems)
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactly(
            tuple("/records/0", "invalid value"),
            tuple("/records/4", "duplicate"),
            tuple("/records/1/foundBy/1", "unresolved reference"),
            tuple("/records/1/titleAndAbstract/votes/1/reviewer", "unresolved reference"),
            tuple("/records/2/appraisal/form", "unresolved reference"),
            tuple("/records/2/paper", "unresolved reference"),
            tuple("/records/3", "invalid value"));
    assertThat(problems)
        .extracting(DocumentProblem::message)
        .containsExactly(
            "/records/0: record \"R1\": title and abstract screening: reviewers disagreed or were"
                + " unsure ([AO: include, SL: exclude]), so the screening must give the consensus"
                + " decision (invalid value)",
            "/records/4: record \"R4\": given 2 times; record identifiers must be unique"
                + " (duplicate)",
            "/records/1/foundBy/1: record \"R2\": was found by \"Embase\", which the review"
                + " declares neither as a search nor as another source (unresolved reference)",
            "/records/1/titleAndAbstract/votes/1/reviewer: record \"R2\": was screened by reviewer"
                + " \"ZZ\", which the review does not declare; declared reviewers are [AO, SL]"
                + " (unresolved reference)",
            "/records/2/appraisal/form: record \"R3\": was appraised with form \"Other form\","
                + " which the review does not declare; declared forms are [Checklist] (unresolved"
                + " reference)",
            "/records/2/paper: record \"R3\": names paper [7], which is not among the included"
                + " papers (unresolved reference)",
            "/records/3: record \"R4\": appraisal by AO answers item \"aims\" with \"maybe\", which"
                + " is not one of its answers (yes / no) (invalid value)");
  }

  @Test
  void problemsOfShapeAndOfTheReview_inRecords_areReportedTogether() {
    List<DocumentProblem> problems =
        problems(
            HEAD
                + ", \"searches\": [{\"name\": \"MEDLINE\", \"abstractsReviewed\": 9}], "
                + "\"records\": ["
                // A decision that is no decision: the vote is left out, and so is what follows.
                + "{\"id\": \"R1\", \"foundBy\": [\"MEDLINE\"], \"titleAndAbstract\": {\"votes\":"
                + " [{\"reviewer\": \"AO\", \"decision\": \"maybe\"}, {\"reviewer\": \"SL\","
                + " \"decision\": \"exclude\"}], \"consensus\": \"include\"}},"
                // A record without its identifier is left out.
                + " {\"foundBy\": [\"MEDLINE\"]},"
                // A problem of the review, reported with them.
                + " {\"id\": \"R3\", \"foundBy\": [\"MEDLINE\"], "
                + agreed("include")
                + ", \"fullText\": {\"votes\": [{\"reviewer\": \"AO\", \"decision\":"
                + " \"include\"}]}, \"paper\": 2}]}");
    // MEDLINE's stated count, which its records do not give now, is not reported: the records
    // left out or described without a field may account for it.
    assertThat(problems)
        .extracting(DocumentProblem::message)
        .containsExactly(
            "/records/0/titleAndAbstract/votes/0/decision: \"maybe\" is not one of [include,"
                + " exclude, unsure] (unknown value)",
            "/records/1/id: this field is required (missing field)",
            "/records/2/paper: record \"R3\": names paper [2], which is not among the included"
                + " papers (unresolved reference)");
  }

  @Test
  void unknownFieldsInRecordsAndForms_areRefused_asElsewhere() {
    List<DocumentProblem> problems =
        problems(
            HEAD
                + ", \"otherSources\": [{\"name\": \"Experts\"}],"
                + " \"appraisalForms\": [{\"name\": \"Checklist\", \"owner\": \"us\", \"items\":"
                + " [{\"id\": \"aims\", \"wording\": \"Aims?\", \"answers\": [\"yes\", \"no\"],"
                + " \"weight\": 2}]}],"
                + " \"records\": [{\"id\": \"R1\", \"foundBy\": [\"Experts\"], \"year\": 2019,"
                + " \"fullText\": {\"votes\": [{\"reviewer\": \"AO\", \"decision\": \"include\","
                + " \"confidence\": \"high\"}], \"notes\": \"x\"},"
                + " \"appraisal\": {\"form\": \"Checklist\", \"score\": 3, \"assessments\":"
                + " [{\"reviewer\": \"AO\", \"decision\": \"include\", \"score\": 1}]}}]}");
    assertThat(problems)
        .extracting(DocumentProblem::pointer, DocumentProblem::rule)
        .containsExactly(
            tuple("/appraisalForms/0/owner", "unknown field"),
            tuple("/appraisalForms/0/items/0/weight", "unknown field"),
            tuple("/records/0/year", "unknown field"),
            tuple("/records/0/fullText/notes", "unknown field"),
            tuple("/records/0/fullText/votes/0/confidence", "unknown field"),
            tuple("/records/0/appraisal/score", "unknown field"),
            tuple("/records/0/appraisal/assessments/0/score", "unknown field"));
    assertThat(problems.get(2).detail())
        .isEqualTo(
            "\"year\" is not a field here; the fields are [id, doi, title, foundBy,"
                + " alsoRecordedAs, titleAndAbstract, fullText, appraisal, paper]");
  }

  @Test
  void aFormWithProblemsOfItsOwn_isLeftOut_andTheRecordsThatUseItSayNothingMore() {
    List<DocumentProblem> problems =
        problems(
            HEAD
                + ", \"otherSources\": [{\"name\": \"Experts\"}],"
                + " \"appraisalForms\": [{\"name\": \"Checklist\", \"items\": [{\"id\": \"aims\","
                + " \"wording\": \"Aims?\", \"answers\": [\"yes\"], \"points\": {\"yes\": -1}}],"
                + " \"categories\": [{\"name\": \"good\", \"minimum\": 1},"
                + " {\"name\": \"good\", \"minimum\": 0}]}],"
                + " \"records\": [{\"id\": \"R1\", \"foundBy\": [\"Experts\"], \"appraisal\":"
                + " {\"form\": \"Checklist\", \"assessments\": [{\"reviewer\": \"AO\", \"answers\":"
                + " {\"aims\": \"maybe\"}, \"decision\": \"include\"}]}}]}");
    assertThat(problems)
        .extracting(DocumentProblem::message)
        .containsExactly(
            "/appraisalForms/0/items/0: answer scale: must allow at least two answers: [yes]"
                + " (invalid value)",
            "/appraisalForms/0/items/0: answer scale: points of \"yes\" (-1) must not be negative"
                + " (invalid value)",
            "/appraisalForms/0/categories/1/name: category \"good\" is given again (duplicate)");
  }

  @Test
  void aDocumentIsWrittenAsTheOldestVersionThatHoldsIt_andVersion1HasNoRecords() {
    assertThat(ReviewDocuments.write(MetaEthnography.review("No records").build()))
        .contains("\"version\": 1,");
    assertThat(
            problems(
                "{\"format\": \"metaethnography-review\", \"version\": 1, \"title\": \"T\","
                    + " \"records\": []}"))
        .extracting(DocumentProblem::message)
        .containsExactly(
            "/records: \"records\" is a field of version 2 of the format; a document of version 1"
                + " has none: make it \"version\": 2 (unknown field)");
    assertThat(
            SchemaCheck.errors(
                "{\"format\": \"metaethnography-review\", \"version\": 1,"
                    + " \"title\": \"T\", \"records\": []}"))
        .isNotEmpty();
  }

  /**
   * Every value in the records and forms of {@link #process()}, in turn, of a type its field does
   * not take: the document is refused with that one problem, at that field, and nothing that only
   * follows from it.
   */
  @Test
  void eachFieldOfARecordOrForm_ofTheWrongType_isReportedAtThatFieldAlone() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String json = ReviewDocuments.write(process());
    List<String> leaves = new ArrayList<>();
    JsonNode tree = mapper.readTree(json);
    leaves(tree.get("appraisalForms"), "/appraisalForms", leaves);
    leaves(tree.get("records"), "/records", leaves);
    assertThat(leaves).hasSizeGreaterThan(100);
    for (String pointer : leaves) {
      JsonNode corrupted = mapper.readTree(json);
      JsonNode original = corrupted.at(pointer);
      corrupt(
          corrupted,
          pointer,
          original.isTextual()
              ? mapper.createArrayNode().add("not a string")
              : original.isBoolean() ? TextNode.valueOf("corrupted") : BooleanNode.TRUE);
      assertThat(problems(corrupted.toString()))
          .as("%s corrupted", pointer)
          .extracting(DocumentProblem::pointer)
          .containsExactly(pointer);
    }
  }

  private static void leaves(JsonNode node, String pointer, List<String> leaves) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  leaves(
                      e.getValue(),
                      pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                      leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), pointer + "/" + i, leaves);
      }
    } else {
      leaves.add(pointer);
    }
  }

  private static void corrupt(JsonNode tree, String pointer, JsonNode value) {
    int last = pointer.lastIndexOf('/');
    JsonNode parent = tree.at(pointer.substring(0, last));
    String token = pointer.substring(last + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(token), value);
    } else {
      ((ObjectNode) parent).set(token, value);
    }
  }
}
