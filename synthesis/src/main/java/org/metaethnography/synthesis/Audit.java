package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.synthesis.Finding.Kind;

/**
 * The checks a careful methodologist runs over a synthesis, each returning findings that name the
 * key concept and the papers: key concepts ticked in papers outside their declared stakeholders,
 * declared classifications that differ from the derived ones, key concepts resting on a single
 * paper or on none, papers that express no key concept, a number of papers other than the
 * searches included, raw concepts left untranslated, and raw-level
 * support that the grid of record does not tick. Findings are not errors: they are places to
 * look again.
 *
 * <p>A paper whose perspective is undesignated (no stakeholder group named, as in a bidirectional
 * design) is never counted as lying outside a key concept's stakeholders: nothing says whose
 * views it reports. A declared classification that differs from the derived one names the papers
 * in which the raw concepts behind the difference were found.
 */
public final class Audit {
  private final ImmutableList<Finding> findings;

  private Audit(ImmutableList<Finding> findings) {
    this.findings = findings;
  }

  /** Audits a synthesis given its parts: the review, its grid of record, profiles, aggregation. */
  static Audit of(
      Review review,
      ConceptGrid grid,
      List<KeyConceptProfile> profiles,
      Aggregation aggregation) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    boolean gridsDiffer = !aggregation.grid().equals(grid);
    for (KeyConceptProfile profile : profiles) {
      KeyConcept keyConcept = profile.keyConcept();
      String name = keyConcept.name();
      ImmutableSet<Stakeholder> declared = profile.declaredStakeholders();
      ImmutableList<Integer> outside =
          grid.papersWith(keyConcept).stream()
              .filter(p -> !p.perspective().isUndesignated())
              .filter(p -> p.perspective().stakeholders().stream().noneMatch(declared::contains))
              .map(Paper::reference)
              .collect(ImmutableList.toImmutableList());
      if (!outside.isEmpty()) {
        findings.add(
            finding(
                Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS,
                name,
                outside,
                String.format(
                    "key concept \"%s\" concerns %s, but papers %s report none of them",
                    name, keyConcept.stakeholders(), outside)));
      }
      if (!profile.stakeholdersAgree()) {
        findings.add(
            finding(
                Kind.DECLARED_DIFFERS_FROM_DERIVED,
                name,
                foundIn(
                    review,
                    profile,
                    c ->
                        !keyConcept.stakeholders().containsAll(c.perspective().stakeholders())),
                String.format(
                    "key concept \"%s\" is declared to concern %s, but its raw concepts voice %s",
                    name, keyConcept.stakeholders(), profile.stakeholders())));
      }
      if (!profile.phasesAgree()) {
        findings.add(
            finding(
                Kind.DECLARED_DIFFERS_FROM_DERIVED,
                name,
                foundIn(review, profile, c -> !keyConcept.phases().contains(c.phase())),
                String.format(
                    "key concept \"%s\" is declared to belong to %s, but its raw concepts belong"
                        + " to %s",
                    name, keyConcept.phases(), profile.phases())));
      }
      ImmutableList<Integer> papers = references(grid.papersWith(keyConcept));
      if (papers.isEmpty()) {
        findings.add(
            finding(
                Kind.NO_PAPER,
                name,
                papers,
                String.format("key concept \"%s\" is expressed by no paper", name)));
      }
      if (papers.size() == 1) {
        findings.add(
            finding(
                Kind.SINGLE_PAPER,
                name,
                papers,
                String.format("key concept \"%s\" rests on a single paper, %s", name, papers)));
      }
      if (gridsDiffer) {
        ImmutableList<Integer> unticked =
            aggregation.grid().papersWith(keyConcept).stream()
                .filter(p -> !grid.contains(p.reference(), name))
                .map(Paper::reference)
                .collect(ImmutableList.toImmutableList());
        if (!unticked.isEmpty()) {
          findings.add(
              finding(
                  Kind.RAW_SUPPORT_NOT_IN_GRID,
                  name,
                  unticked,
                  String.format(
                      "raw concepts of key concept \"%s\" were found in papers %s, which the key"
                          + " concept grid does not tick",
                      name, unticked)));
        }
      }
    }
    for (Paper paper : grid.papers()) {
      if (grid.keyConceptsOf(paper).isEmpty()) {
        findings.add(
            new Finding(
                Kind.PAPER_WITHOUT_KEY_CONCEPT,
                Optional.empty(),
                ImmutableList.of(paper.reference()),
                String.format("paper %s expresses no key concept", paper)));
      }
    }
    int included = ReviewFlow.of(review).total().articlesIncluded();
    if (!review.searches().isEmpty() && included != review.papers().size()) {
      findings.add(
          new Finding(
              Kind.INCLUDED_PAPERS_DIFFER,
              Optional.empty(),
              ImmutableList.of(),
              String.format(
                  "the searches included %d papers, but the review describes %d",
                  included, review.papers().size())));
    }
    for (SetAside setAside : review.setAside()) {
      ImmutableList<Integer> foundIn =
          review.extractions().stream()
              .filter(e -> e.concept().equals(setAside.concept()))
              .map(e -> e.paper())
              .sorted()
              .collect(ImmutableList.toImmutableList());
      findings.add(
          new Finding(
              Kind.UNTRANSLATED_CONCEPT,
              Optional.empty(),
              foundIn,
              String.format(
                  "concept \"%s\" is set aside, not translated: %s",
                  setAside.concept(), setAside.reason())));
    }
    return new Audit(findings.build());
  }

  private static Finding finding(
      Kind kind, String keyConcept, List<Integer> papers, String message) {
    return new Finding(kind, Optional.of(keyConcept), papers, message);
  }

  /**
   * The papers in which the key concept's raw concepts that satisfy {@code differs} were found,
   * in ascending order: the papers behind a difference between declared and derived.
   */
  private static ImmutableList<Integer> foundIn(
      Review review, KeyConceptProfile profile, Predicate<Concept> differs) {
    Set<String> concepts =
        profile.rawConcepts().stream()
            .filter(differs)
            .map(Concept::name)
            .collect(Collectors.toSet());
    return review.extractions().stream()
        .filter(e -> concepts.contains(e.concept()))
        .map(Extraction::paper)
        .distinct()
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<Integer> references(List<Paper> papers) {
    return papers.stream().map(Paper::reference).collect(ImmutableList.toImmutableList());
  }

  /**
   * Every finding: key concept by key concept in review order, then papers, then the count of
   * included papers, then raw concepts set aside.
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The findings of one kind, in order. */
  public ImmutableList<Finding> findings(Kind kind) {
    Objects.requireNonNull(kind);
    return findings.stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** Audits are equal when they have the same findings in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Audit && findings.equals(((Audit) o).findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /** Returns the findings, one per line. */
  @Override
  public String toString() {
    return findings.stream().map(Finding::message).collect(Collectors.joining("\n"));
  }
}
