package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.model.Citation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Synthesis;

/**
 * The translation table in its wide and long forms, and the translations table's papers, on a
 * review of returning to work with a fatigue illness written for this test. Every cell was worked
 * out by hand from the description:
 *
 * <ul>
 *   <li>papers in review order 5 (Ng), 2 (Kim), 8 (Berg): the columns of the wide form;
 *   <li>key concepts in review order Pacing, Disclosure, Support; theme "Managing energy" groups
 *       Pacing, theme "Being believed" groups Support, then Disclosure;
 *   <li>Pacing translates "Rationing", then "Energy budget" (defined as "A daily allowance of
 *       effort"); Disclosure translates "Telling the boss" (defined as "Naming the illness at
 *       work"); Support translates "Understanding colleagues";
 *   <li>extractions in this order: Energy budget in 5 (quoting "I budget my day") and 8; Rationing
 *       in 8 (quoting "I ration") and 5; Telling the boss in 2 (quoting "I told him");
 *       Understanding colleagues in 2 and 8 (quoting "they get it").
 * </ul>
 *
 * <p>So the long form lists, key concept by key concept and raw concept by raw concept in the
 * translations' order, the papers in the order of the extractions: Pacing: Rationing 8, Rationing
 * 5, Energy budget 5, Energy budget 8; Disclosure: Telling the boss 2; Support: Understanding
 * colleagues 2, Understanding colleagues 8.
 */
final class TranslationTablesTest {

  private static ReviewBuilder work(boolean themes) {
    ReviewBuilder review =
        MetaEthnography.review("Returning to work")
            .paper(5, p -> p.by("Ng L"))
            .paper(2, p -> p.by("Kim H"))
            .paper(8, p -> p.by("Berg A"))
            .keyConcept("Pacing", k -> {})
            .keyConcept("Disclosure", k -> {})
            .keyConcept("Support", k -> {})
            .concept("Energy budget", c -> c.definedAs("A daily allowance of effort"))
            .concept("Rationing", c -> {})
            .concept("Telling the boss", c -> c.definedAs("Naming the illness at work"))
            .concept("Understanding colleagues", c -> {})
            .translate("Pacing", TranslationKind.RECIPROCAL, "Rationing", "Energy budget")
            .translate("Disclosure", TranslationKind.REFUTATIONAL, "Telling the boss")
            .translate(
                "Support", TranslationKind.RECIPROCAL, Citation.of(2), "Understanding colleagues")
            .found("Energy budget", 5, e -> e.quoting("I budget my day"))
            .found("Energy budget", 8)
            .found("Rationing", 8, e -> e.quoting("I ration"))
            .found("Rationing", 5)
            .found("Telling the boss", 2, e -> e.quoting("I told him"))
            .found("Understanding colleagues", 2)
            .found("Understanding colleagues", 8, e -> e.quoting("they get it"));
    if (themes) {
      review
          .theme("Managing energy", t -> t.groups("Pacing"))
          .theme("Being believed", t -> t.groups("Support", "Disclosure"));
    }
    return review;
  }

  private final Synthesis synthesis = work(true).synthesize();

  @Test
  void translationGrid_byKeyConcept_holdsEachPapersRawConcepts_inTheReviewsOrder() {
    assertThat(ReviewTables.translationGrid(synthesis, TranslationLayout.standard()).toCsv())
        .isEqualTo(
            "key_concept,5,2,8\n"
                + "Pacing,Rationing; Energy budget,,Rationing; Energy budget\n"
                + "Disclosure,,Telling the boss,\n"
                + "Support,,Understanding colleagues,Understanding colleagues\n");
  }

  @Test
  void translationGrid_byTheme_holdsTheRawConceptsOfTheThemesKeyConcepts_inTheThemesOrder() {
    // "Being believed" groups Support before Disclosure: in paper 2, Understanding colleagues
    // comes before Telling the boss.
    assertThat(
            ReviewTables.translationGrid(synthesis, TranslationLayout.standard().byTheme()).toCsv())
        .isEqualTo(
            "theme,5,2,8\n"
                + "Managing energy,Rationing; Energy budget,,Rationing; Energy budget\n"
                + "Being believed,,Understanding colleagues; Telling the boss,Understanding"
                + " colleagues\n");
  }

