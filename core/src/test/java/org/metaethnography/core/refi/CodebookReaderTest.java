package org.metaethnography.core.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.Review;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Theme;

/** Codebooks as other tools write them, read strictly and leniently, and hostile ones refused. */
final class CodebookReaderTest {
  private static final Path FIXTURE =
      Path.of("src/test/resources/org/metaethnography/core/refi/from-another-tool.qdc");

  @Test
  void read_codebookOfAnotherTool_nestsThemesKeyConceptsAndRawConcepts() throws IOException {
    Codebook codebook = CodebookReader.strict().read(FIXTURE);

    assertThat(codebook.origin()).contains("Hand-written test fixture");
    assertThat(codebook.themes())
        .extracting(Codebook.Code::name)
        .containsExactly("Living with caring");
    assertThat(codebook.keyConcepts())
        .extracting(Codebook.Code::name)
        .containsExactly("Respite", "Guilt", "Trust in staff");
    assertThat(codebook.concepts())
        .extracting(Codebook.Code::name)
        .containsExactly(
            "Time for oneself",
            "A break from the routine",
            "Handing over",
            "Staff who know him",
            "Fear of neglect",
            "Costs of travel");
    assertThat(codebook.translations().asMap())
        .containsExactly(
            entry("Respite", List.of("Time for oneself", "A break from the routine")),
            entry("Guilt", List.of("Handing over")),
            entry("Trust in staff", List.of("Staff who know him", "Fear of neglect")));
    assertThat(codebook.keyConcepts().get(0).description())
        .contains("Time away from caring that restores the carer.");
    // Nothing invented: a code without a description has none, one without a colour none.
    assertThat(codebook.keyConcepts().get(1).description()).isEmpty();
    assertThat(codebook.colours())
        .containsExactly(
            entry("Living with caring", "#336699"),
            entry("Respite", "#FF0000"),
            entry("A break from the routine", "#0f0"),
            entry("Staff who know him", "#00AA00"));
    assertThat(codebook.sets().asMap())
        .containsExactly(entry("Negative experiences", List.of("Guilt", "Fear of neglect")));
    assertThat(codebook.setAside()).isEmpty();
  }

  @Test
  void read_codebookAsTaguetteWritesIt_flatCodesBecomeRawConcepts_strictFindsItsEmptySets()
      throws IOException {
    // Taguette writes its tags as a flat list of codes, and an empty Sets element, which the
    // standard's schema does not allow (a Sets holds one Set or more).
    Path taguette = Path.of("src/test/resources/org/metaethnography/core/refi/taguette.qdc");

    Codebook codebook = CodebookReader.lenient().read(taguette);

    assertThat(codebook.origin()).contains("Taguette");
    assertThat(codebook.themes()).isEmpty();
    assertThat(codebook.keyConcepts()).isEmpty();
    // Leaves without a parent: raw concepts, none translated yet; the GUIDs kept as written.
    assertThat(codebook.concepts())
        .extracting(Codebook.Code::name, Codebook.Code::guid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "interesting", Optional.of("0D62985D-B147-5D01-A9B5-CAE5DCD98342")),
            org.assertj.core.groups.Tuple.tuple(
                "people", Optional.of("DFE5C38E-9449-5959-A1F7-E3D895CFA87F")),
            org.assertj.core.groups.Tuple.tuple(
                "interesting.places", Optional.of("725F0645-9CD3-598A-8D2B-EC3D39AB3C3F")));
    assertThat(codebook.translations().isEmpty()).isTrue();
    assertThat(codebook.colours()).isEmpty();
    assertThat(codebook.sets().isEmpty()).isTrue();

