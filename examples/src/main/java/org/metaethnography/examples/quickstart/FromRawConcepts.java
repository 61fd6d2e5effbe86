package org.metaethnography.examples.quickstart;

import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.figure.ModelFigures;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.synthesis.Finding;
import org.metaethnography.synthesis.KeyConceptProfile;
import org.metaethnography.synthesis.Support;
import org.metaethnography.synthesis.Synthesis;

/**
 * The README's "From raw concepts to a conceptual model" as a program: an invented review of
 * respite care in which reviewers record raw concepts, find them in papers, translate them into
 * key concepts and relate these in a line of argument; the synthesis derives the grid with its
 * provenance, the key concepts' profiles, the distributions, the audit and the figure.
 */
public final class FromRawConcepts {
  private FromRawConcepts() {}

  /** Builds and synthesizes the review of this example. */
  public static Synthesis synthesis() {
    // raw-concepts:begin
    Synthesis synthesis =
        MetaEthnography.review("Carers' experience of respite care")
            .stakeholders("Carers", "Staff")
            .phases("During respite", "After respite")
            .reviewers("AO", "SL")
            .relationKinds("restores")
            .paper(12, p -> p.by("Okafor N").year(2019).titled("Respite and the carer")
                .in("J Adv Nurs").condition("Dementia").format("Day care")
                .intervention("Weekly day care").perspective("Carers"))
            .paper(17, p -> p.by("Aalto K").year(2021).titled("Staff and carers in respite")
                .in("Health Soc Care Community").condition("Dementia").format("In-home")
                .intervention("Home visits").perspective("Carers", "Staff"))
            .keyConcept("Relief", k -> k.definedAs("Time away that restores the carer")
                .phase("During respite").concerns("Carers"))
            .keyConcept("Renewed capacity", k -> k.definedAs("Being able to go on caring")
                .phase("After respite").concerns("Carers"))
            .concept("Time for oneself", c -> c.firstOrder().voices("Carers").positive()
                .phase("During respite").definedAs("Hours in which the carer answers to no one"))
            .concept("Guilt at handing over", c -> c.secondOrder().voices("Carers").negative()
                .phase("During respite").definedAs("Unease at leaving a relative with others"))
            .concept("Going on", c -> c.secondOrder().voices("Carers", "Staff").positive()
                .phase("After respite").definedAs("Strength to continue caring at home"))
            .concept("Paperwork", c -> c.secondOrder().voices("Staff").negative()
                .phase("During respite").definedAs("Forms that respite requires"))
            .found("Time for oneself", 12, e -> e.by("AO", "SL")
                .quoting("the only hours that are mine").onPage("5"))
            .found("Guilt at handing over", 17, e -> e.by("SL"))
            .found("Going on", 12, e -> e.by("AO"))
            .found("Going on", 17, e -> e.by("AO"))
            .translate("Relief", TranslationKind.REFUTATIONAL,
                "Time for oneself", "Guilt at handing over")
            .translate("Renewed capacity", TranslationKind.RECIPROCAL, "Going on")
            .setAside("Paperwork", "Describes the service, not the experience")
            .relation("Relief", "restores", "Renewed capacity")
            .lineOfArgument("Time away relieves carers despite their guilt, and lets them go on.")
            .synthesize();

    Support why = synthesis.support(12, "Relief").orElseThrow();
    // why.concepts() is [Time for oneself]; why.reviewers() is [AO, SL]
    KeyConceptProfile renewed = synthesis.profiles().get(1);
    // renewed.stakeholders() is [Carers, Staff]: more than the key concept declares
    // raw-concepts:end
    return synthesis;
  }

  /** Prints the synthesis's tables, findings and figure. */
  public static void main(String[] args) {
    Synthesis synthesis = synthesis();
    System.out.println(ReviewTables.translations(synthesis).toMarkdown());
    System.out.println(ReviewTables.keyConcepts(synthesis).toMarkdown());
    System.out.println(
        "Specific to carers: " + synthesis.distributions().specificTo(Stakeholder.of("Carers")));
    for (Finding finding : synthesis.audit().findings()) {
      System.out.println("Finding: " + finding.message());
    }
    System.out.println(ModelFigures.toMermaid(synthesis.conceptualModel()));
  }
}
