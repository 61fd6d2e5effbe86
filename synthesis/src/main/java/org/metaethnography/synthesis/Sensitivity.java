package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.metaethnography.model.Citation;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Stakeholder;

/**
 * A sensitivity analysis: what happens to the key concepts when the synthesis is re-run on a subset
 * of its papers (for example without the papers appraisal rates weakest). It compares the grid of
 * record of the whole synthesis with that of the restricted one and reports, key concept by key
 * concept in review order, those that lose all support, those that lose a stakeholder group (a
 * group whose perspective no remaining supporting paper reports; groups listed in the review's
 * declared order), and those that come to rest on a single paper. Support is counted in papers that
 * support the key concept fully or in part; a paper that refutes it supports nothing. Papers are
 * counted, not studies, and a paper's perspective (not its raw concepts' voices) says which
 * stakeholder groups it speaks for.
 *
 * <pre>{@code
 * Synthesis robust = synthesis.restrictedTo(p -> p.appraisal()
 *     .flatMap(Appraisal::category).map(c -> !c.equals("Fatally flawed")).orElse(true));
 * Sensitivity sensitivity = Sensitivity.compare(synthesis, robust);
 * }</pre>
 */
public final class Sensitivity {
  /** What a key concept undergoes when papers are left out. */
  public enum Kind {
    /** No remaining paper expresses it. */
    LOSES_SUPPORT,
    /** A stakeholder group no longer voices it: no remaining paper behind it reports that group. */
    LOSES_STAKEHOLDER_GROUP,
    /** It rested on two or more papers and now rests on one. */
    COMES_TO_REST_ON_A_SINGLE_PAPER
  }

  /**
   * One change of a key concept.
   *
   * @param kind what happens to it
   * @param keyConcept the key concept
   * @param papersBefore how many papers expressed it in the whole synthesis
   * @param papersAfter how many express it in the restricted one
   * @param lostStakeholders the stakeholder groups that no longer voice it (for {@link
   *     Kind#LOSES_STAKEHOLDER_GROUP}; empty otherwise)
   */
  public record Change(
      Kind kind,
      KeyConcept keyConcept,
      int papersBefore,
      int papersAfter,
      ImmutableSet<Stakeholder> lostStakeholders) {
    /**
     * Checks that no part is null.
     *
     * @param kind what happens to it
     * @param keyConcept the key concept
     * @param papersBefore how many papers expressed it in the whole synthesis
     * @param papersAfter how many express it in the restricted one
     * @param lostStakeholders the stakeholder groups that no longer voice it
     */
    public Change {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(keyConcept);
      Objects.requireNonNull(lostStakeholders);
    }

    /**
     * {@return the change in words, for example {@code key concept "Relief" loses support (2 -> 0
     * papers)}}
     */
    public String message() {
      String what = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      String lost = lostStakeholders.isEmpty() ? "" : " " + lostStakeholders;
      return String.format(
          "key concept \"%s\" %s%s (%d -> %d papers)",
          keyConcept, what, lost, papersBefore, papersAfter);
    }
  }

  private final ImmutableList<Change> changes;

  private Sensitivity(ImmutableList<Change> changes) {
    this.changes = changes;
  }

  /**
   * Compares a synthesis with its restriction to a subset of its papers.
   *
   * @param whole the synthesis of all papers
   * @param restricted the synthesis of a subset of them, with the same key concepts
   * @return the changes, key concept by key concept in review order
   * @throws IllegalArgumentException if the two do not have the same key concepts, or the
   *     restricted synthesis has a paper the whole one does not
   */
  public static Sensitivity compare(Synthesis whole, Synthesis restricted) {
    ConceptGrid before = whole.grid();
    ConceptGrid after = restricted.grid();
    if (!before.keyConcepts().equals(after.keyConcepts())) {
      throw new IllegalArgumentException(
          "a sensitivity analysis compares syntheses of the same key concepts: "
              + before.keyConcepts()
              + " and "
              + after.keyConcepts());
    }
    Set<Citation> extra = Sets.difference(after.citations(), before.citations());
    if (!extra.isEmpty()) {
      throw new IllegalArgumentException(
          "the restricted synthesis has papers the whole one does not: "
              + Citation.inMessages(ImmutableList.copyOf(extra)));
    }
    List<Stakeholder> declared = whole.review().stakeholders();
    ImmutableList.Builder<Change> changes = ImmutableList.builder();
    for (KeyConcept keyConcept : before.keyConcepts()) {
      int papersBefore = before.papersSupporting(keyConcept).size();
      int papersAfter = after.papersSupporting(keyConcept).size();
      if (papersBefore > 0 && papersAfter == 0) {
        changes.add(new Change(Kind.LOSES_SUPPORT, keyConcept, papersBefore, 0, ImmutableSet.of()));
        continue;
      }
      Set<Stakeholder> gone =
          Sets.difference(
              voices(before.papersSupporting(keyConcept)),
              voices(after.papersSupporting(keyConcept)));
      ImmutableSet<Stakeholder> lost =
          ImmutableSet.copyOf(
              ImmutableList.sortedCopyOf(
                  Comparator.comparingInt(
                      (Stakeholder s) ->
                          declared.contains(s) ? declared.indexOf(s) : declared.size()),
                  gone));
      if (!lost.isEmpty()) {
        changes.add(
            new Change(Kind.LOSES_STAKEHOLDER_GROUP, keyConcept, papersBefore, papersAfter, lost));
      }
      if (papersBefore >= 2 && papersAfter == 1) {
        changes.add(
            new Change(
                Kind.COMES_TO_REST_ON_A_SINGLE_PAPER,
                keyConcept,
                papersBefore,
                papersAfter,
                ImmutableSet.of()));
      }
    }
    return new Sensitivity(changes.build());
  }

  /** The stakeholder groups whose perspective the papers report, in order of first appearance. */
  private static Set<Stakeholder> voices(Iterable<Paper> papers) {
    Set<Stakeholder> voices = new LinkedHashSet<>();
    for (Paper paper : papers) {
      paper.perspective().ifPresent(p -> voices.addAll(p.stakeholders()));
    }
    return voices;
  }

  /** {@return every change, key concept by key concept in review order} */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /**
   * {@return the changes of one kind, in order}
   *
   * @param kind the kind of change
   */
  public ImmutableList<Change> changes(Kind kind) {
    Objects.requireNonNull(kind);
    return changes.stream().filter(c -> c.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** Analyses are equal when their changes are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Sensitivity that && changes.equals(that.changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }

  /** Returns the changes, one per line. */
  @Override
  public String toString() {
    return String.join("\n", changes.stream().map(Change::message).toList());
  }
}
