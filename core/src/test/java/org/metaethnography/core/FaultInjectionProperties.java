package org.metaethnography.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.Place;
import org.metaethnography.model.Review;
import org.metaethnography.model.ReviewProblem;
import org.metaethnography.model.ReviewProblem.Rule;
import org.metaethnography.model.testing.ReviewGenerators;

/**
 * Faults injected into the fluent description of a valid generated review are reported once, where
 * they are. The documented faults, each with the one problem it gives (rule, place, what the place
 * refers to, offending value):
 *
 * <ol>
 *   <li>a grid cell naming a paper the review does not include: {@code UNRESOLVED_REFERENCE} at the
 *       cell, referring to the paper;
 *   <li>a key concept described twice: {@code DUPLICATE} at the key concept;
 *   <li>a new paper with a blank title, named by a grid cell: {@code INVALID_VALUE} at the paper,
 *       value the title; the paper is left out, and the grid cell naming it only follows from that,
 *       so it is not reported;
 *   <li>a new concept whose name ends with a non-breaking space, named by an extraction: {@code
 *       INVALID_VALUE} at the concept; the extraction naming it is not reported;
 *   <li>a study naming a paper the review does not include: {@code UNRESOLVED_REFERENCE} at the
 *       study, referring to the paper;
 *   <li>a new paper reporting the perspective of an undeclared stakeholder: {@code
 *       UNRESOLVED_REFERENCE} at the paper, referring to the stakeholder;
 *   <li>an extraction of a concept the review does not define: {@code UNRESOLVED_REFERENCE} at the
 *       extraction, referring to the concept;
 *   <li>a new concept whose name ends with a non-breaking space: {@code INVALID_VALUE} at the
 *       concept, value the name;
 *   <li>a stakeholder declared again in other case: {@code CASE_VARIANT} at the variant;
 *   <li>a new paper whose year is set twice: {@code INCOMPLETE_DESCRIPTION} at the paper;
 *   <li>a new search whose retrieved articles exceed its abstracts: {@code INVALID_VALUE} at the
 *       search, value the count (the search is left out, so the exclusion tallies are not judged
 *       against the searches again);
 *   <li>a relation (of a declared kind) to a key concept the review does not define: {@code
 *       UNRESOLVED_REFERENCE} at the relation, referring to the name ({@code Place.OfNode});
 *   <li>a relation of a kind the review does not declare, between two of its key concepts: {@code
 *       UNRESOLVED_REFERENCE} at the relation, referring to the relation kind;
 *   <li>a new key concept whose name holds a carriage return: {@code INVALID_VALUE} at the key
 *       concept, value the name.
 * </ol>
 */
final class FaultInjectionProperties {
  /** One fault: how to inject it into a review's description, and the problem it must give. */
  private record Fault(
      String name,
      Function<Review, ReviewBuilder> inject,
      Function<Review, Expected> expected,
      Predicate<Review> applies) {
    Fault(
        String name, Function<Review, ReviewBuilder> inject, Function<Review, Expected> expected) {
      this(name, inject, expected, review -> true);
    }
  }

  /** The problem a fault gives. */
  private record Expected(
      Rule rule, Place place, Optional<Place> reference, Optional<String> value) {}

  private static Citation absentPaper(Review review) {
    return review.papers().get(0).citation().isNumbered()
        ? Citation.of(999)
        : Citation.of("Nobody 1900");
  }

  private static ReviewBuilder described(Review review) {
    return FluentDescription.describe(review, FluentDescription.stakeholderNames(review));
  }

  private static String firstKind(Review review) {
    return review.relationKinds().get(0).name();
  }

  private static String secondKeyConcept(Review review) {
    return review.keyConcepts().get(1).name();
  }

  private static String firstKeyConcept(Review review) {
    return review.keyConcepts().get(0).name();
  }

