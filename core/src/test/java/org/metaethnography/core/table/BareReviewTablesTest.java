package org.metaethnography.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Synthesis;

/**
 * The tables of a review described with nothing but citations and names, as many published
 * meta-ethnographies report: papers cited by author and year with no other attribute, key
 * concepts and raw concepts with only a name, extractions without reviewers, a search that
 * reports two stages, no stakeholders, phases or valence. What the review does not report is an
 * empty cell, never a stand-in value. Every cell was worked out by hand from the description:
 *
 * <ul>
 *   <li>papers in review order "Sav 2013", "Chalmers and Thompson 1998", "Sav 2012";
 *   <li>"Physical changes" (into Disruption) found in Sav 2013; "Routines" (into Adapting) found
 *       in Sav 2013 and Chalmers; nothing found in Sav 2012;
 *   <li>the review ticks no grid cell, so the grid of record is the one its raw concepts give:
 *       Sav 2013 Disruption and Adapting, Chalmers Adapting, Sav 2012 nothing;
 *   <li>search "Databases": 412 abstracts reviewed, 3 articles included, other stages unreported.
 * </ul>
 */
final class BareReviewTablesTest {
  private final Synthesis synthesis =
      MetaEthnography.review("Living with a long-term condition")
          .search("Databases", s -> s.abstractsReviewed(412).articlesIncluded(3))
          .paper("Sav 2013", p -> {})
          .paper("Chalmers and Thompson 1998", p -> {})
          .paper("Sav 2012", p -> {})
          .keyConcept("Disruption", k -> {})
          .keyConcept("Adapting", k -> {})
          .concept("Physical changes", c -> {})
          .concept("Routines", c -> {})
          .found("Physical changes", "Sav 2013", e -> {})
          .found("Routines", "Sav 2013", e -> {})
          .found("Routines", "Chalmers and Thompson 1998", e -> {})
          .translate("Disruption", TranslationKind.RECIPROCAL, "Physical changes")
          .translate("Adapting", TranslationKind.RECIPROCAL, "Routines")
          .synthesize();

  @Test
  void includedPapers_leaveEveryUnreportedAttributeEmpty() {
    assertThat(ReviewTables.includedPapers(synthesis).toCsv())
        .isEqualTo(
            "reference,first_author,participant_type,condition,format\n"
                + "Sav 2013,,,,\n"
                + "Chalmers and Thompson 1998,,,,\n"
                + "Sav 2012,,,,\n");
  }

  @Test
  void includedPapers_withTheReviewsOwnColumns_leaveUnreportedValuesEmpty() {
    PaperColumns columns =
        PaperColumns.none()
            .citation("Study")
            .attribute("Country", "country")
            .perspective("Participants")
            .keyConcepts("x", "");
    assertThat(ReviewTables.includedPapers(synthesis, columns).toCsv())
        .isEqualTo(
            "Study,Country,Participants,Disruption,Adapting\n"
                + "Sav 2013,,,x,x\n"
                + "Chalmers and Thompson 1998,,,,x\n"
                + "Sav 2012,,,,\n");
  }

  @Test
  void conceptGrid_holdsTheLabels_andNoAuthor() {
    assertThat(ReviewTables.conceptGrid(synthesis, GridLayout.standard()).toCsv())
        .isEqualTo(
            "reference,first_author,Disruption,Adapting\n"
                + "Sav 2013,,1,1\n"
                + "Chalmers and Thompson 1998,,0,1\n"
                + "Sav 2012,,0,0\n"
                + "Total,,1,2\n");
  }

  @Test
  void searchFlow_leavesUnreportedStagesEmpty_andTotalsNoSearchReportsUnreported() {
    assertThat(ReviewTables.searchFlow(synthesis).toCsv())
        .isEqualTo(
            "search,abstracts_reviewed,articles_retrieved,quality_appraisal,articles_included\n"
                + "Databases,412,,,3\n"
                + "Total,412,not reported,not reported,3\n");
  }

  @Test
  void translations_leaveTheUnreportedOrderEmpty_andListLabelsSeparatedBySemicolons() {
    assertThat(ReviewTables.translations(synthesis).toCsv())
        .isEqualTo(
            "raw_concept,order,key_concept,translation_kind,papers\n"
                + "Physical changes,,Disruption,reciprocal,Sav 2013\n"
                + "Routines,,Adapting,reciprocal,Sav 2013; Chalmers and Thompson 1998\n");
  }

  @Test
  void keyConcepts_leaveUndeclaredPhasesStakeholdersAndUnreportedValenceEmpty() {
    assertThat(ReviewTables.keyConcepts(synthesis).toCsv())
        .isEqualTo(
            "key_concept,phases,stakeholders_declared,stakeholders_derived,valence,papers,"
                + "raw_concepts\n"
                + "Disruption,,,,,1,1\n"
                + "Adapting,,,,,2,1\n");
  }

  @Test
  void audit_namesPapersByLabel() {
    assertThat(ReviewTables.audit(synthesis.audit()).toCsv())
        .isEqualTo(
            "finding,key_concept,papers,detail\n"
                + "single paper,Disruption,Sav 2013,\"key concept \"\"Disruption\"\" rests on a"
                + " single paper, [\"\"Sav 2013\"\"]\"\n"
                + "paper without key concept,,Sav 2012,\"paper \"\"Sav 2012\"\" expresses no key concept\"\n");
  }

  @Test
  void otherSources_ofAReviewWithoutThem_isEmpty() {
    assertThat(ReviewTables.otherSources(synthesis).toCsv())
        .isEqualTo("source,records_found,papers_included\n");
  }
}
