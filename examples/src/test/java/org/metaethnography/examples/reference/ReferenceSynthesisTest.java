package org.metaethnography.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Review;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.synthesis.Classification;
import org.metaethnography.synthesis.Distributions;
import org.metaethnography.synthesis.Finding;
import org.metaethnography.synthesis.KeyConceptProfile;
import org.metaethnography.synthesis.Synthesis;
import org.metaethnography.synthesis.ValenceProfile;

/**
 * The synthesis of the reference paper's (reconstructed) raw concepts against what the paper
 * states: 36 concepts grouped into 13 key concepts (section 2.4), the stakeholder grouping of
 * sections 3.1 to 3.4 and the Discussion's "Sharing ... is the only mentee-specific concept", the
 * papers per key concept of Table 3, and agreement with Table 3 wherever raw-level data exists.
 */
final class ReferenceSynthesisTest {
  private static final Synthesis SYNTHESIS = MetaEthnography.synthesize(ReproducePaper.review());
  private static final Review REVIEW = SYNTHESIS.review();
  private static final Stakeholder MENTORS = Stakeholder.of("Mentors");
  private static final Stakeholder MENTEES = Stakeholder.of("Mentees");

  private static KeyConcept keyConcept(String name) {
    return REVIEW.keyConcept(name).orElseThrow();
  }

  private static List<KeyConcept> keyConcepts(String... names) {
    return java.util.Arrays.stream(names).map(ReferenceSynthesisTest::keyConcept).toList();
  }

  @Test
  void thirtySixRawConcepts_translateIntoThe13KeyConcepts() {
    // Section 2.4: "Thirty-six concepts were first identified. Similar or related concepts were
    // grouped together to produce 13 key concepts."
    assertThat(REVIEW.concepts()).hasSize(36);
    assertThat(REVIEW.setAside()).isEmpty();
    assertThat(REVIEW.translations())
        .extracting(t -> t.keyConcept())
        .containsExactlyElementsOf(REVIEW.keyConcepts().stream().map(KeyConcept::name).toList());
    assertThat(SYNTHESIS.profiles())
        .extracting(p -> p.rawConcepts().size())
        .containsExactly(3, 4, 3, 3, 2, 3, 3, 3, 2, 2, 2, 3, 3);
  }

  @Test
  void stakeholderSpecificity_fallsOutOfTheRawConcepts() {
    // Discussion: "Sharing ... is the only mentee-specific concept"; section 3.3 and the
    // Discussion: helping, reciprocity, role satisfaction and emotional entanglement are
    // mentor-specific; sections 3.1 and 3.4: the other eight concern mentors and mentees.
    for (Classification classification : Classification.values()) {
      Distributions distributions = SYNTHESIS.distributions(classification);
      assertThat(distributions.specificTo(MENTEES))
          .containsExactlyElementsOf(keyConcepts("Sharing"));
      assertThat(distributions.specificTo(MENTORS))
          .containsExactlyElementsOf(
              keyConcepts("Helping", "Reciprocity", "Role satisfaction", "Emotional entanglement"));
      assertThat(distributions.shared())
          .containsExactlyElementsOf(
              keyConcepts(
                  "Sense of connection",
                  "Experiential knowledge",
                  "Finding meaning",
                  "Isolation",
                  "Changed outlook",
                  "Changed behaviour",
                  "Changed knowledge",
                  "Empowerment"));
    }
    assertThat(SYNTHESIS.distributions().classification()).isEqualTo(Classification.DERIVED);
  }

  @Test
  void profiles_countThePapersOfTable3() {
    // Ticks of each Table 3 column, counted by hand (see golden/README.md).
    assertThat(SYNTHESIS.profiles())
        .extracting(KeyConceptProfile::papers)
        .containsExactly(16, 16, 7, 16, 9, 13, 8, 5, 5, 20, 17, 21, 8);
  }

  @Test
  void papersBehindAKeyConcept_countByDisease() {
    // Table 3, Sharing column, worked by hand: Wilson [13] and Barlow [22] (chronic disease),
    // Barlow [34] (RA), Beckmann [37], Carlsson [38], Coward [39] (cancer), Heisler [43] and
    // Struthers [48] (diabetes), Hyde [44] (HIV); listed in order of reference number.
    assertThat(
            SYNTHESIS
                .grid()
                .countBy(keyConcept("Sharing"), p -> p.condition().orElseThrow().name()))
        .containsExactly(
            java.util.Map.entry("Chronic disease", 2),
            java.util.Map.entry("RA", 1),
            java.util.Map.entry("Cancer", 3),
            java.util.Map.entry("Diabetes", 2),
            java.util.Map.entry("HIV", 1));
  }

  @Test
  void valence_showsBothAspectsWhereTheTextDescribesBoth() {
    // Positive only: finding meaning (3.1.3), changed outlook (3.4.1), changed behaviour (3.4.2);
    // every other key concept has negative aspects in the text as well.
    assertThat(SYNTHESIS.profiles())
        .filteredOn(p -> p.valence() == ValenceProfile.POSITIVE)
        .extracting(p -> p.keyConcept().name())
        .containsExactly("Finding meaning", "Changed outlook", "Changed behaviour");
    assertThat(SYNTHESIS.profiles())
        .filteredOn(p -> p.valence() == ValenceProfile.BOTH)
        .hasSize(10);
  }

