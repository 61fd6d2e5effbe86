package org.metaethnography.examples.quickstart;

import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.table.PaperColumns;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.Citation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Sensitivity;
import org.metaethnography.synthesis.Synthesis;

/**
 * The README's "Beyond the grid" as a program: an invented review of respite care whose key
 * concepts are grouped into a theme, whose line of argument relates the theme to a third-order
 * interpretation, whose studies are appraised, partly support a key concept and are translated
 * into an index paper; it prints the translation table and a sensitivity analysis that drops the
 * studies appraisal scores below 5 out of 10.
 */
public final class BeyondTheGrid {
  private BeyondTheGrid() {}

  /**
   * Builds and synthesizes the example review.
   *
   * @return its synthesis
   */
  public static Synthesis synthesis() {
    // beyond:begin
    Synthesis synthesis =
        MetaEthnography.review("Carers' experience of respite care")
            .stakeholders("Carers", "Staff")
            .relationKinds("makes possible", "eases")
            .paper(12, p -> p.by("Okafor N").perspective("Carers")
                .attribute("country", "Norway")
                .appraisal(a -> a.tool("CASP").score(9, 10).category("Key paper")))
            .paper(17, p -> p.by("Aalto K").perspective("Carers", "Staff")
                .attribute("country", "Finland", "Sweden")
                .appraisal(a -> a.tool("CASP").score(4, 10).category("Satisfactory")))
            .paper(23, p -> p.by("Moreau C").perspective("Staff")
                .attribute("country", "France")
                .appraisal(a -> a.tool("CASP").score(3, 10).category("Satisfactory")))
            .keyConcept("Relief", k -> {})
            .keyConcept("Guilt", k -> {})
            .theme("Time away", t -> t.definedAs("What respite gives and what it costs")
                .groups("Relief", "Guilt"))
            .interpretation("Permission to rest", "Carers rest once they feel allowed to")
            .concept("Hours of my own", c -> c.firstOrder())
            .concept("A break for both", c -> c.secondOrder())
            .concept("Handing over", c -> c.secondOrder())
            .found("Hours of my own", 12, e -> e.quoting("the only hours that are mine"))
            .found("A break for both", 17, e -> e.partlySupports())
            .found("Handing over", 17)
            .found("Handing over", 23)
            .translate("Relief", TranslationKind.RECIPROCAL, Citation.of(12),
                "Hours of my own", "A break for both")
            .translate("Guilt", TranslationKind.RECIPROCAL, "Handing over")
            .relation("Time away", "makes possible", "Permission to rest")
            .relation("Permission to rest", "eases", "Guilt")
            .synthesize();

    Table translation = ReviewTables.translationList(
        synthesis, TranslationLayout.standard().withQuotes());
    Table studies = ReviewTables.includedPapers(synthesis, PaperColumns.none()
        .citation("Study").attribute("Country", "country")
        .appraisalScore("Score").appraisalCategory("Appraisal"));
    Synthesis strongest = synthesis.restrictedTo(p -> p.appraisal()
        .flatMap(Appraisal::score).map(s -> s.low().intValue() >= 5).orElse(true));
    Sensitivity sensitivity = Sensitivity.compare(synthesis, strongest);
    Table changes = ReviewTables.sensitivity(sensitivity);
    // beyond:end
    return synthesis;
  }

  /**
   * Prints the example's translation table, included studies and sensitivity analysis.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Synthesis synthesis = synthesis();
    System.out.println(
        ReviewTables.translationList(synthesis, TranslationLayout.standard().withQuotes())
            .toMarkdown());
    System.out.println(
        ReviewTables.translationGrid(synthesis, TranslationLayout.standard().byTheme())
            .toMarkdown());
    Synthesis strongest =
        synthesis.restrictedTo(
            p -> p.appraisal().flatMap(Appraisal::score).map(s -> s.low().intValue() >= 5)
                .orElse(true));
    System.out.println(
        ReviewTables.sensitivity(Sensitivity.compare(synthesis, strongest)).toMarkdown());
  }
}
