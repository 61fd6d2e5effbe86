package org.metaethnography.synthesis;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Review;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Study;
import org.metaethnography.synthesis.Finding.Aspect;
import org.metaethnography.synthesis.Finding.Kind;

/**
 * The checks a careful methodologist runs over a synthesis, each returning findings that name the
 * key concept and the papers: key concepts ticked in papers outside their declared stakeholders,
 * declared classifications that differ from the derived ones, key concepts resting on a single
 * paper or on none, papers (or studies) that express no key concept, a number of papers other than
 * the searches and sources included, raw concepts left untranslated, and raw-level support that the
 * grid of record does not tick. Findings are not errors: they are places to look again.
 *
 * <p>A paper whose perspective is undesignated or unreported is never counted as lying outside a
 * key concept's stakeholders: nothing says whose views it reports. A declared classification that
 * differs from the derived one names the papers in which the raw concepts behind the difference
 * were found. Each kind of finding is one method below.
 */
public final class Audit {
  private final ImmutableList<Finding> findings;

  private Audit(ImmutableList<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Audits a synthesis given its parts: the review, its grid of record, profiles, aggregation,
   * flow.
   */
  static Audit of(
      Review review,
      ConceptGrid grid,
      List<KeyConceptProfile> profiles,
      Aggregation aggregation,
      ReviewFlow flow,
      Supplier<ConceptPositions> found) {
    boolean gridsDiffer = !aggregation.grid().equals(grid);
    boolean sameRows = aggregation.grid().papers().equals(grid.papers());
    Supplier<Voiced> voices = Suppliers.memoize(() -> Voiced.of(review, grid));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (KeyConceptProfile profile : profiles) {
      outsideDeclaredStakeholders(profile, grid, voices).ifPresent(findings::add);
      declaredDiffers(profile, found, Aspect.STAKEHOLDERS).ifPresent(findings::add);
      declaredDiffers(profile, found, Aspect.PHASES).ifPresent(findings::add);
      noPaper(profile, grid).ifPresent(findings::add);
      singlePaper(profile, grid).ifPresent(findings::add);
      if (gridsDiffer) {
        rawSupportNotInGrid(profile, grid, aggregation, sameRows).ifPresent(findings::add);
      }
    }
    findings.addAll(papersWithoutKeyConcept(review, grid));
    includedPapersDiffer(review, flow).ifPresent(findings::add);
    findings.addAll(untranslated(review, found));
    conceptsNotFound(review).ifPresent(findings::add);
    return new Audit(findings.build());
  }

  /**
   * The stakeholders each row's paper voices, as bits at their positions in the review's
   * declaration ({@code order}); a row is null for a paper that reports no perspective or an
   * undesignated one.
   */
  private record Voiced(DeclaredOrder<Stakeholder> order, BitSet[] rows) {
    static Voiced of(Review review, ConceptGrid grid) {
      DeclaredOrder<Stakeholder> order = DeclaredOrder.of(review.stakeholders());
      BitSet[] rows = new BitSet[grid.papers().size()];
      for (int row = 0; row < rows.length; row++) {
        Optional<Perspective> perspective = grid.papers().get(row).perspective();
        if (perspective.isPresent() && !perspective.get().isUndesignated()) {
          rows[row] = bits(perspective.get().stakeholders(), order);
        }
      }
      return new Voiced(order, rows);
    }
  }

  /** The stakeholders as bits at their declared positions; one not declared has no bit. */
  private static BitSet bits(Set<Stakeholder> stakeholders, DeclaredOrder<Stakeholder> order) {
    BitSet bits = new BitSet();
    for (Stakeholder stakeholder : stakeholders) {
      int at = order.positionOf(stakeholder);
      if (at >= 0) {
        bits.set(at);
      }
    }
    return bits;
  }

  private static Optional<Finding> outsideDeclaredStakeholders(
      KeyConceptProfile profile, ConceptGrid grid, Supplier<Voiced> voices) {
    KeyConcept keyConcept = profile.keyConcept();
    ImmutableSet<Stakeholder> declared = profile.declaredStakeholders();
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Voiced voiced = voices.get();
    BitSet concerned = bits(declared, voiced.order());
    BitSet column = grid.rowsWith(keyConcept);
    ImmutableList.Builder<Citation> outsiders = ImmutableList.builder();
    for (int row = column.nextSetBit(0); row >= 0; row = column.nextSetBit(row + 1)) {
      if (voiced.rows()[row] != null && !voiced.rows()[row].intersects(concerned)) {
        outsiders.add(grid.papers().get(row).citation());
      }
    }
    ImmutableList<Citation> outside = outsiders.build();
    return outside.isEmpty()
        ? Optional.empty()
        : Optional.of(
            finding(
                Kind.PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS,
                keyConcept,
                outside,
                "key concept \""
                    + keyConcept
                    + "\" concerns "
                    + keyConcept.stakeholders()
                    + ", but papers "
                    + listed(outside)
                    + " report none of them"));
  }

  /**
   * A key concept whose declared stakeholders (or phases) differ from those its raw concepts give,
   * with the papers in which the raw concepts behind the difference were found.
   */
  private static Optional<Finding> declaredDiffers(
      KeyConceptProfile profile, Supplier<ConceptPositions> found, Aspect aspect) {
    KeyConcept keyConcept = profile.keyConcept();
    boolean stakeholders = aspect == Aspect.STAKEHOLDERS;
    if (stakeholders ? profile.stakeholdersAgree() : profile.phasesAgree()) {
      return Optional.empty();
    }
    Predicate<Concept> differs =
        stakeholders
            ? c ->
                !keyConcept
                    .stakeholders()
                    .containsAll(
                        c.perspective().map(Perspective::stakeholders).orElse(ImmutableSet.of()))
            : c -> c.phase().map(p -> !keyConcept.phases().contains(p)).orElse(false);
    String message =
        stakeholders
            ? "key concept \""
                + keyConcept
                + "\" is declared to concern "
                + keyConcept.stakeholders()
                + ", but its raw concepts voice "
                + profile.stakeholders()
            : "key concept \""
                + keyConcept
                + "\" is declared to belong to "
                + keyConcept.phases()
                + ", but its raw concepts belong to "
                + profile.phases();
    return Optional.of(
        Finding.of(
            Kind.DECLARED_DIFFERS_FROM_DERIVED,
            Optional.of(keyConcept.name()),
            ImmutableList.of(),
            Optional.of(aspect),
            papersBehind(profile, found.get(), differs),
            message));
  }

  private static Optional<Finding> noPaper(KeyConceptProfile profile, ConceptGrid grid) {
    KeyConcept keyConcept = profile.keyConcept();
    if (grid.countSupporting(keyConcept) > 0) {
      return Optional.empty();
    }
    // Every paper that ticks it refutes it.
    ImmutableList<Citation> refuting = citations(grid.papersWith(keyConcept));
    return Optional.of(
        finding(
            Kind.NO_PAPER,
            keyConcept,
            ImmutableList.of(),
            refuting.isEmpty()
                ? String.format("key concept \"%s\" is expressed by no paper", keyConcept)
                : String.format(
                    refuting.size() == 1
                        ? "key concept \"%s\" is supported by no paper; paper %s refutes it"
                        : "key concept \"%s\" is supported by no paper; papers %s refute it",
                    keyConcept,
                    Citation.inMessages(refuting))));
  }

  private static Optional<Finding> singlePaper(KeyConceptProfile profile, ConceptGrid grid) {
    KeyConcept keyConcept = profile.keyConcept();
    if (grid.countSupporting(keyConcept) != 1) {
      return Optional.empty();
    }
    ImmutableList<Citation> papers = citations(grid.papersSupporting(keyConcept));
    return Optional.of(
        finding(
            Kind.SINGLE_PAPER,
            keyConcept,
            papers,
            "key concept \"" + keyConcept + "\" rests on a single paper, " + listed(papers)));
  }

  private static Optional<Finding> rawSupportNotInGrid(
      KeyConceptProfile profile, ConceptGrid grid, Aggregation aggregation, boolean sameRows) {
    KeyConcept keyConcept = profile.keyConcept();
    ImmutableList<Citation> unticked =
        citations(aggregation.grid().tickedButNotIn(grid, keyConcept, sameRows));
    return unticked.isEmpty()
        ? Optional.empty()
        : Optional.of(
            finding(
                Kind.RAW_SUPPORT_NOT_IN_GRID,
                keyConcept,
                unticked,
                String.format(
                    "raw concepts of key concept \"%s\" were found in papers %s, which the key"
                        + " concept grid does not tick",
                    keyConcept, listed(unticked))));
  }

  /**
   * Papers that express no key concept; a study's reports are judged together, and reported only
   * when none of them expresses a key concept.
   */
  private static ImmutableList<Finding> papersWithoutKeyConcept(Review review, ConceptGrid grid) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    BitSet expressing = grid.rowsExpressingAny();
    for (int row = 0; row < grid.papers().size(); row++) {
      Paper paper = grid.papers().get(row);
      Optional<Study> study = review.studyOf(paper.citation());
      if (study.isEmpty()) {
        if (!expressing.get(row)) {
          findings.add(
              Finding.of(
                  Kind.PAPER_WITHOUT_KEY_CONCEPT,
                  Optional.empty(),
                  ImmutableList.of(),
                  Optional.empty(),
                  ImmutableList.of(paper.citation()),
                  String.format(
                      "paper %s expresses no key concept",
                      paper.citation().isNumbered() ? paper : paper.citation().inMessages())));
        }
      } else if (study.get().reports().get(0).equals(paper.citation())
          && study.get().reports().stream()
              .allMatch(r -> grid.paper(r).map(p -> !grid.expressesAny(p)).orElse(true))) {
        ImmutableList<Citation> reports =
            ImmutableList.sortedCopyOf(Citation::compareTo, study.get().reports());
        findings.add(
            Finding.of(
                Kind.PAPER_WITHOUT_KEY_CONCEPT,
                Optional.empty(),
                ImmutableList.of(),
                Optional.empty(),
                reports,
                String.format(
                    "study \"%s\" (papers %s) expresses no key concept",
                    study.get().name(), listed(reports))));
      }
    }
    return findings.build();
  }

