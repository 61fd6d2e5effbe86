package org.metaethnography.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Review;
import org.metaethnography.model.Study;
import org.metaethnography.model.Translation;
import org.metaethnography.model.testing.ReviewGenerators;

/** Properties of a synthesis restricted to some of its papers, over generated reviews. */
final class RestrictionProperties {

  @Test
  void restrictingToEveryPaper_givesAnEqualSynthesis() {
    qt().forAll(ReviewGenerators.reviews())
        .checkAssert(
            review -> {
              Synthesis synthesis = Synthesis.of(review);
              Synthesis all = synthesis.restrictedTo(p -> true);
              assertThat(all).isEqualTo(synthesis);
              assertThat(all.review()).isEqualTo(review);
              assertThat(all.grid()).isEqualTo(synthesis.grid());
              assertThat(all.aggregation()).isEqualTo(synthesis.aggregation());
              assertThat(all.translationTable()).isEqualTo(synthesis.translationTable());
              assertThat(all.audit()).isEqualTo(synthesis.audit());
              assertThat(Sensitivity.compare(synthesis, all).changes()).isEmpty();
            });
  }

  @Test
  void restrictingNeverAddsSupport() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Set<Citation> kept = keptAtRandom(review, seeded.random());
              Synthesis whole = Synthesis.of(review);
              Synthesis fewer = whole.restrictedTo(p -> kept.contains(p.citation()));
              // A kept paper keeps all of its extractions, so each of its cells keeps its support.
              Map<Incidence, Support> supports = whole.aggregation().supports();
              for (Map.Entry<Incidence, Support> cell : fewer.aggregation().supports().entrySet()) {
                assertThat(kept).contains(cell.getKey().paper());
                assertThat(supports).containsEntry(cell.getKey(), cell.getValue());
              }
            });
  }

  @Test
  void restrictingNeverAddsATickToTheGridOfRecord() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Set<Citation> kept = keptAtRandom(review, seeded.random());
              Synthesis whole = Synthesis.of(review);
              Synthesis fewer = whole.restrictedTo(p -> kept.contains(p.citation()));
              Set<Incidence> ticks = new HashSet<>(whole.grid().incidences());
              assertThat(fewer.grid().incidences()).allSatisfy(i -> assertThat(ticks).contains(i));
              for (KeyConcept k : whole.grid().keyConcepts()) {
                assertThat(fewer.grid().count(k)).isLessThanOrEqualTo(whole.grid().count(k));
              }
              assertThat(fewer.grid().keyConcepts()).isEqualTo(whole.grid().keyConcepts());
            });
  }

  @Test
  void restricting_keepsExactlyTheKeptPapersAndTheirFacts() {
    qt().forAll(ReviewGenerators.seededReviews())
        .checkAssert(
            seeded -> {
              Review review = seeded.value();
              Set<Citation> kept = keptAtRandom(review, seeded.random());
              Review fewer =
                  Synthesis.of(review).restrictedTo(p -> kept.contains(p.citation())).review();
              assertThat(fewer.papers())
                  .containsExactlyElementsOf(
                      review.papers().stream().filter(p -> kept.contains(p.citation())).toList());
              assertThat(fewer.extractions())
                  .containsExactlyElementsOf(
                      review.extractions().stream().filter(e -> kept.contains(e.paper())).toList());
              assertThat(fewer.incidences())
                  .containsExactlyElementsOf(
                      review.incidences().stream().filter(i -> kept.contains(i.paper())).toList());
              List<Study> studies = new ArrayList<>();
              for (Study study : review.studies()) {
                List<Citation> reports = study.reports().stream().filter(kept::contains).toList();
                if (!reports.isEmpty()) {
                  studies.add(Study.of(study.name(), reports));
                }
              }
              assertThat(fewer.studies()).containsExactlyElementsOf(studies);
              List<Translation> translations = fewer.translations();
              assertThat(translations).hasSameSizeAs(review.translations());
              for (int i = 0; i < translations.size(); i++) {
                Translation before = review.translations().get(i);
                Translation after = translations.get(i);
                assertThat(after.keyConcept()).isEqualTo(before.keyConcept());
                assertThat(after.kind()).isEqualTo(before.kind());
                assertThat(after.concepts()).isEqualTo(before.concepts());
                assertThat(after.indexPaper())
                    .isEqualTo(before.indexPaper().filter(kept::contains));
              }
              assertThat(fewer.keyConcepts()).isEqualTo(review.keyConcepts());
              assertThat(fewer.concepts()).isEqualTo(review.concepts());
              assertThat(fewer.searches()).isEqualTo(review.searches());
            });
  }

  private static Set<Citation> keptAtRandom(Review review, Random random) {
    Set<Citation> kept = new HashSet<>();
    for (Paper paper : review.papers()) {
      if (random.nextBoolean()) {
        kept.add(paper.citation());
      }
    }
    return kept;
  }
}
