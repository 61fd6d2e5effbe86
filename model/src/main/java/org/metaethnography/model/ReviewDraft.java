package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A review being described: the facts a front end has collected so far (through the fluent builder
 * of {@code core}, or from a document or spreadsheet), and the problems it met while collecting
 * them. {@link #build()} checks the whole and reports every problem at once, each once.
 *
 * <p>A front end makes each part of the review through {@link #attempt(Place, Supplier)}: a part
 * whose value has problems of its own is <em>rejected</em> (left out of the review) and its
 * problems are reported at its place. A problem of its own description (an attribute set twice) is
 * recorded with {@link #reject(ReviewProblem)}, which rejects its place too.
 *
 * <p><b>Follow-on problems.</b> A problem that only follows from an earlier rejection is not
 * reported again. The rule is stated on places, once:
 *
 * <ol>
 *   <li>an unresolved reference to a rejected place (a grid cell naming a paper that was rejected)
 *       follows from the rejection, and so does a relation's reference to a name that a rejected
 *       key concept, theme or interpretation had;
 *   <li>an unresolved reference to a term of a vocabulary whose {@linkplain Place.Declaration
 *       declaration} was rejected (a stakeholder, when the list of stakeholders was rejected)
 *       follows from it;
 *   <li>a raw concept's incomplete translation follows from a rejected translation or setting aside
 *       that named it (the front end rejects its {@link Place.TranslationOf} place with it); a key
 *       concept left without raw concepts follows from a rejected translation into it; an index
 *       paper found to contribute none of its translation's raw concepts follows from a rejected
 *       extraction from that paper; unaccounted exclusions, count overflow and a stated count that
 *       disagrees with the records follow from a rejected search, source, exclusion tally or
 *       record.
 * </ol>
 *
 * <p>A problem found twice (the same place, rule, detail and value) is reported once, and so is an
 * invalid name: a part that names a concept, key concept, theme or interpretation rejected for that
 * very name (an extraction of a concept whose name has a trailing space) does not report the name
 * again.
 *
 * <pre>{@code
 * ReviewDraft draft = ReviewDraft.titled("Carers' experience of respite care");
 * draft.attempt(new Place.OfPaper(Citation.of(12)),
 *         () -> Paper.builder().reference(12).year(2019).build())
 *     .ifPresent(draft.facts()::addPapers);
 * Review review = draft.build();
 * }</pre>
 */
public final class ReviewDraft {
  private final String title;
  private final Review.Builder facts = Review.builder();
  private final List<ReviewProblem> problems = new ArrayList<>();
  private final Set<Place> rejected = new HashSet<>();

  private ReviewDraft(String title) {
    this.title = Objects.requireNonNull(title);
    facts.title(title);
  }

  /**
   * Starts the draft of a review.
   *
   * @param title the review's title or question
   * @return an empty draft
   */
  public static ReviewDraft titled(String title) {
    return new ReviewDraft(title);
  }

  /**
   * The facts collected so far; a front end adds the values it has made to it.
   *
   * @return the builder of the review's facts
   */
  public Review.Builder facts() {
    return facts;
  }

  /**
   * Makes the value of the part of the review at {@code place}. If the value has problems of its
   * own, the part is rejected: each problem is recorded at {@code place} and the result is empty.
   *
   * @param place where the part is in the review
   * @param make makes the value, throwing {@link InvalidValueException} if it has problems
   * @param <T> the type of the value
   * @return the value, or empty if it was rejected
   */
  public <T> Optional<T> attempt(Place place, Supplier<T> make) {
    return attempt(place, List.of(), make);
  }

  /**
   * Makes the value of the part of the review at {@code place}, as {@link #attempt(Place,
   * Supplier)} does; if the value is rejected, the given parts are rejected with it (for example, a
   * rejected translation rejects the {@link Place.TranslationOf translation of} each concept it
   * names).
   *
   * @param place where the part is in the review
   * @param parts further places the part's rejection rejects
   * @param make makes the value, throwing {@link InvalidValueException} if it has problems
   * @param <T> the type of the value
   * @return the value, or empty if it was rejected
   */
  public <T> Optional<T> attempt(Place place, Iterable<? extends Place> parts, Supplier<T> make) {
    Objects.requireNonNull(place);
    Objects.requireNonNull(parts);
    try {
      return Optional.of(make.get());
    } catch (InvalidValueException e) {
      e.problems().forEach(p -> reject(p.placedAt(place)));
      parts.forEach(p -> rejected.add(Objects.requireNonNull(p)));
      return Optional.empty();
    }
  }

  /**
   * Records a problem a front end found in the description itself (an attribute set twice, a page
   * without a quotation), and rejects its place.
   *
   * @param problem the problem
   * @return this draft
   */
  public ReviewDraft reject(ReviewProblem problem) {
    problems.add(Objects.requireNonNull(problem));
    rejected.add(problem.place());
    return this;
  }

  /**
   * Records a problem a front end found in the description, rejecting the given parts rather than
   * the problem's own place: for example, a vocabulary declared a second time rejects the terms of
   * the second declaration while the first declaration stands.
   *
   * @param problem the problem
   * @param parts the places of the parts the problem rejects
   * @return this draft
   */
  public ReviewDraft reject(ReviewProblem problem, Iterable<? extends Place> parts) {
    problems.add(Objects.requireNonNull(problem));
    parts.forEach(p -> rejected.add(Objects.requireNonNull(p)));
    return this;
  }

  /**
   * Whether the part at {@code place} was rejected.
   *
   * @param place a place in the review
   * @return whether a problem of the part's own was recorded there
   */
  public boolean isRejected(Place place) {
    return rejected.contains(Objects.requireNonNull(place));
  }

  /**
   * Builds the review, checking it whole.
   *
   * @return the review
   * @throws InvalidReviewException listing every problem recorded while the review was described
   *     and every problem of the review, each once, in that order
   */
  public Review build() {
    Set<ReviewProblem> all = new LinkedHashSet<>();
    for (ReviewProblem problem : problems) {
      if (!repeatsARejectedName(problem)) {
        all.add(problem);
      }
    }
    try {
      Review review = facts.build();
      if (all.isEmpty()) {
        return review;
      }
    } catch (InvalidReviewException e) {
      for (ReviewProblem problem : e.problems()) {
        if (!followsFromRejection(problem)) {
          all.add(problem);
        }
      }
    }
    throw new InvalidReviewException(title, all);
  }

  /**
   * Whether {@code problem} is an invalid name given again where a part refers to another part
   * already rejected for that very name (an extraction of a concept whose name was refused).
   */
  private boolean repeatsARejectedName(ReviewProblem problem) {
    if (problem.rule() != ReviewProblem.Rule.INVALID_VALUE || problem.value().isEmpty()) {
      return false;
    }
    String name = problem.value().get();
    List<Place> named;
    if (problem.place() instanceof Place.OfExtraction extraction) {
      named = List.of(new Place.OfConcept(extraction.concept()));
    } else if (problem.place() instanceof Place.OfSetAside setAside) {
      named = List.of(new Place.OfConcept(setAside.concept()));
    } else if (problem.place() instanceof Place.Cell cell) {
      named = List.of(new Place.OfKeyConcept(cell.keyConcept()));
    } else if (problem.place() instanceof Place.OfTranslation translation) {
      named = List.of(new Place.OfKeyConcept(translation.keyConcept()));
    } else if (problem.place() instanceof Place.OfRelation relation) {
      named =
          List.of(
              new Place.OfKeyConcept(relation.source()),
              new Place.OfTheme(relation.source()),
              new Place.OfInterpretation(relation.source()),
              new Place.OfKeyConcept(relation.target()),
              new Place.OfTheme(relation.target()),
              new Place.OfInterpretation(relation.target()));
    } else {
      return false;
    }
    return named.stream().anyMatch(p -> rejected.contains(p) && Names.nfc(name).equals(nameOf(p)));
  }

  private static String nameOf(Place place) {
    if (place instanceof Place.OfConcept concept) {
      return concept.name();
    }
    if (place instanceof Place.OfKeyConcept keyConcept) {
      return keyConcept.name();
    }
    if (place instanceof Place.OfTheme theme) {
      return theme.name();
    }
    return ((Place.OfInterpretation) place).name();
  }

  /** Whether {@code problem} only follows from a rejection, by the rule of the class comment. */
  private boolean followsFromRejection(ReviewProblem problem) {
    Optional<Place> reference = problem.reference();
    if (reference.isPresent()) {
      Place target = reference.get();
      if (rejected.contains(target)) {
        return true;
      }
      if (target instanceof Place.Term term
          && rejected.contains(new Place.Declaration(term.vocabulary()))) {
        return true;
      }
      if (target instanceof Place.OfNode node
          && (rejected.contains(new Place.OfKeyConcept(node.name()))
              || rejected.contains(new Place.OfTheme(node.name()))
              || rejected.contains(new Place.OfInterpretation(node.name())))) {
        return true;
      }
    }
    switch (problem.rule()) {
      case INCOMPLETE_TRANSLATION:
        if (problem.place() instanceof Place.OfConcept concept) {
          return rejected.contains(new Place.TranslationOf(concept.name()));
        }
        if (problem.place() instanceof Place.OfKeyConcept keyConcept) {
          return rejected.contains(new Place.OfTranslation(keyConcept.name()));
        }
        // An index paper contributing none of its translation's raw concepts may only lack an
        // extraction from that paper that was rejected.
        if (problem.place() instanceof Place.OfTranslation
            && problem.reference().orElse(null) instanceof Place.OfPaper index) {
          return rejected.stream()
              .anyMatch(
                  p ->
                      p instanceof Place.OfExtraction extraction
                          && extraction.paper().equals(index.citation()));
        }
        return false;
      case UNACCOUNTED_EXCLUSIONS:
      case COUNT_OVERFLOW:
      case RECORDS_DISAGREE:
        // Counts come from searches, sources and tallies, and from records where a review has
        // them.
        return rejected.stream()
            .anyMatch(
                p ->
                    p instanceof Place.OfSearch
                        || p instanceof Place.OfSource
                        || p instanceof Place.OfExclusion
                        || p instanceof Place.OfRecord);
      default:
        return false;
    }
  }

  /**
   * The problems recorded so far while the review was described, in the order recorded.
   *
   * @return the problems
   */
  public ImmutableList<ReviewProblem> problems() {
    return ImmutableList.copyOf(problems);
  }
}
