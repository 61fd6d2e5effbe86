package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import java.util.List;
import java.util.function.Function;

/**
 * The invariants that span the values of a review, and the messages that report them. Each
 * message names the offending value, where it is, and the rule it breaks; tests assert their
 * text.
 */
final class ReviewValidator {
  private final Review review;
  private final ImmutableList.Builder<String> problems = ImmutableList.builder();

  private ReviewValidator(Review review) {
    this.review = review;
  }

  /** Returns every problem of {@code review}, in the order its parts are declared; none if valid. */
  static ImmutableList<String> problems(Review review) {
    return new ReviewValidator(review).check();
  }

  private ImmutableList<String> check() {
    if (review.title().isBlank()) {
      problems.add("review title must not be blank");
    }
    unique(review.stakeholders(), s -> "stakeholder \"" + s + "\"", "stakeholder names");
    unique(review.phases(), p -> "phase \"" + p + "\"", "phase names");
    unique(review.searches(), s -> "search \"" + s.name() + "\"", "search names");
    unique(
        review.exclusions(),
        t -> "exclusion reason \"" + t.reason() + "\"",
        "exclusion reasons");
    unique(review.papers(), p -> "paper [" + p.reference() + "]", "reference numbers");
    unique(review.concepts(), c -> "concept \"" + c.name() + "\"", "concept names");
    unique(review.keyConcepts(), k -> "key concept \"" + k.name() + "\"", "key concept names");
    unique(review.incidences(), i -> "grid cell " + i, "grid cells");

    ImmutableSet<Stakeholder> stakeholders = ImmutableSet.copyOf(review.stakeholders());
    ImmutableSet<Phase> phases = ImmutableSet.copyOf(review.phases());
    ImmutableSet<Integer> papers = set(review.papers(), Paper::reference);
    ImmutableSet<String> concepts = set(review.concepts(), Concept::name);
    ImmutableSet<String> keyConcepts = set(review.keyConcepts(), KeyConcept::name);

    for (Paper paper : review.papers()) {
      for (Stakeholder s : paper.perspective().stakeholders()) {
        declared(stakeholders, s, "paper [" + paper.reference() + "] reports the perspective of");
      }
    }
    for (Concept concept : review.concepts()) {
      String where = "concept \"" + concept.name() + "\"";
      included(papers, concept.paper(), where + " is attributed to");
      for (Stakeholder s : concept.perspective().stakeholders()) {
        declared(stakeholders, s, where + " voices");
      }
    }
    for (KeyConcept keyConcept : review.keyConcepts()) {
      String where = "key concept \"" + keyConcept.name() + "\"";
      for (Phase p : keyConcept.phases()) {
        declared(phases, p, where + " belongs to");
      }
      for (Stakeholder s : keyConcept.stakeholders()) {
        declared(stakeholders, s, where + " concerns");
      }
    }
    for (Translation translation : review.translations()) {
      String where = "translation into \"" + translation.keyConcept() + "\"";
      defined(keyConcepts, "key concept", translation.keyConcept(), where + " names");
      for (String concept : translation.concepts()) {
        defined(concepts, "concept", concept, where + " names");
      }
    }
    for (Incidence cell : review.incidences()) {
      String where = "grid cell " + cell;
      included(papers, cell.paper(), where + " names");
      defined(keyConcepts, "key concept", cell.keyConcept(), where + " names");
    }
    checkExclusionsAccountForExcludedPapers();
    return problems.build();
  }

  private <T> void unique(List<T> values, Function<T, String> name, String rule) {
    Multiset<String> names = ImmutableMultiset.copyOf(values.stream().map(name)::iterator);
    for (Multiset.Entry<String> entry : names.entrySet()) {
      if (entry.getCount() > 1) {
        problems.add(
            String.format(
                "%s is given %d times; %s must be unique", entry.getElement(), entry.getCount(), rule));
      }
    }
  }

  private static <T, K> ImmutableSet<K> set(List<T> values, Function<T, K> key) {
    return values.stream().map(key).collect(ImmutableSet.toImmutableSet());
  }

  private void declared(ImmutableSet<?> declared, Object value, String where) {
    if (!declared.contains(value)) {
      String kind = value instanceof Phase ? "phase" : "stakeholder";
      problems.add(
          String.format(
              "%s %s \"%s\", which the review does not declare; declared %ss are %s",
              where, kind, value, kind, declared));
    }
  }

  private void included(ImmutableSet<Integer> papers, int reference, String where) {
    if (!papers.contains(reference)) {
      problems.add(
          String.format("%s paper [%d], which is not among the included papers", where, reference));
    }
  }

  private void defined(ImmutableSet<String> defined, String kind, String name, String where) {
    if (!defined.contains(name)) {
      problems.add(
          String.format("%s %s \"%s\", which the review does not define", where, kind, name));
    }
  }

  private void checkExclusionsAccountForExcludedPapers() {
    if (review.searches().isEmpty() || review.exclusions().isEmpty()) {
      return;
    }
    StageCounts total =
        review.searches().stream().map(Search::counts).reduce(StageCounts.zero(), StageCounts::plus);
    int tallied = review.exclusions().stream().mapToInt(ExclusionTally::papers).sum();
    if (tallied != total.articlesExcluded()) {
      problems.add(
          String.format(
              "exclusion tallies add up to %d papers, but the searches appraised %d and included"
                  + " %d, so %d were excluded; the tallies must account for every excluded paper",
              tallied,
              total.articlesAppraised(),
              total.articlesIncluded(),
              total.articlesExcluded()));
    }
  }
}
