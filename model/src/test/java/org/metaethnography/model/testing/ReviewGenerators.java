package org.metaethnography.model.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.metaethnography.model.Appraisal;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.Condition;
import org.metaethnography.model.Evidence;
import org.metaethnography.model.ExclusionReason;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.InterventionFormat;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.LineOfArgument;
import org.metaethnography.model.Order;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Relation;
import org.metaethnography.model.RelationKind;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Score;
import org.metaethnography.model.Search;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.StageCounts;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Study;
import org.metaethnography.model.Theme;
import org.metaethnography.model.Translation;
import org.metaethnography.model.TranslationKind;
import org.metaethnography.model.Valence;
import org.quicktheories.core.Gen;

/**
 * Generators of valid reviews for property-based tests. A review is drawn from a seed and a size;
 * QuickTheories shrinks the size towards zero, so a failing property is reported on a small review.
 * Names are deliberately unrelated to any real review.
 *
 * <p>Reviews come in every shape the model allows: papers cited by number or by author and year,
 * attributes reported or not, reviews with and without phases, raw concepts with or without order,
 * perspective, valence (mixed included) and phase, extractions with or without reviewers, searches
 * that report only some stages, and studies reported in several papers.
 */
public final class ReviewGenerators {
  private static final List<String> CONDITIONS = List.of("alpha", "beta", "gamma", "delta");
  private static final List<String> FORMATS = List.of("group", "dyad", "online");
  private static final List<String> COUNTRIES = List.of("north", "south", "east");

  private ReviewGenerators() {}

  /** Valid reviews with up to {@code 3 * size / 2 + 1} papers, shrinking towards small ones. */
  public static Gen<Review> reviews() {
    return longs().all().zip(integers().between(0, 16), ReviewGenerators::review);
  }

  /** Pairs of a review and a seed for choices made about it (a split, a shuffle). */
  public static Gen<Seeded<Review>> seededReviews() {
    return reviews().zip(longs().all(), Seeded::new);
  }

  /** A value with a seed for further random choices. */
  public static final class Seeded<T> {
    private final T value;
    private final long seed;

    Seeded(T value, long seed) {
      this.value = value;
      this.seed = seed;
    }

    /** The value. */
    public T value() {
      return value;
    }

    /** A fresh random source for choices about the value. */
    public Random random() {
      return new Random(seed);
    }

    @Override
    public String toString() {
      return "seed " + seed + ": " + value;
    }
  }

  /**
   * Returns {@code review} with every list of facts in another order (stakeholders, phases,
   * reviewers, papers, concepts, extractions, translations, set-asides, grid cells, searches,
   * exclusions), keeping the key concepts, whose order is the grid's column order.
   */
  public static Review reordered(Review review, Random random) {
    return Review.builder()
        .from(review)
        .stakeholders(shuffled(review.stakeholders(), random))
        .phases(shuffled(review.phases(), random))
        .reviewers(shuffled(review.reviewers(), random))
        .papers(shuffled(review.papers(), random))
        .studies(shuffled(review.studies(), random))
        .concepts(shuffled(review.concepts(), random))
        .extractions(shuffled(review.extractions(), random))
        .translations(shuffled(review.translations(), random))
        .setAside(shuffled(review.setAside(), random))
        .incidences(shuffled(review.incidences(), random))
        .searches(shuffled(review.searches(), random))
        .otherSources(shuffled(review.otherSources(), random))
        .exclusions(shuffled(review.exclusions(), random))
        .relationKinds(shuffled(review.relationKinds(), random))
        .interpretations(shuffled(review.interpretations(), random))
        .themes(shuffled(review.themes(), random))
        .build();
  }