  private static final List<Fault> FAULTS =
      List.of(
          new Fault(
              "grid cell of an absent paper",
              r -> {
                ReviewBuilder b = described(r);
                Citation absent = absentPaper(r);
                if (absent.isNumbered()) {
                  b.grid(absent.number().getAsInt(), firstKeyConcept(r));
                } else {
                  b.grid(absent.label().orElseThrow(), firstKeyConcept(r));
                }
                return b;
              },
              r ->
                  new Expected(
                      Rule.UNRESOLVED_REFERENCE,
                      new Place.Cell(absentPaper(r), firstKeyConcept(r)),
                      Optional.of(new Place.OfPaper(absentPaper(r))),
                      Optional.of(new Place.OfPaper(absentPaper(r)).describe()))),
          new Fault(
              "key concept described twice",
              r -> described(r).keyConcept(firstKeyConcept(r), k -> {}),
              r ->
                  new Expected(
                      Rule.DUPLICATE,
                      new Place.OfKeyConcept(firstKeyConcept(r)),
                      Optional.empty(),
                      Optional.empty())),
          new Fault(
              "paper with a blank title, that a grid cell names",
              r -> {
                ReviewBuilder b = described(r);
                Citation paper = absentPaper(r);
                FluentDescription.paper(b, paper, p -> p.titled(" "));
                if (paper.isNumbered()) {
                  b.grid(paper.number().getAsInt(), firstKeyConcept(r));
                } else {
                  b.grid(paper.label().orElseThrow(), firstKeyConcept(r));
                }
                return b;
              },
              r ->
                  new Expected(
                      Rule.INVALID_VALUE,
                      new Place.OfPaper(absentPaper(r)),
                      Optional.empty(),
                      Optional.of(" "))),
          new Fault(
              "paper reporting an undeclared stakeholder",
              r -> {
                ReviewBuilder b = described(r);
                FluentDescription.paper(b, absentPaper(r), p -> p.perspective("Nobody"));
                return b;
              },
              r ->
                  new Expected(
                      Rule.UNRESOLVED_REFERENCE,
                      new Place.OfPaper(absentPaper(r)),
                      Optional.of(new Place.Term(Place.Vocabulary.STAKEHOLDER, "Nobody")),
                      Optional.of("stakeholder \"Nobody\""))),
          new Fault(
              "extraction of an undefined concept",
              r -> {
                ReviewBuilder b = described(r);
                Citation paper = r.papers().get(0).citation();
                if (paper.isNumbered()) {
                  b.found("No such concept", paper.number().getAsInt());
                } else {
                  b.found("No such concept", paper.label().orElseThrow(), e -> {});
                }
                return b;
              },
              r ->
                  new Expected(
                      Rule.UNRESOLVED_REFERENCE,
                      new Place.OfExtraction("No such concept", r.papers().get(0).citation()),
                      Optional.of(new Place.OfConcept("No such concept")),
                      Optional.of("concept \"No such concept\""))),
          new Fault(
              "concept name ending with a non-breaking space",
              r -> described(r).concept("Stray\u00a0", c -> {}),
              r ->
                  new Expected(
                      Rule.INVALID_VALUE,
                      new Place.OfConcept("Stray\u00a0"),
                      Optional.empty(),
                      Optional.of("Stray\u00a0"))),
          new Fault(
              "concept with a non-breaking space that an extraction names",
              r -> {
                ReviewBuilder b = described(r).concept("Stray\u00a0", c -> {});
                Citation paper = r.papers().get(0).citation();
                if (paper.isNumbered()) {
                  b.found("Stray\u00a0", paper.number().getAsInt());
                } else {
                  b.found("Stray\u00a0", paper.label().orElseThrow(), e -> {});
                }
                return b;
              },
              r ->
                  new Expected(
                      Rule.INVALID_VALUE,
                      new Place.OfConcept("Stray\u00a0"),
                      Optional.empty(),
                      Optional.of("Stray\u00a0"))),
          new Fault(
              "study naming a paper the review does not include",
              r -> {
                ReviewBuilder b = described(r);
                Citation paper = absentPaper(r);
                if (paper.isNumbered()) {
                  b.study("Injected study", paper.number().getAsInt());
                } else {
                  b.study("Injected study", paper.label().orElseThrow());
                }
                return b;
              },
              r ->
                  new Expected(
                      Rule.UNRESOLVED_REFERENCE,
                      new Place.OfStudy("Injected study"),
                      Optional.of(new Place.OfPaper(absentPaper(r))),
                      Optional.empty())),
          new Fault(
              "stakeholder declared again in other case",
              r -> {
                List<String> names = new ArrayList<>(FluentDescription.stakeholderNames(r));
                names.add(names.get(0).toLowerCase(java.util.Locale.ROOT));
                return FluentDescription.describe(r, names);
              },
              r ->
                  new Expected(
                      Rule.CASE_VARIANT,
                      new Place.Term(
                          Place.Vocabulary.STAKEHOLDER,
                          r.stakeholders().get(0).name().toLowerCase(java.util.Locale.ROOT)),
                      Optional.empty(),
                      Optional.empty())),
          new Fault(
              "year set twice",
              r -> {
                ReviewBuilder b = described(r);
                FluentDescription.paper(b, absentPaper(r), p -> p.year(2001).year(2002));
                return b;
              },
              r ->
                  new Expected(
                      Rule.INCOMPLETE_DESCRIPTION,
                      new Place.OfPaper(absentPaper(r)),
                      Optional.empty(),
                      Optional.empty())),
          new Fault(
              "search whose counts grow",
              r -> described(r).search("Injected search", 5, 10, 1, 0),
              r ->
                  new Expected(
                      Rule.INVALID_VALUE,
                      new Place.OfSearch("Injected search"),
                      Optional.empty(),
                      Optional.of("10"))),
          new Fault(
              "relation to an undefined key concept",
              r -> described(r).relation(firstKeyConcept(r), firstKind(r), "No such key concept"),
              r ->
                  new Expected(
                      Rule.UNRESOLVED_REFERENCE,
                      new Place.OfRelation(firstKeyConcept(r), firstKind(r), "No such key concept"),
                      Optional.of(new Place.OfNode("No such key concept")),
                      Optional.of("\"No such key concept\"")),
              r -> !r.relationKinds().isEmpty()),
          new Fault(
              "relation of an undeclared kind",
              r ->
                  described(r).relation(firstKeyConcept(r), "Undeclared verb", secondKeyConcept(r)),
              r ->
                  new Expected(
                      Rule.UNRESOLVED_REFERENCE,
                      new Place.OfRelation(
                          firstKeyConcept(r), "Undeclared verb", secondKeyConcept(r)),
                      Optional.of(
                          new Place.Term(Place.Vocabulary.RELATION_KIND, "Undeclared verb")),
                      Optional.of("relation kind \"Undeclared verb\"")),
              r -> r.keyConcepts().size() > 1),
          new Fault(
              "key concept name holding a carriage return",
              r -> described(r).keyConcept("Line\rbreak", k -> {}),
              r ->
                  new Expected(
                      Rule.INVALID_VALUE,
                      new Place.OfKeyConcept("Line\rbreak"),
                      Optional.empty(),
                      Optional.of("Line\rbreak"))));

  @Test
  void eachDocumentedFault_givesItsOneProblem_whereTheFaultIs() {
    for (Fault fault : FAULTS) {
      qt().withExamples(100)
          .withGenerateAttempts(20_000)
          .forAll(ReviewGenerators.reviews())
          .assuming(review -> !review.papers().isEmpty() && fault.applies().test(review))
          .checkAssert(
              review -> {
                InvalidReviewException e =
                    catchThrowableOfType(
                        InvalidReviewException.class, () -> fault.inject().apply(review).build());
                assertThat(e).as(fault.name()).isNotNull();
                Expected expected = fault.expected().apply(review);
                assertThat(e.problems()).as(fault.name()).hasSize(1);
                ReviewProblem problem = e.problems().get(0);
                assertThat(problem.rule()).as(fault.name()).isEqualTo(expected.rule());
                assertThat(problem.place()).as(fault.name()).isEqualTo(expected.place());
                assertThat(problem.reference()).as(fault.name()).isEqualTo(expected.reference());
                expected
                    .value()
                    .ifPresent(v -> assertThat(problem.value()).as(fault.name()).contains(v));
              });
    }
  }
}