  @Test
  void translationGrid_withDefinitions_givesTheDefinitionAfterTheName_whereThereIsOne() {
    assertThat(
            ReviewTables.translationGrid(synthesis, TranslationLayout.standard().withDefinitions())
                .toCsv())
        .isEqualTo(
            "key_concept,5,2,8\n"
                + "Pacing,Rationing; Energy budget: A daily allowance of effort,,Rationing; Energy"
                + " budget: A daily allowance of effort\n"
                + "Disclosure,,Telling the boss: Naming the illness at work,\n"
                + "Support,,Understanding colleagues,Understanding colleagues\n");
  }

  @Test
  void translationGrid_withQuotes_givesTheQuotationFromThatPaper_whereThereIsOne() {
    // Energy budget is quoted from 5 only, Rationing from 8 only.
    assertThat(
            ReviewTables.translationGrid(synthesis, TranslationLayout.standard().withQuotes())
                .toCsv())
        .isEqualTo(
            "key_concept,5,2,8\n"
                + "Pacing,\"Rationing; Energy budget \"\"I budget my day\"\"\",,\"Rationing"
                + " \"\"I ration\"\"; Energy budget\"\n"
                + "Disclosure,,\"Telling the boss \"\"I told him\"\"\",\n"
                + "Support,,Understanding colleagues,\"Understanding colleagues \"\"they get"
                + " it\"\"\"\n");
  }

  @Test
  void translationGrid_citedAs_headsTheColumnsAsTheLayoutCitesThePapers() {
    TranslationLayout layout =
        TranslationLayout.standard()
            .byTheme()
            .citedAs(
                p -> p.firstAuthor().orElseThrow() + " (" + p.citation().number().getAsInt() + ")");
    assertThat(ReviewTables.translationGrid(synthesis, layout).toCsv())
        .isEqualTo(
            "theme,Ng (5),Kim (2),Berg (8)\n"
                + "Managing energy,Rationing; Energy budget,,Rationing; Energy budget\n"
                + "Being believed,,Understanding colleagues; Telling the boss,Understanding"
                + " colleagues\n");
  }

  @Test
  void translationList_ofAReviewWithThemes_hasAThemeColumn() {
    assertThat(ReviewTables.translationList(synthesis, TranslationLayout.standard()).toCsv())
        .isEqualTo(
            "theme,key_concept,raw_concept,study\n"
                + "Managing energy,Pacing,Rationing,8\n"
                + "Managing energy,Pacing,Rationing,5\n"
                + "Managing energy,Pacing,Energy budget,5\n"
                + "Managing energy,Pacing,Energy budget,8\n"
                + "Being believed,Disclosure,Telling the boss,2\n"
                + "Being believed,Support,Understanding colleagues,2\n"
                + "Being believed,Support,Understanding colleagues,8\n");
  }

  @Test
  void translationList_ofAKeyConceptInNoTheme_leavesItsThemeEmpty() {
    // Only Pacing is in a theme; the other two key concepts are in none.
    Synthesis partly = work(false).theme("Managing energy", t -> t.groups("Pacing")).synthesize();
    assertThat(ReviewTables.translationList(partly, TranslationLayout.standard()).toCsv())
        .isEqualTo(
            "theme,key_concept,raw_concept,study\n"
                + "Managing energy,Pacing,Rationing,8\n"
                + "Managing energy,Pacing,Rationing,5\n"
                + "Managing energy,Pacing,Energy budget,5\n"
                + "Managing energy,Pacing,Energy budget,8\n"
                + ",Disclosure,Telling the boss,2\n"
                + ",Support,Understanding colleagues,2\n"
                + ",Support,Understanding colleagues,8\n");
  }