  private static <T> List<T> shuffled(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** Returns the review drawn from {@code seed} at the given size. */
  public static Review review(long seed, int size) {
    Random random = new Random(seed);
    List<Stakeholder> stakeholders = new ArrayList<>();
    for (int i = 0; i <= random.nextInt(3); i++) {
      stakeholders.add(Stakeholder.of("Role " + (char) ('A' + i)));
    }
    List<Phase> phases = new ArrayList<>();
    int phaseCount = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
    for (int i = 0; i < phaseCount; i++) {
      phases.add(Phase.of("phase " + (i + 1)));
    }
    boolean labelled = random.nextInt(3) == 0;
    List<KeyConcept> keyConcepts = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(6); i++) {
      KeyConcept.Builder keyConcept = KeyConcept.builder().name("Key concept " + i);
      if (random.nextInt(4) != 0) {
        keyConcept.definition("Definition of key concept " + i);
      }
      if (!phases.isEmpty() && random.nextInt(4) != 0) {
        keyConcept.phases(nonEmptySubset(phases, random));
      }
      if (random.nextInt(4) != 0) {
        keyConcept.stakeholders(nonEmptySubset(stakeholders, random));
      }
      keyConcepts.add(keyConcept.build());
    }
    List<Integer> references = new ArrayList<>();
    for (int r = 1; r <= 200; r++) {
      references.add(r);
    }
    Collections.shuffle(references, random);
    int paperCount = size == 0 ? 0 : random.nextInt(size * 3 / 2 + 1) + 1;
    List<Paper> papers = new ArrayList<>();
    List<Incidence> incidences = new ArrayList<>();
    for (int i = 0; i < paperCount; i++) {
      Citation citation =
          labelled
              ? Citation.of("Author" + references.get(i) + " " + (1990 + i % 30))
              : Citation.of(references.get(i));
      Paper paper = paper(citation, references.get(i), stakeholders, random);
      papers.add(paper);
      for (KeyConcept keyConcept : keyConcepts) {
        if (random.nextInt(3) == 0) {
          incidences.add(
              random.nextInt(4) == 0
                  ? Incidence.of(
                      paper.citation(),
                      keyConcept.name(),
                      Stance.values()[random.nextInt(Stance.values().length)])
                  : Incidence.of(paper.citation(), keyConcept.name()));
        }
      }
    }
    List<Study> studies = new ArrayList<>();
    for (int i = 0; i + 1 < papers.size() && random.nextInt(3) == 0; i += 2) {
      studies.add(
          Study.of(
              "Study " + studies.size(), papers.get(i).citation(), papers.get(i + 1).citation()));
    }
    List<Reviewer> reviewers = new ArrayList<>();
    for (int i = 0; i <= random.nextInt(3); i++) {
      reviewers.add(Reviewer.of("R" + i));
    }
    List<Concept> concepts = new ArrayList<>();
    List<Extraction> extractions = new ArrayList<>();
    List<Translation> translations = new ArrayList<>();
    List<SetAside> setAside = new ArrayList<>();
    boolean raw = size > 0 && random.nextInt(4) != 0;
    for (KeyConcept keyConcept : raw ? keyConcepts : List.<KeyConcept>of()) {
      List<String> translated = new ArrayList<>();
      for (int c = 0; c <= random.nextInt(3); c++) {
        String name = "Concept " + concepts.size();
        Concept.Builder concept = Concept.builder().name(name);
        if (random.nextInt(5) != 0) {
          concept.order(random.nextBoolean() ? Order.FIRST : Order.SECOND);
        }
        if (random.nextInt(5) != 0) {
          concept.perspective(
              random.nextInt(6) == 0
                  ? Perspective.undesignated("No designated roles")
                  : Perspective.of(nonEmptySubset(stakeholders, random)));
        }
        if (random.nextInt(5) != 0) {
          concept.valence(Valence.values()[random.nextInt(Valence.values().length)]);
        }
        if (!phases.isEmpty() && random.nextInt(5) != 0) {
          concept.phase(pick(phases, random));
        }
        if (random.nextInt(5) != 0) {
          concept.definition("Definition of " + name);
        }
        concepts.add(concept.build());
        translated.add(name);
        for (Paper paper : papers) {
          if (random.nextInt(4) == 0) {
            Extraction.Builder extraction =
                Extraction.builder()
                    .concept(name)
                    .paper(paper.citation())
                    .reviewers(
                        random.nextInt(4) == 0 ? List.of() : nonEmptySubset(reviewers, random));
            if (random.nextInt(4) == 0) {
              extraction.stance(Stance.values()[random.nextInt(Stance.values().length)]);
            }
            if (random.nextInt(4) == 0) {
              extraction.evidence(Evidence.of("Words of " + name, "p" + random.nextInt(9)));
            }
            extractions.add(extraction.build());
          }
        }
      }
      // Sometimes a key concept brings its concepts together in two translations.
      int split = translated.size() > 1 && random.nextBoolean() ? 1 : translated.size();
      List<String> first = translated.subList(0, split);
      // An index paper is one that contributes a concept of the translation; some reviews do not
      // say whether a translation is reciprocal or refutational.
      List<Citation> contributing =
          extractions.stream()
              .filter(e -> first.contains(e.concept()))
              .map(Extraction::paper)
              .distinct()
              .toList();
      translations.add(
          !contributing.isEmpty() && random.nextInt(4) == 0
              ? Translation.of(
                  keyConcept.name(),
                  random.nextInt(4) == 0
                      ? Optional.<TranslationKind>empty()
                      : Optional.of(TranslationKind.RECIPROCAL),
                  pick(contributing, random),
                  first)
              : Translation.of(
                  keyConcept.name(),
                  random.nextInt(6) == 0
                      ? Optional.<TranslationKind>empty()
                      : Optional.of(TranslationKind.RECIPROCAL),
                  first));
      if (split < translated.size()) {
        translations.add(
            Translation.of(
                keyConcept.name(),
                TranslationKind.REFUTATIONAL,
                translated.subList(split, translated.size())));
      }
      if (random.nextInt(5) == 0) {
        String name = "Stray concept " + concepts.size();
        concepts.add(
            Concept.builder()
                .name(name)
                .order(Order.SECOND)
                .perspective(Perspective.undesignated("No designated roles"))
                .valence(Valence.NEGATIVE)
                .definition("Definition of " + name)
                .build());
        setAside.add(SetAside.of(name, "Descriptive rather than explanatory"));
        if (!papers.isEmpty() && random.nextBoolean()) {
          extractions.add(
              Extraction.builder()
                  .concept(name)
                  .paper(pick(papers, random).citation())
                  .reviewers(nonEmptySubset(reviewers, random))
                  .build());
        }
      }
    }
    List<Search> searches = new ArrayList<>();
    int excluded = 0;
    for (int i = 0; i < random.nextInt(Math.min(size, 5) + 1); i++) {
      int included = random.nextInt(10);
      int appraised = included + random.nextInt(10);
      int retrieved = appraised + random.nextInt(100);
      int reviewed = retrieved + random.nextInt(1000);
      StageCounts counts =
          random.nextInt(4) == 0
              ? StageCounts.builder().abstractsReviewed(reviewed).articlesIncluded(included).build()
              : StageCounts.of(reviewed, retrieved, appraised, included);
      searches.add(Search.of("Search " + i, counts));
      excluded += appraised - included;
    }
    List<OtherSource> sources = new ArrayList<>();
    if (!searches.isEmpty() && random.nextInt(3) == 0) {
      int found = random.nextInt(20);
      sources.add(
          OtherSource.of(
              "Reference lists",
              OptionalInt.of(found),
              random.nextBoolean()
                  ? OptionalInt.of(random.nextInt(found + 1))
                  : OptionalInt.empty()));
    }
    List<ExclusionTally> exclusions = new ArrayList<>();
    if (!searches.isEmpty()) {
      int reasons = 1 + random.nextInt(4);
      for (int i = 0; i < reasons; i++) {
        int papersForReason = i == reasons - 1 ? excluded : random.nextInt(excluded + 1);
        exclusions.add(ExclusionTally.of(ExclusionReason.of("Reason " + i), papersForReason));
        excluded -= papersForReason;
      }
    }
    List<Theme> themes = new ArrayList<>();
    if (keyConcepts.size() > 1 && random.nextInt(3) == 0) {
      themes.add(
          Theme.builder()
              .name("Theme A")
              .definition("Definition of theme A")
              .addKeyConcepts(keyConcepts.get(0).name(), keyConcepts.get(1).name())
              .build());
    }
    List<Interpretation> interpretations = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      interpretations.add(Interpretation.of("Interpretation A", "A statement beyond the concepts"));
    }
    List<String> nodes = new ArrayList<>();
    keyConcepts.forEach(k -> nodes.add(k.name()));
    themes.forEach(t -> nodes.add(t.name()));
    interpretations.forEach(i -> nodes.add(i.name()));
    List<RelationKind> relationKinds = new ArrayList<>();
    LineOfArgument.Builder argument = LineOfArgument.builder();
    if (nodes.size() > 1 && random.nextBoolean()) {
      relationKinds.add(RelationKind.of("leads to"));
      relationKinds.add(RelationKind.of("eases"));
      for (int i = 1; i < nodes.size(); i++) {
        if (random.nextBoolean()) {
          argument.addRelations(
              Relation.of(nodes.get(i - 1), pick(relationKinds, random).name(), nodes.get(i)));
        }
      }
      if (random.nextBoolean()) {
        argument.statement("Generated line of argument").note("Generated");
      }
    }
    return Review.builder()
        .title("Generated review " + seed)
        .themes(themes)
        .interpretations(interpretations)
        .relationKinds(relationKinds)
        .lineOfArgument(argument.build())
        .stakeholders(stakeholders)
        .phases(phases)
        .keyConcepts(keyConcepts)
        .papers(papers)
        .studies(studies)
        .reviewers(reviewers)
        .concepts(concepts)
        .extractions(extractions)
        .translations(translations)
        .setAside(setAside)
        .incidences(incidences)
        .searches(searches)
        .otherSources(sources)
        .exclusions(exclusions)
        .build();
  }

  private static Paper paper(
      Citation citation, int reference, List<Stakeholder> stakeholders, Random random) {
    Paper.Builder paper =
        Paper.builder().citation(citation).addAuthors(Author.of("Author" + reference, "A"));
    if (random.nextInt(4) != 0) {
      paper
          .year(1990 + random.nextInt(35))
          .title("Study " + reference)
          .journal("Journal " + random.nextInt(5));
    }
    if (random.nextInt(4) != 0) {
      paper
          .format(InterventionFormat.of(pick(FORMATS, random)))
          .intervention("Intervention of study " + reference);
    }
    if (random.nextInt(4) != 0) {
      paper.condition(Condition.of(pick(CONDITIONS, random)));
    }
    if (random.nextInt(6) != 0) {
      paper.perspective(
          random.nextInt(5) == 0
              ? Perspective.undesignated("No designated roles")
              : Perspective.of(nonEmptySubset(stakeholders, random)));
    }
    if (random.nextBoolean()) {
      paper.putAttributes("country", pick(COUNTRIES, random));
      if (random.nextInt(4) == 0) {
        String second = pick(COUNTRIES, random);
        if (!paper.build().attribute("country").contains(second)) {
          paper.putAttributes("country", second);
        }
      }
    }
    if (random.nextInt(3) == 0) {
      paper.appraisal(
          Appraisal.builder()
              .tool("Form " + random.nextInt(2))
              .score(Score.of(random.nextInt(11), 10))
              .category(random.nextBoolean() ? "Satisfactory" : "Key paper")
              .build());
    }
    if (random.nextInt(5) == 0) {
      paper.etAl(true).duration(random.nextInt(20) + " weeks");
    }
    return paper.build();
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> ImmutableList<T> nonEmptySubset(List<T> values, Random random) {
    ImmutableList.Builder<T> subset = ImmutableList.builder();
    int first = random.nextInt(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (i == first || random.nextBoolean()) {
        subset.add(values.get(i));
      }
    }
    // Sometimes in another order than the one given: front ends keep the order they are given.
    if (random.nextInt(4) == 0) {
      List<T> shuffled = new ArrayList<>(subset.build());
      Collections.shuffle(shuffled, random);
      return ImmutableList.copyOf(shuffled);
    }
    return subset.build();
  }
}