    InvalidCodebookException strict =
        catchThrowableOfType(
            () -> CodebookReader.strict().read(taguette), InvalidCodebookException.class);
    assertThat(strict.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("/CodeBook/Sets");
              assertThat(p.detail()).isEqualTo("Sets must hold a Set");
            });
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
    return java.util.Map.entry(key, value);
  }

  @Test
  void describeInto_review_letsTheReviewCheckWhatTheCodebookLeavesOpen() throws IOException {
    Codebook codebook = CodebookReader.lenient().read(FIXTURE);

    InvalidReviewException invalid =
        catchThrowableOfType(
            () -> codebook.describeInto(MetaEthnography.review("Respite care")).build(),
            InvalidReviewException.class);

    // The code at the top with nothing under it is a raw concept translated into nothing.
    assertThat(invalid.getMessage()).contains("Costs of travel");
    Review review =
        codebook
            .describeInto(MetaEthnography.review("Respite care"))
            .setAside("Costs of travel", "Not about the experience of respite")
            .build();
    assertThat(review.themes())
        .containsExactly(
            Theme.builder()
                .name("Living with caring")
                .definition("What caring for a relative does to the carer's days.")
                .keyConcepts(List.of("Respite", "Guilt"))
                .build());
    assertThat(review.keyConcepts()).hasSize(3);
    assertThat(review.keyConcept("Guilt").orElseThrow().definition()).isEmpty();
    assertThat(review.concept("Time for oneself").orElseThrow().definition())
        .contains("Hours in which the carer is answerable to no one.");
    assertThat(review.concept("Time for oneself").orElseThrow().order()).isEmpty();
    assertThat(review.translations()).hasSize(3);
    assertThat(review.translations().get(0).kind()).isEmpty();
    assertThat(review.setAside())
        .containsExactly(SetAside.of("Costs of travel", "Not about the experience of respite"));
  }

  @Test
  void lenient_fileWithoutNamespaceAndUnknownAttributes_reads() {
    String xml =
        """
<CodeBook origin="Some tool" version="2">
  <Codes>
    <Code name="Respite" colour="red" isCodable="yes">
      <Code name="Time for oneself" id="7"/>
      <Memo>not in the standard</Memo>
    </Code>
  </Codes>
  <Sets>
    <Set name="Mine"><MemberCode targetGUID="{00000000-0000-0000-0000-000000000001}"/></Set>
  </Sets>
</CodeBook>
"""
            .replace(
                "<Code name=\"Time",
                "<Code guid=\"00000000-0000-0000-0000-000000000001\" name=\"Time");

    Codebook codebook = CodebookReader.lenient().parse(xml);

    assertThat(codebook.translations().asMap())
        .containsExactly(entry("Respite", List.of("Time for oneself")));
    assertThat(codebook.sets().asMap()).containsExactly(entry("Mine", List.of("Time for oneself")));
    assertThat(codebook.colours()).isEmpty();
  }

  @Test
  void strict_sameFile_reportsEveryDeparture() {
    String xml =
        """
<CodeBook origin="Some tool" version="2">
  <Codes>
    <Code name="Respite" isCodable="yes">
      <Code guid="00000000-0000-0000-0000-000000000001" name="Time for oneself" isCodable="true"/>
      <Description>too late</Description>
    </Code>
  </Codes>
</CodeBook>
""";

    InvalidCodebookException invalid =
        catchThrowableOfType(
            () -> CodebookReader.strict().parse(xml), InvalidCodebookException.class);

    assertThat(invalid.problems())
        .extracting(CodebookProblem::message)
        .containsExactly(
            "/CodeBook (line 1, column 42): CodeBook has no namespace; it must be"
                + " urn:QDA-XML:codebook:1.0 (wrong namespace)",
            "/CodeBook (line 1, column 42): CodeBook has attribute version, which the schema does"
                + " not allow there (unknown attribute)",
            "/CodeBook/Codes/Code (line 3, column 42): Code has no guid attribute (required"
                + " attribute)",
            "/CodeBook/Codes/Code (line 3, column 42): isCodable \"yes\" is not true, false, 1 or 0"
                + " (wrong value)",
            "/CodeBook/Codes/Code/Description (line 5, column 20): Description must come before"
                + " Code in Code (element out of order)");
    assertThat(invalid.getMessage()).startsWith("codebook (text) has 5 problems:");
  }

  @Test
  void read_brokenCodebook_reportsEveryProblemWithItsPlace() {
    String xml =
        """
<CodeBook xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="00000000-0000-0000-0000-000000000001" isCodable="true" color="red">
      <Code guid="00000000-0000-0000-0000-000000000002" name="Key" isCodable="true">
        <Code guid="00000000-0000-0000-0000-000000000003" name="Raw" isCodable="true">
          <Code guid="00000000-0000-0000-0000-000000000004" name="Too deep" isCodable="true"/>
        </Code>
      </Code>
    </Code>
    <Code guid="00000000-0000-0000-0000-000000000002" name="Again" isCodable="true"/>
  </Codes>
  <Sets>
    <Set guid="00000000-0000-0000-0000-000000000009" name="S">
      <MemberCode guid="00000000-0000-0000-0000-00000000dead"/>
    </Set>
  </Sets>
</CodeBook>
""";

    for (CodebookReader reader : List.of(CodebookReader.strict(), CodebookReader.lenient())) {
      InvalidCodebookException invalid =
          catchThrowableOfType(() -> reader.parse(xml), InvalidCodebookException.class);

      assertThat(invalid.problems())
          .extracting(CodebookProblem::path, CodebookProblem::rule)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("/CodeBook/Codes/Code[1]", "required attribute"),
              org.assertj.core.groups.Tuple.tuple("/CodeBook/Codes/Code[1]", "wrong value"),
              org.assertj.core.groups.Tuple.tuple(
                  "/CodeBook/Codes/Code[1]/Code/Code/Code", "nested too deep"),
              org.assertj.core.groups.Tuple.tuple("/CodeBook/Codes/Code[2]", "duplicate GUID"),
              org.assertj.core.groups.Tuple.tuple(
                  "/CodeBook/Sets/Set/MemberCode", "dangling reference"));
      assertThat(invalid.problems().get(3).detail())
          .isEqualTo(
              "code \"Again\" has GUID 00000000-0000-0000-0000-000000000002, which"
                  + " /CodeBook/Codes/Code[1]/Code has too");
    }
  }

  @Test
  void read_doctypeWithExternalEntity_isRefusedBeforeAnythingIsFetched(@TempDir Path directory)
      throws IOException {
    Path secret = Files.writeString(directory.resolve("secret.txt"), "SECRET");
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE CodeBook [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"00000000-0000-0000"
            + "-0000-000000000001\" name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>";

    for (CodebookReader reader : List.of(CodebookReader.strict(), CodebookReader.lenient())) {
      InvalidCodebookException invalid =
          catchThrowableOfType(() -> reader.parse(xml), InvalidCodebookException.class);

      assertThat(invalid.problems()).hasSize(1);
      assertThat(invalid.problems().get(0).rule()).isEqualTo("DOCTYPE refused");
      assertThat(invalid.problems().get(0).line()).isEqualTo(2);
      assertThat(invalid.getMessage()).doesNotContain("SECRET");
    }
  }

  @Test
  void read_billionLaughs_isRefusedWithoutExpansion() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"");
      xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<CodeBook><Codes><Code name=\"&lol9;\"/></Codes></CodeBook>");

    InvalidCodebookException invalid =
        catchThrowableOfType(
            () -> CodebookReader.lenient().parse(xml.toString()), InvalidCodebookException.class);

    assertThat(invalid.problems())
        .extracting(CodebookProblem::message)
        .containsExactly(
            "(file) (line 2, column 16): the file declares a DOCTYPE; a codebook needs none, and"
                + " DTDs and entities are refused so that no entity is expanded or fetched"
                + " (DOCTYPE refused)");
  }

  @Test
  void read_malformedXml_saysWhereParsingStopped() {
    InvalidCodebookException invalid =
        catchThrowableOfType(
            () -> CodebookReader.lenient().parse("<CodeBook>\n  <Codes>\n</CodeBook>"),
            InvalidCodebookException.class);

    CodebookProblem problem = invalid.problems().get(0);
    assertThat(problem.rule()).isEqualTo("malformed XML");
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.path()).isEmpty();
  }

  @Test
  void read_projectInsteadOfCodebook_saysItIsNoCodebook() {
    InvalidCodebookException invalid =
        catchThrowableOfType(
            () ->
                CodebookReader.lenient()
                    .parse("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>"),
            InvalidCodebookException.class);

    assertThat(invalid.problems()).extracting(CodebookProblem::rule).containsExactly("wrong root");
  }

  @Test
  void read_deeplyNestedElements_stopsAtTheLimit() {
    String xml = "<CodeBook>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</CodeBook>";

    InvalidCodebookException invalid =
        catchThrowableOfType(
            () -> CodebookReader.lenient().parse(xml), InvalidCodebookException.class);

    assertThat(invalid.problems())
        .extracting(CodebookProblem::rule)
        .containsExactly("nesting too deep");
  }

  @Test
  void read_tooLargeFile_isRefusedUnread(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("huge.qdc");
    Files.write(file, new byte[CodebookReader.MAX_BYTES + 1]);

    InvalidCodebookException invalid =
        catchThrowableOfType(
            () -> CodebookReader.lenient().read(file), InvalidCodebookException.class);

    assertThat(invalid.file()).isEqualTo("huge.qdc");
    assertThat(invalid.problems()).extracting(CodebookProblem::rule).containsExactly("too large");
  }

  @Test
  void problem_withoutLine_saysOnlyWhere() {
    assertThat(new CodebookProblem("", 0, 0, "too large", "big").message())
        .isEqualTo("(file): big (too large)");
    assertThat(Optional.of(new CodebookProblem("/CodeBook", 1, 2, "r", "d").toString()))
        .contains("/CodeBook (line 1, column 2): d (r)");
  }
}