  private static Optional<Finding> includedPapersDiffer(Review review, ReviewFlow flow) {
    OptionalInt included = flow.included();
    if (review.searches().isEmpty()
        || included.isEmpty()
        || included.getAsInt() == review.papers().size()) {
      return Optional.empty();
    }
    String by = review.otherSources().isEmpty() ? "searches" : "searches and other sources";
    return Optional.of(
        Finding.of(
            Kind.INCLUDED_PAPERS_DIFFER,
            Optional.empty(),
            ImmutableList.of(),
            Optional.empty(),
            ImmutableList.of(),
            String.format(
                "the %s included %d papers, but the review describes %d",
                by, included.getAsInt(), review.papers().size())));
  }

  private static ImmutableList<Finding> untranslated(
      Review review, Supplier<ConceptPositions> found) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (SetAside setAside : review.setAside()) {
      findings.add(
          Finding.of(
              Kind.UNTRANSLATED_CONCEPT,
              Optional.empty(),
              ImmutableList.of(setAside.concept()),
              Optional.empty(),
              ImmutableList.copyOf(found.get().papers(setAside.concept())),
              "concept \""
                  + setAside.concept()
                  + "\" is set aside, not translated: "
                  + setAside.reason()));
    }
    return findings.build();
  }

  /**
   * The raw concepts no extraction finds, once the review records extractions: one finding that
   * lists them in the review's order.
   */
  private static Optional<Finding> conceptsNotFound(Review review) {
    if (review.extractions().isEmpty()) {
      return Optional.empty();
    }
    // The extractions hold each concept name they use once.
    Set<String> found = new HashSet<>(review.extractions().concepts());
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (Concept concept : review.concepts()) {
      if (!found.contains(concept.name())) {
        missing.add(concept.name());
      }
    }
    ImmutableList<String> notFound = missing.build();
    return notFound.isEmpty()
        ? Optional.empty()
        : Optional.of(
            Finding.of(
                Kind.CONCEPTS_NOT_FOUND,
                Optional.empty(),
                notFound,
                Optional.empty(),
                ImmutableList.of(),
                notFound.size()
                    + (notFound.size() == 1
                        ? " raw concept is found in no paper: "
                        : " raw concepts are found in no paper: ")
                    + namesWithin(notFound, LISTED_CHARACTERS)));
  }

  /** About how many characters of names a finding's message lists; its subjects hold them all. */
  static final int LISTED_CHARACTERS = 800;

  /**
   * The names joined by {@code ", "}, as many as fit in about {@code budget} characters (at least
   * one), then how many more there are: a message stays bounded however many names it concerns.
   */
  static String namesWithin(List<String> names, int budget) {
    StringBuilder listed = new StringBuilder();
    int shown = 0;
    for (String name : names) {
      if (shown > 0 && listed.length() + 2 + name.length() > budget) {
        break;
      }
      listed.append(shown > 0 ? ", " : "").append(name);
      shown++;
    }
    return shown == names.size()
        ? listed.toString()
        : listed.append(", and ").append(names.size() - shown).append(" more").toString();
  }

  private static Finding finding(
      Kind kind, KeyConcept keyConcept, List<Citation> papers, String message) {
    return Finding.of(
        kind,
        Optional.of(keyConcept.name()),
        ImmutableList.of(),
        Optional.empty(),
        papers,
        message);
  }

  /**
   * The papers in which the key concept's raw concepts that satisfy {@code differs} were found, in
   * canonical order: the papers behind a difference between declared and derived.
   */
  private static ImmutableList<Citation> papersBehind(
      KeyConceptProfile profile, ConceptPositions found, Predicate<Concept> differs) {
    Set<Citation> behind = new TreeSet<>();
    for (Concept concept : profile.rawConcepts()) {
      if (differs.test(concept)) {
        behind.addAll(Arrays.asList(found.papers(concept.name())));
      }
    }
    return ImmutableList.copyOf(behind);
  }

  private static ImmutableList<Citation> citations(List<Paper> papers) {
    if (papers.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Citation> citations =
        ImmutableList.builderWithExpectedSize(papers.size());
    for (Paper paper : papers) {
      citations.add(paper.citation());
    }
    return citations.build();
  }

  private static String listed(List<Citation> papers) {
    return Citation.inMessages(papers);
  }

  /**
   * Every finding: key concept by key concept in review order, then papers, then the count of
   * included papers, then raw concepts set aside.
   *
   * @return the findings
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * The findings of one kind, in order.
   *
   * @param kind the kind of finding
   * @return the findings of that kind
   */
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
