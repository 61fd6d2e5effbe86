package org.metaethnography.examples.quickstart;

import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.table.GridLayout;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.model.Paper;
import org.metaethnography.synthesis.ConceptGrid;
import org.metaethnography.synthesis.Synthesis;

/**
 * The quick start of the README: a small, invented review of respite care for the carers of
 * people with dementia, described fluently, synthesized, and printed as tables. Any review,
 * with its own stakeholders, phases and conditions, goes through the same API.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Builds and synthesizes the quick-start review. */
  public static Synthesis synthesis() {
    // quick-start:begin
    Synthesis synthesis =
        MetaEthnography.review("Carers' experience of respite care")
            .stakeholders("Carers", "Staff")
            .phases("During respite", "After respite")
            .search("Dementia", 812, 64, 9, 3)
            .exclusion("Qualitative data too thin", 4)
            .exclusion("Not about respite", 2)
            .paper(12, p -> p.by("Okafor N", "Lind S").year(2019)
                .titled("Respite and the carer").in("J Adv Nurs")
                .condition("Dementia").format("Day care")
                .intervention("Weekly day care for 12 weeks").duration("12 weeks")
                .perspective("Carers"))
            .paper(17, p -> p.by("Aalto K").year(2021)
                .titled("Staff and carers in respite").in("Health Soc Care Community")
                .condition("Dementia").format("In-home")
                .intervention("Home visits by trained volunteers")
                .perspective("Carers", "Staff"))
            .paper(23, p -> p.by("Moreau C", "Diallo F").year(2022)
                .titled("Handing over").in("Dementia")
                .condition("Dementia").format("Day care")
                .intervention("Two days a week at a day centre")
                .perspective("Staff"))
            .keyConcept("Relief", k -> k.definedAs("Time away that restores the carer")
                .phase("During respite").concerns("Carers"))
            .keyConcept("Guilt", k -> k.definedAs("Unease at handing over the care of a relative")
                .phase("During respite").concerns("Carers", "Staff"))
            .keyConcept("Renewed capacity", k -> k.definedAs("Being able to go on caring")
                .phase("After respite").concerns("Carers"))
            .grid(12, "Relief", "Renewed capacity")
            .grid(17, "Relief", "Guilt")
            .grid(23, "Guilt")
            .synthesize();
    // quick-start:end
    return synthesis;
  }

  /** Prints what the quick-start review's synthesis computes, and its tables as Markdown. */
  public static void main(String[] args) {
    Synthesis synthesis = synthesis();
    // render:begin
    ConceptGrid grid = synthesis.grid();
    int relief = grid.count(synthesis.review().keyConcept("Relief").orElseThrow());
    Table table3 =
        ReviewTables.conceptGrid(
            synthesis, GridLayout.standard().groupedBy("condition", Paper::condition));
    String csv = table3.toCsv();
    int excluded = synthesis.exclusions().total();
    // render:end
    System.out.println("Papers expressing Relief: " + relief);
    System.out.println("Papers excluded at quality appraisal: " + excluded);
    System.out.println(csv);
    System.out.println(ReviewTables.includedPapers(synthesis).toMarkdown());
    System.out.println(ReviewTables.searchFlow(synthesis).toMarkdown());
    System.out.println(ReviewTables.exclusions(synthesis).toMarkdown());
  }
}