  @Test
  void translationList_ofAReviewWithoutThemes_hasNoThemeColumn_andShowsQuotesAndCitations() {
    TranslationLayout layout =
        TranslationLayout.standard()
            .withQuotes()
            .citedAs(p -> p.firstAuthor().orElseThrow() + " " + p.citation().number().getAsInt());
    assertThat(ReviewTables.translationList(work(false).synthesize(), layout).toCsv())
        .isEqualTo(
            "key_concept,raw_concept,study\n"
                + "Pacing,\"Rationing \"\"I ration\"\"\",Berg 8\n"
                + "Pacing,Rationing,Ng 5\n"
                + "Pacing,\"Energy budget \"\"I budget my day\"\"\",Ng 5\n"
                + "Pacing,Energy budget,Berg 8\n"
                + "Disclosure,\"Telling the boss \"\"I told him\"\"\",Kim 2\n"
                + "Support,Understanding colleagues,Kim 2\n"
                + "Support,\"Understanding colleagues \"\"they get it\"\"\",Berg 8\n");
  }

  @Test
  void translationList_withDefinitions_givesThemInTheRawConceptColumn() {
    assertThat(
            ReviewTables.translationList(
                    work(false).synthesize(), TranslationLayout.standard().withDefinitions())
                .toCsv())
        .isEqualTo(
            "key_concept,raw_concept,study\n"
                + "Pacing,Rationing,8\n"
                + "Pacing,Rationing,5\n"
                + "Pacing,Energy budget: A daily allowance of effort,5\n"
                + "Pacing,Energy budget: A daily allowance of effort,8\n"
                + "Disclosure,Telling the boss: Naming the illness at work,2\n"
                + "Support,Understanding colleagues,2\n"
                + "Support,Understanding colleagues,8\n");
  }

  @Test
  void translationGrid_byStudy_givesAStudyOfTwoReportsOneColumn() {
    // Papers 5 and 8 report the study "Return study"; paper 2 is a study of its own. The study's
    // column stands where its first report (5) stands, and holds the raw concepts of both reports,
    // each once: Pacing's Rationing and Energy budget are found in 5 and in 8.
    Synthesis byStudy = work(false).study("Return study", 5, 8).synthesize();
    assertThat(
            ReviewTables.translationGrid(byStudy, TranslationLayout.standard().byStudy()).toCsv())
        .isEqualTo(
            "key_concept,Return study,2\n"
                + "Pacing,Rationing; Energy budget,\n"
                + "Disclosure,,Telling the boss\n"
                + "Support,Understanding colleagues,Understanding colleagues\n");
    // Without byStudy, the same review's columns stay papers.
    assertThat(ReviewTables.translationGrid(byStudy, TranslationLayout.standard()).columns())
        .containsExactly("key_concept", "5", "2", "8");
  }

  @Test
  void translationList_byStudy_namesTheStudy_andListsAConceptFoundInTwoReportsOnce() {
    Synthesis byStudy = work(false).study("Return study", 5, 8).synthesize();
    assertThat(
            ReviewTables.translationList(byStudy, TranslationLayout.standard().byStudy()).toCsv())
        .isEqualTo(
            "key_concept,raw_concept,study\n"
                + "Pacing,Rationing,Return study\n"
                + "Pacing,Energy budget,Return study\n"
                + "Disclosure,Telling the boss,2\n"
                + "Support,Understanding colleagues,2\n"
                + "Support,Understanding colleagues,Return study\n");
  }

