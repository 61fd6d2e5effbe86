package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Dimension;
import org.metaethnography.synthesis.Synthesis;

/**
 * The tables of the synthesis of raw concepts, on a review of stroke support written for this
 * test. Worked by hand: Hope (early; Survivors) gets "Expecting recovery" (first order, Survivors,
 * positive) found in 4; Burden (late; Carers) gets "Weight of care" (second, Carers, negative)
 * found in 4 and 7, and "Shared load" (second, Survivors, positive) found in no paper; "Aside" is
 * set aside, and found in no paper either.
 */
final class SynthesisTablesTest {
  private final Synthesis synthesis =
      MetaEthnography.review("Stroke support")
          .stakeholders("Survivors", "Carers")
          .phases("early", "late")
          .reviewers("AO")
          .paper(4, p -> paper(p, "Ng L").perspective("Survivors", "Carers"))
          .paper(7, p -> paper(p, "Kim H").perspective("Carers"))
          .keyConcept("Hope", k -> k.definedAs("Expecting recovery").phase("early").concerns("Survivors"))
          .keyConcept("Burden", k -> k.definedAs("Weight of care").phase("late").concerns("Carers"))
          .concept(
              "Expecting recovery",
              c -> c.firstOrder().voices("Survivors").positive().phase("early").definedAs("x"))
          .concept(
              "Weight of care",
              c -> c.secondOrder().voices("Carers").negative().phase("late").definedAs("y"))
          .concept(
              "Shared load",
              c -> c.secondOrder().voices("Survivors").positive().phase("late").definedAs("z"))
          .concept(
              "Aside", c -> c.secondOrder().voices("Carers").negative().phase("late").definedAs("w"))
          .translate("Hope", TranslationKind.RECIPROCAL, "Expecting recovery")
          .translate("Burden", TranslationKind.REFUTATIONAL, "Weight of care", "Shared load")
          .setAside("Aside", "Descriptive only")
          .found("Expecting recovery", 4, e -> e.by("AO"))
          .found("Weight of care", 4, e -> e.by("AO"))
          .found("Weight of care", 7, e -> e.by("AO"))
          .synthesize();

  private static org.metaethnography.core.PaperSpec paper(
      org.metaethnography.core.PaperSpec p, String author) {
    return p.by(author)
        .year(2015)
        .titled("A study")
        .in("Stroke")
        .condition("stroke")
        .format("group")
        .intervention("Peer visits");
  }

  @Test
  void translations_listEveryRawConcept_thenThoseSetAside() {
    assertThat(ReviewTables.translations(synthesis).toCsv())
        .isEqualTo(
            "raw_concept,order,key_concept,translation_kind,papers\n"
                + "Expecting recovery,first,Hope,reciprocal,4\n"
                + "Weight of care,second,Burden,refutational,4 7\n"
                + "Shared load,second,Burden,refutational,\n"
                + "Aside,second,,set aside,\n");
  }

  @Test
  void keyConcepts_showDeclaredAndDerivedClassification() {
    assertThat(ReviewTables.keyConcepts(synthesis).toCsv())
        .isEqualTo(
            "key_concept,phases,stakeholders_declared,stakeholders_derived,valence,papers,"
                + "raw_concepts\n"
                + "Hope,early,Survivors,Survivors,positive,1,1\n"
                + "Burden,late,Carers,Survivors; Carers,both,2,2\n");
  }

  @Test
  void distributionAndCrossTab_countKeyConcepts() {
    assertThat(ReviewTables.distribution(synthesis.distributions(), Dimension.STAKEHOLDERS).toCsv())
        .isEqualTo(
            "stakeholders,key_concepts,names\n"
                + "Survivors,1,Hope\n"
                + "Survivors and carers,1,Burden\n");
    assertThat(
            ReviewTables.crossTab(
                    synthesis.distributions().crossTab(Dimension.PHASE, Dimension.VALENCE))
                .toCsv())
        .isEqualTo("phase by valence,positive,both\nearly,1,0\nlate,0,1\n");
  }

  @Test
  void audit_listsFindingsWithTheirPapers_andLastTheRawConceptsFoundInNoPaper() {
    assertThat(ReviewTables.audit(synthesis.audit()).toCsv())
        .isEqualTo(
            "finding,key_concept,papers,detail\n"
                + "single paper,Hope,4,\"key concept \"\"Hope\"\" rests on a single paper, [4]\"\n"
                + "declared differs from derived,Burden,,\"key concept \"\"Burden\"\" is declared to"
                + " concern [Carers], but its raw concepts voice [Survivors, Carers]\"\n"
                + "untranslated concept,,,\"concept \"\"Aside\"\" is set aside, not translated:"
                + " Descriptive only\"\n"
                + "concepts not found,,,\"2 raw concepts are found in no paper: Shared load,"
                + " Aside\"\n");
  }

  @Test
  void keyConcepts_withAMixedRawConcept_areMixed() {
    // "Giving and taking" is mixed and "Pride" positive: a raw concept that is itself mixed makes
    // the key concept mixed. Only "Giving and taking" is found, in paper 1.
    Synthesis mixed =
        MetaEthnography.review("Mixed")
            .paper(1, p -> {})
            .keyConcept("Helping", k -> {})
            .concept("Giving and taking", c -> c.mixed())
            .concept("Pride", c -> c.positive())
            .found("Giving and taking", 1)
            .translate("Helping", TranslationKind.RECIPROCAL, "Giving and taking", "Pride")
            .synthesize();
    assertThat(ReviewTables.keyConcepts(mixed).toCsv())
        .isEqualTo(
            "key_concept,phases,stakeholders_declared,stakeholders_derived,valence,papers,"
                + "raw_concepts\n"
                + "Helping,,,,mixed,1,2\n");
  }
}
