package org.metaethnography.model;

import static org.metaethnography.model.ReviewProblem.Rule.COUNT_OVERFLOW;
import static org.metaethnography.model.ReviewProblem.Rule.DUPLICATE;
import static org.metaethnography.model.ReviewProblem.Rule.INCOMPLETE_TRANSLATION;
import static org.metaethnography.model.ReviewProblem.Rule.INVALID_VALUE;
import static org.metaethnography.model.ReviewProblem.Rule.UNACCOUNTED_EXCLUSIONS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The invariants that span the values of a review, and the messages that report them. Each
 * message names the offending value, where it is, and the rule it breaks; tests assert their
 * text.
 */
final class ReviewValidator {
  private final Review review;
  private final ImmutableList.Builder<ReviewProblem> problems = ImmutableList.builder();

  private ReviewValidator(Review review) {
    this.review = review;
  }

  /** Returns every problem of {@code review}, in the order its parts are declared; none if valid. */
  static ImmutableList<ReviewProblem> problems(Review review) {
    return new ReviewValidator(review).check();
  }

  private ImmutableList<ReviewProblem> check() {
    if (review.title().isBlank()) {
      problems.add(ReviewProblem.of(INVALID_VALUE, "review title must not be blank"));
    }
    unique(review.stakeholders(), s -> ReviewProblem.stakeholder(s.name()), "stakeholder names");
    unique(review.phases(), p -> ReviewProblem.phase(p.name()), "phase names");
    unique(review.reviewers(), r -> ReviewProblem.reviewer(r.name()), "reviewer names");
    unique(review.searches(), s -> "search \"" + s.name() + "\"", "search names");
    unique(
        review.exclusions(),
        t -> "exclusion reason \"" + t.reason() + "\"",
        "exclusion reasons");
    unique(review.papers(), p -> ReviewProblem.paper(p.reference()), "reference numbers");
    unique(review.concepts(), c -> ReviewProblem.concept(c.name()), "concept names");
    unique(review.keyConcepts(), k -> ReviewProblem.keyConcept(k.name()), "key concept names");
    unique(review.incidences(), i -> "grid cell " + i, "grid cells");
    unique(
        review.extractions(),
        e -> "extraction of " + ReviewProblem.concept(e.concept()) + " from " + ReviewProblem.paper(e.paper()),
        "extractions (record each concept once per paper, with all its reviewers)");
    unique(review.setAside(), a -> "setting aside of " + ReviewProblem.concept(a.concept()), "settings aside");

    ImmutableSet<Stakeholder> stakeholders = ImmutableSet.copyOf(review.stakeholders());
    ImmutableSet<Phase> phases = ImmutableSet.copyOf(review.phases());
    ImmutableSet<Reviewer> reviewers = ImmutableSet.copyOf(review.reviewers());
    ImmutableSet<Integer> papers = set(review.papers(), Paper::reference);
    ImmutableSet<String> concepts = set(review.concepts(), Concept::name);
    ImmutableSet<String> keyConcepts = set(review.keyConcepts(), KeyConcept::name);

    for (Paper paper : review.papers()) {
      for (Stakeholder s : paper.perspective().stakeholders()) {
        declared(
            stakeholders, s, ReviewProblem.paper(paper.reference()) + " reports the perspective of");
      }
    }
    for (Concept concept : review.concepts()) {
      String where = ReviewProblem.concept(concept.name());
      for (Stakeholder s : concept.perspective().stakeholders()) {
        declared(stakeholders, s, where + " voices");
      }
      declared(phases, concept.phase(), where + " belongs to");
    }
    for (Extraction extraction : review.extractions()) {
      String where = "extraction " + extraction;
      defined(concepts, extraction.concept(), ReviewProblem::concept, where);
      included(papers, extraction.paper(), where + " names");
      for (Reviewer r : extraction.reviewers()) {
        declared(reviewers, r, where + " is by");
      }
    }
    for (SetAside setAside : review.setAside()) {
      defined(concepts, setAside.concept(), ReviewProblem::concept, "setting aside");
    }
    for (KeyConcept keyConcept : review.keyConcepts()) {
      String where = ReviewProblem.keyConcept(keyConcept.name());
      for (Phase p : keyConcept.phases()) {
        declared(phases, p, where + " belongs to");
      }
      for (Stakeholder s : keyConcept.stakeholders()) {
        declared(stakeholders, s, where + " concerns");
      }
    }
    for (Translation translation : review.translations()) {
      String where = "translation into \"" + translation.keyConcept() + "\"";
      defined(keyConcepts, translation.keyConcept(), ReviewProblem::keyConcept, where);
      for (String concept : translation.concepts()) {
        defined(concepts, concept, ReviewProblem::concept, where);
      }
    }
    for (Incidence cell : review.incidences()) {
      String where = "grid cell " + cell;
      included(papers, cell.paper(), where + " names");
      defined(keyConcepts, cell.keyConcept(), ReviewProblem::keyConcept, where);
    }
    for (Relation relation : review.lineOfArgument().relations()) {
      String where = "relation " + relation;
      defined(keyConcepts, relation.source(), ReviewProblem::keyConcept, where);
      defined(keyConcepts, relation.target(), ReviewProblem::keyConcept, where);
    }
    checkTranslationIsComplete(concepts);
    checkCounts();
    return problems.build();
  }

