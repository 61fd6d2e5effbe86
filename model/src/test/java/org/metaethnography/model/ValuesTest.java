package org.metaethnography.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The invariants each value checks on its own, with their exact messages. */
final class ValuesTest {

  @Test
  void term_blankName_isRejected() {
    assertThatThrownBy(() -> Stakeholder.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stakeholder name must not be blank");
    assertThatThrownBy(() -> InterventionFormat.of("")).hasMessage("format name must not be blank");
  }

  @Test
  void term_surroundingWhitespace_isRejected() {
    assertThatThrownBy(() -> Phase.of("after "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phase name \"after \" must not begin or end with whitespace (U+0020)");
  }

  @Test
  void terms_ofDifferentKinds_areNotEqual() {
    assertThat(Stakeholder.of("x")).isNotEqualTo(Phase.of("x"));
    assertThat(Condition.of("asthma")).isEqualTo(Condition.of("asthma"));
    assertThat(ExclusionReason.of("Duplicate")).hasToString("Duplicate");
  }

  @Test
  void author_parse_takesTheLastWordOfCapitalsAsInitials() {
    assertThat(Author.parse("Hilfinger Messias D")).isEqualTo(Author.of("Hilfinger Messias", "D"));
    assertThat(Author.parse("Sale JEM")).isEqualTo(Author.of("Sale", "JEM"));
    assertThat(Author.parse("Weld-Viscount P").surname()).isEqualTo("Weld-Viscount");
    assertThat(Author.parse("Plato")).isEqualTo(Author.of("Plato", ""));
    assertThat(Author.parse("de Souza Lima")).isEqualTo(Author.of("de Souza Lima", ""));
    assertThat(Author.of("Barlow", "J")).hasToString("Barlow J");
  }

  @Test
  void author_initialsThatAreNotCapitals_areRejected() {
    assertThatThrownBy(() -> Author.of("Barlow", "j."))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("author Barlow j.: initials \"j.\" must be capital letters only");
    assertThatThrownBy(() -> Author.parse("  "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("author: must not be blank");
  }

  @Test
  void perspective_toString_namesItsStakeholdersOrItsDescription() {
    Stakeholder patients = Stakeholder.of("Patients");
    Stakeholder carers = Stakeholder.of("Carers");
    Stakeholder gps = Stakeholder.of("GPs");
    assertThat(Perspective.of(patients)).hasToString("Patients");
    assertThat(Perspective.of(carers, gps, patients)).hasToString("Carers, GPs, Patients");
    assertThat(Perspective.undesignated("Pairs of peers")).hasToString("Pairs of peers");
    assertThat(Perspective.undesignated("Pairs of peers").isUndesignated()).isTrue();
  }

  @Test
  void perspective_withoutStakeholders_orWithRepeats_isRejected() {
    assertThatThrownBy(Perspective::of)
        .hasMessage("perspective: must name at least one stakeholder or be undesignated");
    Stakeholder carers = Stakeholder.of("Carers");
    assertThatThrownBy(() -> Perspective.of(carers, carers))
        .hasMessage("perspective: names stakeholder \"Carers\" more than once");
    assertThatThrownBy(() -> Perspective.undesignated(" "))
        .hasMessage("perspective: description of an undesignated perspective must not be blank");
  }

  @Test
  void stageCounts_negativeCount_isRejected() {
    assertThatThrownBy(() -> StageCounts.of(10, 5, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("articles appraised (-1) must not be negative");
  }

  @Test
  void stageCounts_countAboveThePreviousStage_isRejected() {
    assertThatThrownBy(() -> StageCounts.of(100, 20, 11, 12))
        .hasMessage("articles included (12) must not exceed articles appraised (11)");
  }

  @Test
  void stageCounts_everyProblem_isReported() {
    assertThatThrownBy(() -> StageCounts.of(-5, 20, 30, 1))
        .hasMessage(
            "abstracts reviewed (-5) must not be negative; "
                + "articles appraised (30) must not exceed articles retrieved (20)");
  }

  @Test
  void stageCounts_plus_addsStageByStage() {
    StageCounts cancer = StageCounts.of(4631, 219, 11, 5);
    StageCounts asthma = StageCounts.of(1947, 205, 1, 1);
    assertThat(cancer.plus(asthma)).isEqualTo(StageCounts.of(6578, 424, 12, 6));
    assertThat(cancer.plus(StageCounts.zero())).isEqualTo(cancer);
    assertThat(cancer.articlesExcluded()).isEqualTo(OptionalInt.of(6));
  }

  @Test
  void exclusionTally_negative_isRejected() {
    assertThatThrownBy(() -> ExclusionTally.of(ExclusionReason.of("Review"), -1))
        .hasMessage("exclusion reason \"Review\": number of papers (-1) must not be negative");
  }

  @Test
  void paper_referenceBelowOne_isRejected() {
    // The citation is made (and rejected) before the paper exists, so it is not yet placed.
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> Fixtures.paper(0, "Carers"));
    assertThat(e).hasMessage("reference number (0) must be at least 1");
    assertThat(e.problems())
        .extracting(ReviewProblem::place, ReviewProblem::rule, ReviewProblem::value)
        .containsExactly(
            tuple(new Place.Detached(""), ReviewProblem.Rule.INVALID_VALUE, Optional.of("0")));
  }

  @Test
  void paper_withoutAuthors_builds_withoutFirstAuthor() {
    Paper paper = Fixtures.paperBuilder(7, "Carers").authors(java.util.List.of()).build();
    assertThat(paper.authors()).isEmpty();
    assertThat(paper.firstAuthor()).isEmpty();
    assertThat(paper).hasToString("[7]");
  }

  @Test
  void paper_etAlWithoutAuthors_isRejected() {
    assertThatThrownBy(() -> Paper.builder().reference(4).etAl(true).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("paper [4]: \"et al.\" needs at least one author before it");
  }

  @Test
  void paper_withOnlyACitation_hasEveryOtherAttributeAbsent() {
    Paper paper = Paper.builder().citation(Citation.of("Sav et al (2013)")).build();
    assertThat(paper.citation()).isEqualTo(Citation.of("Sav et al (2013)"));
    assertThat(paper.authors()).isEmpty();
    assertThat(paper.etAl()).isFalse();
    assertThat(paper.year()).isEmpty();
    assertThat(paper.title()).isEmpty();
    assertThat(paper.journal()).isEmpty();
    assertThat(paper.condition()).isEmpty();
    assertThat(paper.format()).isEmpty();
    assertThat(paper.intervention()).isEmpty();
    assertThat(paper.duration()).isEmpty();
    assertThat(paper.perspective()).isEmpty();
    assertThat(paper.attributes().isEmpty()).isTrue();
    assertThat(paper.firstAuthor()).isEmpty();
    assertThat(paper).hasToString("Sav et al (2013)");
  }

  @Test
  void paper_reference_isAShortcutForANumberedCitation() {
    assertThat(Paper.builder().reference(34).build())
        .isEqualTo(Paper.builder().citation(Citation.of(34)).build());
    assertThat(Paper.builder().reference(34).build().citation().number()).hasValue(34);
  }

  @Test
  void paper_firstAuthor_isTheSurnameOfTheFirstAuthor() {
    Paper paper = Fixtures.paper(7, "Carers");
    assertThat(paper.firstAuthor()).contains("Okafor");
    assertThat(paper).hasToString("Okafor [7]");
  }

  @Test
  void paper_citedByLabel_printsItsLabel() {
    Paper paper =
        Paper.builder()
            .citation(Citation.of("Okafor 2019"))
            .addAuthors(Author.of("Okafor", "N"))
            .build();
    assertThat(paper).hasToString("Okafor 2019");
  }

  @Test
  void concept_ofThirdOrder_isRejected() {
    assertThatThrownBy(
            () ->
                Concept.builder()
                    .name("Respite")
                    .order(Order.THIRD)
                    .perspective(Perspective.of(Stakeholder.of("Carers")))
                    .valence(Valence.POSITIVE)
                    .phase(Phase.of("during"))
                    .definition("Time off")
                    .build())
        .hasMessage(
            "concept \"Respite\": order THIRD is not allowed: concepts extracted from papers are"
                + " of the first or second order; third-order concepts are key concepts");
  }

  @Test
  void keyConcept_withoutPhase_builds_withNoPhase() {
    KeyConcept respite =
        KeyConcept.builder()
            .name("Respite")
            .definition("Time off caring")
            .addStakeholders(Stakeholder.of("Carers"))
            .build();
    assertThat(respite.phases()).isEmpty();
    assertThat(respite.stakeholders()).containsExactly(Stakeholder.of("Carers"));
  }

  @Test
  void keyConcept_withOnlyAName_hasNoDefinitionPhaseOrStakeholder() {
    KeyConcept bare = KeyConcept.builder().name("Disruption and loss").build();
    assertThat(bare.name()).isEqualTo("Disruption and loss");
    assertThat(bare.definition()).isEmpty();
    assertThat(bare.phases()).isEmpty();
    assertThat(bare.stakeholders()).isEmpty();
    assertThat(bare).hasToString("Disruption and loss");
  }

  @Test
  void concept_withOnlyAName_hasEveryOtherAttributeAbsent() {
    Concept bare = Concept.builder().name("Physical changes").build();
    assertThat(bare.order()).isEmpty();
    assertThat(bare.perspective()).isEmpty();
    assertThat(bare.valence()).isEmpty();
    assertThat(bare.phase()).isEmpty();
    assertThat(bare.definition()).isEmpty();
    assertThat(bare.note()).isEmpty();
    assertThat(bare).hasToString("Physical changes");
  }

  @Test
  void concept_mayBeOfMixedValence() {
    Concept mixed = Concept.builder().name("Help that binds").valence(Valence.MIXED).build();
    assertThat(mixed.valence()).contains(Valence.MIXED);
  }

  @Test
  void keyConcept_isOfTheThirdOrder() {
    assertThat(Fixtures.keyConcept("Respite", "during", "Carers").order()).isEqualTo(Order.THIRD);
  }

  @Test
  void translation_repeatedConcept_isRejected() {
    assertThatThrownBy(() -> Translation.of("Respite", TranslationKind.RECIPROCAL, "a", "a"))
        .hasMessage("translation into \"Respite\": names concept \"a\" more than once");
    assertThatThrownBy(() -> Translation.of("Respite", TranslationKind.REFUTATIONAL))
        .hasMessage("translation into \"Respite\": must name at least one concept");
  }

  @Test
  void incidence_referenceBelowOne_isRejected() {
    assertThatThrownBy(() -> Incidence.of(0, "Respite"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reference number (0) must be at least 1");
    assertThat(Incidence.of(3, "Respite")).hasToString("[3] Respite");
    assertThat(Incidence.of(Citation.of("Sav 2013"), "Respite")).hasToString("Sav 2013 Respite");
    assertThat(Incidence.of(3, "Respite")).isEqualTo(Incidence.of(Citation.of(3), "Respite"));
  }

  @Test
  void incidence_blankKeyConcept_isRejectedAtItsCell() {
    assertThatThrownBy(() -> Incidence.of(3, " "))
        .hasMessage("grid cell [3]  : key concept name must not be blank");
  }

  @Test
  void paper_withSeveralProblems_reportsThemAll() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                Fixtures.paperBuilder(7, "Carers")
                    .year(19)
                    .title(" ")
                    .journal("")
                    .putAttributes("country", " ")
                    .putAttributes(" setting", "home")
                    .build());
    assertThat(e.problems())
        .extracting(ReviewProblem::message)
        .containsExactly(
            "paper [7]: year (19) must have four digits",
            "paper [7]: title must not be blank",
            "paper [7]: journal must not be blank",
            "paper [7]: attribute name \" setting\" must not begin or end with whitespace"
                + " (U+0020)",
            "paper [7]: attribute \"country\" must not be blank");
  }

  @Test
  void keyConcept_withSeveralProblems_reportsThemAll() {
    Phase during = Phase.of("during");
    Stakeholder carers = Stakeholder.of("Carers");
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                KeyConcept.builder()
                    .name("Respite")
                    .definition("")
                    .addPhases(during, during)
                    .addStakeholders(carers, carers)
                    .build());
    assertThat(e.problems())
        .extracting(ReviewProblem::message)
        .containsExactly(
            "key concept \"Respite\": definition must not be blank",
            "key concept \"Respite\": names phase \"during\" more than once",
            "key concept \"Respite\": names stakeholder \"Carers\" more than once");
    KeyConcept withoutStakeholders =
        KeyConcept.builder().name("Respite").definition("Time off").addPhases(during).build();
    assertThat(withoutStakeholders.stakeholders()).isEmpty();
    assertThat(withoutStakeholders.phases()).containsExactly(during);
  }

  @Test
  void concept_withBlankDefinitionAndNote_reportsBoth() {
    assertThatThrownBy(
            () ->
                Concept.builder()
                    .name("Guilt")
                    .order(Order.FIRST)
                    .perspective(Perspective.of(Stakeholder.of("Carers")))
                    .valence(Valence.NEGATIVE)
                    .phase(Phase.of("during"))
                    .definition(" ")
                    .note("")
                    .build())
        .hasMessage(
            "concept \"Guilt\": definition must not be blank; "
                + "concept \"Guilt\": note must not be blank");
  }

  @Test
  void extraction_ofPaperBelowOne_orWithRepeatedReviewer_isRejected() {
    assertThatThrownBy(() -> Extraction.builder().concept("Guilt").paper(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("reference number (0) must be at least 1");
    assertThatThrownBy(() -> Fixtures.extraction("Guilt", 3, "AO", "AO"))
        .hasMessage(
            "extraction of concept \"Guilt\" from paper [3]: names reviewer \"AO\" more than once");
  }

  @Test
  void extraction_withoutReviewer_builds_withNoReviewer() {
    Extraction found = Extraction.builder().concept("Guilt").paper(3).build();
    assertThat(found.reviewers()).isEmpty();
    assertThat(found.evidence()).isEmpty();
    assertThat(found.paper()).isEqualTo(Citation.of(3));
    assertThat(found).hasToString("Guilt in [3]");
  }

  @Test
  void extraction_fromALabelledPaper_isPlacedByTheLabel() {
    assertThatThrownBy(
            () -> Extraction.builder().concept(" ").paper(Citation.of("Sav 2013")).build())
        .hasMessage(
            "extraction of concept \" \" from paper \"Sav 2013\": concept name must not be blank");
    assertThat(Extraction.builder().concept("Guilt").paper(Citation.of("Sav 2013")).build())
        .hasToString("Guilt in Sav 2013");
  }

  @Test
  void evidence_setAside_relation_lineOfArgument_checkTheirFields() {
    assertThatThrownBy(() -> Evidence.of(" ", ""))
        .hasMessage("evidence: quotation must not be blank; evidence: page must not be blank");
    assertThat(Evidence.of("the only hours that are mine", "5"))
        .hasToString("\"the only hours that are mine\" (p. 5)");
    assertThatThrownBy(() -> SetAside.of("Guilt", ""))
        .hasMessage("setting aside of concept \"Guilt\": reason must not be blank");
    assertThatThrownBy(() -> Relation.of("Respite", "eases", "Respite"))
        .hasMessage(
            "relation Respite --eases--> Respite: must relate two different key concepts, themes or"
                + " interpretations");
    assertThatThrownBy(() -> Relation.of("Respite", " ", "Renewal"))
        .hasMessage("relation Respite -- --> Renewal: relation kind name must not be blank");
    // An end may be a key concept, a theme or an interpretation: messages say "start" and "end".
    assertThatThrownBy(() -> Relation.of(" ", "eases", ""))
        .hasMessage(
            "relation   --eases--> : relation's start name must not be blank; relation   --eases-->"
                + " : relation's end name must not be blank");
    Relation eases = Relation.of("Respite", "eases", "Renewal");
    assertThatThrownBy(
            () -> LineOfArgument.builder().addRelations(eases, eases).statement("").build())
        .hasMessage(
            "line of argument: statement must not be blank; line of argument: names relation"
                + " \"Respite --eases--> Renewal\" more than once");
  }

  @Test
  void paper_blankInterventionAndDuration_areReported() {
    assertThatThrownBy(() -> Paper.builder().reference(4).intervention("").duration(" ").build())
        .hasMessage(
            "paper [4]: intervention must not be blank; paper [4]: duration must not be blank");
  }

  @Test
  void author_etAl_isNotAnAuthor() {
    assertThatThrownBy(() -> Author.parse("et al."))
        .hasMessage(
            "author et al.: \"et al.\" is not an author; record it as the paper's etAl flag");
    assertThatThrownBy(() -> Author.of(" ", "J"))
        .hasMessage("author   J: surname must not be blank");
  }

  @Test
  void perspective_equality_ignoresTheOrderOfStakeholders() {
    Stakeholder carers = Stakeholder.of("Carers");
    Stakeholder staff = Stakeholder.of("Staff");
    assertThat(Perspective.of(carers, staff)).isEqualTo(Perspective.of(staff, carers));
    assertThat(Perspective.of(staff, carers).stakeholders()).containsExactly(staff, carers);
  }
}
