package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Search;
import org.metaethnography.model.Stage;
import org.metaethnography.model.Study;
import org.metaethnography.model.testing.ReviewGenerators;

/** Properties of the synthesis over generated reviews. */
final class SynthesisProperties {
  private static final List<Function<Paper, ?>> ATTRIBUTES =
      List.of(
          Paper::condition,
          Paper::format,
          Paper::perspective,
          Paper::year,
          p -> p.attribute("country"));

  @Test
  void gridTotals_equalTheColumnSums() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              ConceptGrid grid = ConceptGrid.of(review);
              // Expected counts come from the review's own incidences, not from the grid.
              for (KeyConcept keyConcept : review.keyConcepts()) {
                long ticked =
                    review.incidences().stream()
                        .filter(i -> i.keyConcept().equals(keyConcept.name()))
                        .count();
                assertThat(grid.counts().get(keyConcept)).isEqualTo((int) ticked);
              }
              for (Incidence cell : review.incidences()) {
                assertThat(
                        grid.contains(
                            review.paper(cell.paper()).orElseThrow(),
                            review.keyConcept(cell.keyConcept()).orElseThrow()))
                    .isTrue();
              }
              assertThat(grid.incidenceCount()).isEqualTo(review.incidences().size());
              assertThat(grid.citations())
                  .containsExactlyInAnyOrderElementsOf(
                      review.papers().stream().map(Paper::citation)::iterator);
            });
  }

  @Test
  void flowAndExclusionTotals_equalTheColumnSums_whereEverySearchReportsTheStage() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              ReviewFlow flow = synthesis.flow();
              for (Stage stage : Stage.values()) {
                long sum = 0;
                boolean complete = true;
                List<Search> unreported = new ArrayList<>();
                for (Search search : review.searches()) {
                  OptionalInt count = search.counts().count(stage);
                  if (count.isPresent()) {
                    sum += count.getAsInt();
                  } else {
                    complete = false;
                    unreported.add(search);
                  }
                }
                assertThat(flow.total().count(stage))
                    .isEqualTo(complete ? OptionalInt.of((int) sum) : OptionalInt.empty());
                assertThat(flow.partialTotal(stage)).isEqualTo(sum);
                assertThat(flow.unreported(stage)).containsExactlyElementsOf(unreported);
              }
              assertThat(synthesis.exclusions().total())
                  .isEqualTo(review.exclusions().stream().mapToInt(ExclusionTally::papers).sum());
            });
  }

  @Test
  void included_isTheSumOfSearchesAndSources_whereEachReportsIt() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              OptionalInt expected = OptionalInt.of(0);
              int sum = 0;
              for (Search search : review.searches()) {
                OptionalInt included = search.counts().articlesIncluded();
                if (included.isEmpty()) {
                  expected = OptionalInt.empty();
                } else {
                  sum += included.getAsInt();
                }
              }
              for (OtherSource source : review.otherSources()) {
                if (source.included().isEmpty()) {
                  expected = OptionalInt.empty();
                } else {
                  sum += source.included().getAsInt();
                }
              }
              assertThat(Synthesis.of(review).flow().included())
                  .isEqualTo(expected.isPresent() ? OptionalInt.of(sum) : expected);
            });
  }

  @Test
  void groupingByAnyAttribute_partitionsThePapers() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              for (Function<Paper, ?> attribute : ATTRIBUTES) {
                PaperGroups<?> groups = PaperGroups.of(review.papers(), attribute);
                assertThat(groups.papers()).containsExactlyInAnyOrderElementsOf(review.papers());
                for (Object key : groups.keys()) {
                  assertThat(groups.asMultimap().get(castKey(key)))
                      .allSatisfy(p -> assertThat((Object) attribute.apply(p)).isEqualTo(key));
                }
                ConceptGrid grid = ConceptGrid.of(review);
                List<Paper> rows = new ArrayList<>();
                int ticks = 0;
                for (ConceptGrid part : grid.groupBy(attribute).values()) {
                  rows.addAll(part.papers());
                  ticks += part.incidenceCount();
                }
                assertThat(rows).containsExactlyInAnyOrderElementsOf(review.papers());
                assertThat(ticks).isEqualTo(grid.incidenceCount());
              }
            });
  }

  @Test
  void aPaperInKGroupsOfAMultiValuedAttribute_isCountedInEach() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              PaperGroups<String> byCountry = synthesis.papersByEach(p -> p.attribute("country"));
              int memberships = 0;
              List<Paper> several = new ArrayList<>();
              List<Paper> none = new ArrayList<>();
              for (Paper paper : review.papers()) {
                Set<String> countries = new LinkedHashSet<>(paper.attribute("country"));
                memberships += countries.size();
                if (countries.size() > 1) {
                  several.add(paper);
                } else if (countries.isEmpty()) {
                  none.add(paper);
                }
                for (String country : byCountry.keys()) {
                  long times = byCountry.papers(country).stream().filter(paper::equals).count();
                  assertThat(times).isEqualTo(countries.contains(country) ? 1 : 0);
                }
                assertThat(byCountry.keys()).containsAll(countries);
              }
              assertThat(byCountry.papers()).hasSize(memberships);
              assertThat(byCountry.counts().values().stream().mapToInt(Integer::intValue).sum())
                  .isEqualTo(memberships);
              assertThat(byCountry.inSeveralGroups()).containsExactlyElementsOf(several);
              assertThat(byCountry.inNoGroup()).containsExactlyElementsOf(none);
              assertThat(byCountry.isPartition()).isEqualTo(several.isEmpty() && none.isEmpty());
              ConceptGrid grid = synthesis.grid();
              for (KeyConcept keyConcept : grid.keyConcepts()) {
                Map<String, Integer> expected = new HashMap<>();
                for (Paper paper : grid.papersWith(keyConcept)) {
                  for (String country : new LinkedHashSet<>(paper.attribute("country"))) {
                    expected.merge(country, 1, Integer::sum);
                  }
                }
                assertThat(grid.countByEach(keyConcept, p -> p.attribute("country")))
                    .isEqualTo(expected);
              }
            });
  }

  @SuppressWarnings("unchecked")
  private static <K> K castKey(Object key) {
    return (K) key;
  }

  @Test
  void mergingGridsOfDisjointPapers_equalsTheGridOfTheUnion() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Random random = seeded.random();
              Set<Citation> left = new HashSet<>();
              for (Paper paper : review.papers()) {
                if (random.nextBoolean()) {
                  left.add(paper.citation());
                }
              }
              ConceptGrid whole = ConceptGrid.of(review);
              ConceptGrid merged = part(review, left, true).merge(part(review, left, false));
              assertThat(merged).isEqualTo(whole);
              assertThat(merged.counts()).isEqualTo(whole.counts());
            });
  }

  private static ConceptGrid part(Review review, Set<Citation> left, boolean inLeft) {
    return ConceptGrid.of(
        review.papers().stream().filter(p -> left.contains(p.citation()) == inLeft)::iterator,
        review.keyConcepts(),
        review.incidences().stream().filter(i -> left.contains(i.paper()) == inLeft)::iterator);
  }

  @Test
  void computedCounts_doNotDependOnTheOrderFactsWereAdded() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Random random = seeded.random();
              Review shuffled = ReviewGenerators.reordered(review, random);
              Synthesis original = Synthesis.of(review);
              Synthesis other = Synthesis.of(shuffled);
              assertThat(other.grid()).isEqualTo(original.grid());
              assertThat(other.studyGrid()).isEqualTo(original.studyGrid());
              assertThat(other.aggregation()).isEqualTo(original.aggregation());
              assertThat(other.grid().counts()).isEqualTo(original.grid().counts());
              assertThat(other.flow().total()).isEqualTo(original.flow().total());
              assertThat(other.flow().included()).isEqualTo(original.flow().included());
              assertThat(other.exclusions().total()).isEqualTo(original.exclusions().total());
              // Findings' subjects; messages list stakeholders, phases and raw concepts in the
              // review's order.
              assertThat(subjects(other.audit())).isEqualTo(subjects(original.audit()));
              for (Function<Paper, ?> attribute : ATTRIBUTES) {
                Map<Object, Integer> counts = new HashMap<>(other.papersBy(attribute).counts());
                assertThat(counts).isEqualTo(new HashMap<>(original.papersBy(attribute).counts()));
              }
            });
  }

  private static Set<List<Object>> subjects(Audit audit) {
    Set<List<Object>> subjects = new HashSet<>();
    for (Finding f : audit.findings()) {
      // The raw concepts as a set: a finding lists them in the review's order of concepts.
      subjects.add(
          List.of(f.kind(), f.keyConcept(), new HashSet<>(f.concepts()), f.aspect(), f.papers()));
    }
    return subjects;
  }

  @Test
  void restrictingToFewerPapers_neverAddsATick() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              ConceptGrid grid = ConceptGrid.of(seeded.value());
              Random random = seeded.random();
              ConceptGrid fewer = grid.restrictedTo(p -> random.nextBoolean());
              for (Incidence cell : fewer.incidences()) {
                Paper paper = grid.paper(cell.paper()).orElseThrow();
                KeyConcept keyConcept = seeded.value().keyConcept(cell.keyConcept()).orElseThrow();
                assertThat(grid.contains(paper, keyConcept)).isTrue();
              }
              for (KeyConcept k : grid.keyConcepts()) {
                assertThat(fewer.count(k)).isLessThanOrEqualTo(grid.count(k));
              }
            });
  }

  @Test
  void studyGrid_hasARowPerStudy_tickedWhereAnyOfItsReportsIs() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              ConceptGrid grid = synthesis.grid();
              ConceptGrid studies = synthesis.studyGrid();
              // Expected rows: every paper but the associated (not first) reports of a study.
              Set<Citation> associated = new HashSet<>();
              for (Study study : review.studies()) {
                associated.addAll(study.reports().subList(1, study.reports().size()));
              }
              assertThat(studies.papers())
                  .containsExactlyElementsOf(
                      grid.papers().stream().filter(p -> !associated.contains(p.citation()))
                          ::iterator);
              assertThat(studies.keyConcepts()).isEqualTo(grid.keyConcepts());
              for (Paper row : studies.papers()) {
                List<Citation> reports =
                    review
                        .studyOf(row.citation())
                        .map(Study::reports)
                        .map(r -> (List<Citation>) r)
                        .orElse(List.of(row.citation()));
                Set<KeyConcept> expected = new LinkedHashSet<>();
                for (Citation report : reports) {
                  expected.addAll(grid.keyConceptsOf(grid.paper(report).orElseThrow()));
                }
                assertThat(studies.keyConceptsOf(row))
                    .containsExactlyInAnyOrderElementsOf(expected);
              }
              for (KeyConcept k : grid.keyConcepts()) {
                assertThat(studies.count(k)).isLessThanOrEqualTo(grid.count(k));
              }
            });
  }

  @Test
  void papersWithoutKeyConcept_judgeAStudysReportsTogether() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              ConceptGrid grid = synthesis.grid();
              Set<Set<Citation>> expected = new HashSet<>();
              Set<Citation> inStudies = new HashSet<>();
              for (Study study : review.studies()) {
                inStudies.addAll(study.reports());
                boolean silent =
                    study.reports().stream()
                        .allMatch(r -> grid.keyConceptsOf(grid.paper(r).orElseThrow()).isEmpty());
                if (silent) {
                  expected.add(new HashSet<>(study.reports()));
                }
              }
              for (Paper paper : grid.papers()) {
                if (!inStudies.contains(paper.citation()) && grid.keyConceptsOf(paper).isEmpty()) {
                  expected.add(Set.of(paper.citation()));
                }
              }
              List<Finding> findings =
                  synthesis.audit().findings(Finding.Kind.PAPER_WITHOUT_KEY_CONCEPT);
              assertThat(findings).hasSameSizeAs(expected);
              Set<Set<Citation>> reported = new HashSet<>();
              for (Finding finding : findings) {
                reported.add(new HashSet<>(finding.papers()));
                assertThat(finding.papers()).isSorted();
              }
              assertThat(reported).isEqualTo(expected);
            });
  }
}