  @Test
  void translationList_neverMergesPapersOrStudiesCitedAlike() {
    // Every paper cited as "et al.": the long form keeps one row per paper all the same.
    TranslationLayout alike = TranslationLayout.standard().citedAs(p -> "et al.");
    assertThat(ReviewTables.translationList(work(false).synthesize(), alike).toCsv())
        .isEqualTo(
            "key_concept,raw_concept,study\n"
                + "Pacing,Rationing,et al.\n"
                + "Pacing,Rationing,et al.\n"
                + "Pacing,Energy budget,et al.\n"
                + "Pacing,Energy budget,et al.\n"
                + "Disclosure,Telling the boss,et al.\n"
                + "Support,Understanding colleagues,et al.\n"
                + "Support,Understanding colleagues,et al.\n");
    // A study named "2" (reported in 5 and 8) and paper 2, a study of its own, stay apart in the
    // long form; the wide form cannot head two columns alike and says so.
    Synthesis clash = work(false).study("2", 5, 8).synthesize();
    assertThat(ReviewTables.translationList(clash, TranslationLayout.standard().byStudy()).toCsv())
        .endsWith("Support,Understanding colleagues,2\n" + "Support,Understanding colleagues,2\n");
    assertThatThrownBy(
            () -> ReviewTables.translationGrid(clash, TranslationLayout.standard().byStudy()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column names must be unique");
  }

  @Test
  void translationList_byStudy_keepsTwoRowsWhereTwoReportsQuoteAConceptDifferently() {
    // Rationing is quoted in 8 ("I ration") but not in 5: with quotations, the two reports of the
    // study show it differently, so both rows stay; Energy budget likewise (quoted in 5 only).
    Synthesis byStudy = work(false).study("Return study", 5, 8).synthesize();
    assertThat(
            ReviewTables.translationList(
                    byStudy, TranslationLayout.standard().byStudy().withQuotes())
                .toCsv())
        .isEqualTo(
            "key_concept,raw_concept,study\n"
                + "Pacing,\"Rationing \"\"I ration\"\"\",Return study\n"
                + "Pacing,Rationing,Return study\n"
                + "Pacing,\"Energy budget \"\"I budget my day\"\"\",Return study\n"
                + "Pacing,Energy budget,Return study\n"
                + "Disclosure,\"Telling the boss \"\"I told him\"\"\",2\n"
                + "Support,Understanding colleagues,2\n"
                + "Support,\"Understanding colleagues \"\"they get it\"\"\",Return study\n");
  }

  @Test
  void translationGrid_byTheme_withAKeyConceptInNoTheme_saysItsRowsAreThemesOrKeyConcepts() {
    Synthesis partly = work(false).theme("Managing energy", t -> t.groups("Pacing")).synthesize();
    assertThat(ReviewTables.translationGrid(partly, TranslationLayout.standard().byTheme()).toCsv())
        .isEqualTo(
            "theme_or_key_concept,5,2,8\n"
                + "Managing energy,Rationing; Energy budget,,Rationing; Energy budget\n"
                + "Disclosure,,Telling the boss,\n"
                + "Support,,Understanding colleagues,Understanding colleagues\n");
  }

  @Test
  void translations_ofAReviewThatDoesNotSayTheKind_leaveTheKindEmpty() {
    Synthesis unsaid =
        MetaEthnography.review("Kind not reported")
            .paper(3, p -> {})
            .keyConcept("Pacing", k -> {})
            .concept("Rationing", c -> {})
            .found("Rationing", 3)
            .translate("Pacing", "Rationing")
            .synthesize();
    assertThat(unsaid.review().translations().get(0).kind()).isEmpty();
    assertThat(ReviewTables.translations(unsaid).toCsv())
        .isEqualTo(
            "raw_concept,order,key_concept,translation_kind,papers\n" + "Rationing,,Pacing,,3\n");
  }

  @Test
  void translations_ofAnIndexPaperWithoutAKind_nameTheIndexPaper_andLeaveTheKindEmpty() {
    Synthesis indexed =
        MetaEthnography.review("Index paper, kind not reported")
            .paper(3, p -> {})
            .paper(4, p -> {})
            .keyConcept("Pacing", k -> {})
            .concept("Rationing", c -> {})
            .found("Rationing", 4)
            .found("Rationing", 3)
            .translate("Pacing", Citation.of(3), "Rationing")
            .synthesize();
    assertThat(indexed.review().translations().get(0).kind()).isEmpty();
    assertThat(indexed.review().translations().get(0).indexPaper()).contains(Citation.of(3));
    assertThat(ReviewTables.translations(indexed).toCsv())
        .isEqualTo(
            "raw_concept,order,key_concept,translation_kind,index_paper,papers\n"
                + "Rationing,,Pacing,,3,4 3\n");
  }

  @Test
  void translations_listThePapersEachRawConceptIsFoundIn_andTheIndexPaper() {
    // Papers as the grid's reference column writes them, separated by spaces. Support is
    // translated into paper 2's concepts, so the table has an index_paper column.
    assertThat(ReviewTables.translations(synthesis).toCsv())
        .isEqualTo(
            "raw_concept,order,key_concept,translation_kind,index_paper,papers\n"
                + "Rationing,,Pacing,reciprocal,,8 5\n"
                + "Energy budget,,Pacing,reciprocal,,5 8\n"
                + "Telling the boss,,Disclosure,refutational,,2\n"
                + "Understanding colleagues,,Support,reciprocal,2,2 8\n");
  }

  @Test
  void translations_ofPapersCitedByNumberAndByLabel_separateThemBySemicolons() {
    Synthesis mixed =
        MetaEthnography.review("Mixed citations")
            .paper(3, p -> {})
            .paper("Sav 2013", p -> {})
            .keyConcept("Pacing", k -> {})
            .concept("Rationing", c -> c.firstOrder())
            .found("Rationing", 3)
            .found("Rationing", "Sav 2013", e -> {})
            .translate("Pacing", TranslationKind.RECIPROCAL, "Rationing")
            .synthesize();
    assertThat(ReviewTables.translations(mixed).toCsv())
        .isEqualTo(
            "raw_concept,order,key_concept,translation_kind,papers\n"
                + "Rationing,first,Pacing,reciprocal,3; Sav 2013\n");
  }

  @Test
  void audit_listsTheRawConceptFoundInNoPaper_last() {
    // Disclosure rests on paper 2 alone; "Being doubted" is set aside and found nowhere.
    Synthesis audited =
        work(false)
            .concept("Being doubted", c -> {})
            .setAside("Being doubted", "Off topic")
            .synthesize();
    assertThat(ReviewTables.audit(audited.audit()).toCsv())
        .isEqualTo(
            "finding,key_concept,papers,detail\n"
                + "single paper,Disclosure,2,\"key concept \"\"Disclosure\"\" rests on a single"
                + " paper, [2]\"\n"
                + "untranslated concept,,,\"concept \"\"Being doubted\"\" is set aside, not"
                + " translated: Off topic\"\n"
                + "concepts not found,,,1 raw concept is found in no paper: Being doubted\n");
  }

  /**
   * Pacing translates "Rationing" (defined as "Spending little"), then "Pushing through". Paper 1
   * finds Rationing supporting and Pushing through refuting (quoting "I just push on"); paper 2
   * finds Rationing partly supporting.
   */
  private final Synthesis stances =
      MetaEthnography.review("Stances in cells")
          .paper(1, p -> {})
          .paper(2, p -> {})
          .keyConcept("Pacing", k -> {})
          .concept("Rationing", c -> c.definedAs("Spending little"))
          .concept("Pushing through", c -> {})
          .translate("Pacing", TranslationKind.REFUTATIONAL, "Rationing", "Pushing through")
          .found("Rationing", 1, e -> e.supports())
          .found("Pushing through", 1, e -> e.refutes().quoting("I just push on"))
          .found("Rationing", 2, e -> e.partlySupports())
          .synthesize();

  @Test
  void translationGrid_saysWhereAStudyOnlyPartlySupportsOrRefutes() {
    assertThat(ReviewTables.translationGrid(stances, TranslationLayout.standard()).toCsv())
        .isEqualTo(
            "key_concept,1,2\n"
                + "Pacing,Rationing; Pushing through (refutes),Rationing (partly supports)\n");
    assertThat(
            ReviewTables.translationGrid(stances, TranslationLayout.standard().withQuotes())
                .toCsv())
        .isEqualTo(
            "key_concept,1,2\n"
                + "Pacing,\"Rationing; Pushing through \"\"I just push on\"\" (refutes)\","
                + "Rationing (partly supports)\n");
    assertThat(
            ReviewTables.translationGrid(stances, TranslationLayout.standard().withDefinitions())
                .toCsv())
        .isEqualTo(
            "key_concept,1,2\n"
                + "Pacing,Rationing: Spending little; Pushing through (refutes),Rationing: Spending"
                + " little (partly supports)\n");
  }

  @Test
  void translationList_saysWhereAStudyOnlyPartlySupportsOrRefutes() {
    assertThat(ReviewTables.translationList(stances, TranslationLayout.standard()).toCsv())
        .isEqualTo(
            "key_concept,raw_concept,study\n"
                + "Pacing,Rationing,1\n"
                + "Pacing,Rationing (partly supports),2\n"
                + "Pacing,Pushing through (refutes),1\n");
  }
}