  @Test
  void aggregation_agreesWithTable3WhereverRawLevelDataExists() {
    // The cells the text attributes to cited papers, each ticked in Table 3.
    assertThat(SYNTHESIS.aggregation().supports().keySet())
        .containsExactlyInAnyOrder(
            Incidence.of(13, "Changed behaviour"),
            Incidence.of(13, "Empowerment"),
            Incidence.of(21, "Sense of connection"),
            Incidence.of(22, "Sense of connection"),
            Incidence.of(23, "Experiential knowledge"),
            Incidence.of(24, "Experiential knowledge"),
            Incidence.of(25, "Experiential knowledge"),
            Incidence.of(30, "Reciprocity"),
            Incidence.of(31, "Role satisfaction"),
            Incidence.of(32, "Role satisfaction"));
    for (Incidence cell : SYNTHESIS.aggregation().supports().keySet()) {
      assertThat(
              SYNTHESIS
                  .grid()
                  .contains(
                      SYNTHESIS.review().paper(cell.paper()).orElseThrow(),
                      SYNTHESIS.review().keyConcept(cell.keyConcept()).orElseThrow()))
          .as(cell.toString())
          .isTrue();
    }
    assertThat(SYNTHESIS.audit().findings(Finding.Kind.RAW_SUPPORT_NOT_IN_GRID)).isEmpty();
  }

  @Test
  void audit_findsWhatTheTextAndTablesLeaveOpen() {
    // Worked by hand from Tables 1 and 3: helping is ticked in Barlow [33] and Gifford [21], whose
    // participants are mentees only; reciprocity in Barlow [33]; emotional entanglement in Coward
    // [39]. Section 3.1.3 places finding meaning during the intervention but also calls it "a
    // longer-term impact", which the raw concepts record as a post-intervention concept.
    assertThat(SYNTHESIS.audit().findings())
        .extracting(Finding::kind, Finding::keyConcept, Finding::papers)
        .containsExactly(
            tuple(
                Finding.Kind.DECLARED_DIFFERS_FROM_DERIVED,
                Optional.of("Finding meaning"),
                List.of()),
            tuple(
                Finding.Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS,
                Optional.of("Helping"),
                List.of(Citation.of(21), Citation.of(33))),
            tuple(
                Finding.Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS,
                Optional.of("Reciprocity"),
                List.of(Citation.of(33))),
            tuple(
                Finding.Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS,
                Optional.of("Emotional entanglement"),
                List.of(Citation.of(39))),
            tuple(Finding.Kind.CONCEPTS_NOT_FOUND, Optional.empty(), List.of()));
    // The text cites an included paper for 8 of the 36 reconstructed raw concepts (Blend of
    // diagnoses, Life experience as resource, Relationship between equals, Personal
    // understanding, Misunderstood reciprocity, Rejection and burden, Making self-care a habit,
    // Medically shaped empowerment): the other 28 are found in no paper, listed in the order the
    // dataset gives its concepts, from Shared illness experience (section 3.1.1) to Entitlement to
    // speak (section 3.4.4).
    Finding notFound = SYNTHESIS.audit().findings(Finding.Kind.CONCEPTS_NOT_FOUND).get(0);
    assertThat(notFound.concepts()).hasSize(28);
    assertThat(notFound.concepts().get(0)).isEqualTo("Shared illness experience");
    assertThat(notFound.concepts().get(27)).isEqualTo("Entitlement to speak");
    assertThat(notFound.concepts())
        .doesNotContain(
            "Blend of diagnoses",
            "Life experience as resource",
            "Relationship between equals",
            "Personal understanding",
            "Misunderstood reciprocity",
            "Rejection and burden",
            "Making self-care a habit",
            "Medically shaped empowerment");
    assertThat(notFound.message()).startsWith("28 raw concepts are found in no paper: Shared");
  }

  @Test
  void conceptualModel_placesTheKeyConceptsAsSections31To34() {
    Phase during = Phase.of("During intervention");
    Phase post = Phase.of("Post-intervention");
    var model = SYNTHESIS.conceptualModel();
    assertThat(model.phases()).containsExactly(Optional.of(during), Optional.of(post));
    assertThat(model.keyConcepts(Optional.of(during), java.util.Set.of(MENTEES)))
        .containsExactlyElementsOf(keyConcepts("Sharing"));
    assertThat(model.keyConcepts(Optional.of(post), java.util.Set.of(MENTORS, MENTEES)))
        .containsExactlyElementsOf(
            keyConcepts(
                "Changed outlook", "Changed behaviour", "Changed knowledge", "Empowerment"));
    // The line of argument as encoded, written out by hand from the sentences of sections 3.2 to
    // 3.5 and the Discussion that relate two key concepts (see the notes of the review document).
    assertThat(model.relations())
        .extracting(r -> r.source() + " " + r.kind() + " " + r.target())
        .containsExactly(
            "Isolation prompts Sense of connection",
            "Sharing facilitates Sense of connection",
            "Experiential knowledge facilitates Sense of connection",
            "Sense of connection helps Finding meaning",
            "Sharing alleviates Isolation",
            "Experiential knowledge reproduces where lacking Isolation",
            "Helping becomes Reciprocity",
            "Helping contributes to Role satisfaction",
            "Reciprocity contributes to Role satisfaction",
            "Reciprocity risks Emotional entanglement",
            "Helping leads to Finding meaning",
            "Experiential knowledge leads to Changed knowledge",
            "Changed knowledge leads to Changed behaviour",
            "Helping leads to Changed outlook",
            "Sharing facilitates Changed outlook",
            "Changed outlook precedes Changed behaviour",
            "Changed knowledge leads to Empowerment",
            "Sharing fosters Empowerment",
            "Helping leads to Empowerment");
    assertThat(model.statement()).isPresent();
    assertThat(model.note()).hasValueSatisfying(n -> assertThat(n).startsWith("A reconstruction"));
  }
}