  private <T> void unique(List<T> values, Function<T, String> name, String rule) {
    Multiset<String> names = ImmutableMultiset.copyOf(values.stream().map(name)::iterator);
    for (Multiset.Entry<String> entry : names.entrySet()) {
      if (entry.getCount() > 1) {
        problems.add(
            ReviewProblem.of(
                DUPLICATE,
                String.format(
                    "%s is given %d times; %s must be unique",
                    entry.getElement(), entry.getCount(), rule)));
      }
    }
  }

  private static <T, K> ImmutableSet<K> set(List<T> values, Function<T, K> key) {
    return values.stream().map(key).collect(ImmutableSet.toImmutableSet());
  }

  private void declared(ImmutableSet<?> declared, Object value, String where) {
    if (!declared.contains(value)) {
      String kind =
          value instanceof Phase ? "phase" : value instanceof Reviewer ? "reviewer" : "stakeholder";
      String reference = kind + " \"" + value + "\"";
      problems.add(
          ReviewProblem.unresolved(
              reference,
              String.format(
                  "%s %s, which the review does not declare; declared %ss are %s",
                  where, reference, kind, declared)));
    }
  }

  /**
   * Once a review records raw concepts, each is translated into exactly one key concept or set
   * aside, and each key concept brings together at least one raw concept.
   */
  private void checkTranslationIsComplete(ImmutableSet<String> concepts) {
    if (concepts.isEmpty()) {
      return;
    }
    ImmutableListMultimap.Builder<String, String> keyConceptsOf = ImmutableListMultimap.builder();
    for (Translation translation : review.translations()) {
      translation.concepts().forEach(c -> keyConceptsOf.put(c, translation.keyConcept()));
    }
    ImmutableListMultimap<String, String> translatedInto = keyConceptsOf.build();
    ImmutableSet<String> setAside = set(review.setAside(), SetAside::concept);
    for (Concept concept : review.concepts()) {
      List<String> into = translatedInto.get(concept.name());
      String where = ReviewProblem.concept(concept.name());
      if (into.size() > 1) {
        incomplete(
            "%s is translated %d times (into %s); each concept is translated into exactly one key"
                + " concept",
            where, into.size(), into);
      }
      if (!into.isEmpty() && setAside.contains(concept.name())) {
        incomplete("%s is both translated (into %s) and set aside", where, into);
      }
      if (into.isEmpty() && !setAside.contains(concept.name())) {
        incomplete(
            "%s is neither translated into a key concept nor set aside; every raw concept is one"
                + " or the other",
            where);
      }
    }
    ImmutableSet<String> translatedKeyConcepts =
        set(review.translations(), Translation::keyConcept);
    for (KeyConcept keyConcept : review.keyConcepts()) {
      if (!translatedKeyConcepts.contains(keyConcept.name())) {
        incomplete(
            "%s has no concept translated into it; every key concept brings together at least one"
                + " raw concept",
            ReviewProblem.keyConcept(keyConcept.name()));
      }
    }
  }

  private void incomplete(String rule, Object... args) {
    problems.add(ReviewProblem.of(INCOMPLETE_TRANSLATION, String.format(rule, args)));
  }

  private void included(ImmutableSet<Integer> papers, int paper, String where) {
    if (!papers.contains(paper)) {
      String reference = ReviewProblem.paper(paper);
      problems.add(
          ReviewProblem.unresolved(
              reference,
              String.format("%s %s, which is not among the included papers", where, reference)));
    }
  }

  private void defined(
      ImmutableSet<String> defined, String name, Function<String, String> kind, String where) {
    if (!defined.contains(name)) {
      String reference = kind.apply(name);
      problems.add(
          ReviewProblem.unresolved(
              reference,
              String.format("%s names %s, which the review does not define", where, reference)));
    }
  }

  private void checkCounts() {
    long reviewed = total(review.searches(), s -> s.counts().abstractsReviewed());
    long retrieved = total(review.searches(), s -> s.counts().articlesRetrieved());
    long appraised = total(review.searches(), s -> s.counts().articlesAppraised());
    long included = total(review.searches(), s -> s.counts().articlesIncluded());
    long tallied = total(review.exclusions(), ExclusionTally::papers);
    for (long total : new long[] {reviewed, retrieved, appraised, included, tallied}) {
      if (total > Integer.MAX_VALUE) {
        problems.add(
            ReviewProblem.of(
                COUNT_OVERFLOW,
                String.format(
                    "the searches and exclusions add up to %d records, more than the largest"
                        + " count (%d)",
                    total, Integer.MAX_VALUE)));
        return;
      }
    }
    if (review.searches().isEmpty() || review.exclusions().isEmpty()) {
      return;
    }
    if (tallied != appraised - included) {
      problems.add(
          ReviewProblem.of(
              UNACCOUNTED_EXCLUSIONS,
              String.format(
                  "exclusion tallies add up to %d papers, but the searches appraised %d and"
                      + " included %d, so %d were excluded; the tallies must account for every"
                      + " excluded paper",
                  tallied, appraised, included, appraised - included)));
    }
  }

  private static <T> long total(List<T> values, ToIntFunction<T> count) {
    return values.stream().mapToLong(count::applyAsInt).sum();
  }
}
