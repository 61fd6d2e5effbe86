package org.metaethnography.synthesis.agreement;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of ratings for property tests. Ratings are drawn from a seed and a size (QuickTheories
 * shrinks the size towards 0): up to {@code size} subjects, 1 to 4 raters, 1 to 4 categories,
 * ratings missing at random or not at all, sometimes every rating in one category, and sometimes
 * declared categories (one of them unused). Degenerate ratings (no subjects, one subject, no
 * overlap, no variation) come up often.
 */
final class RatingsGenerators {
  private RatingsGenerators() {}

  /** Ratings as the calls that give them, so that tests can reorder and rename before building. */
  record Drawn(List<String[]> ratings, Optional<List<String>> declared) {
    /** Lists the ratings as {@code subject/rater=category}, for reports of falsified properties. */
    @Override
    public String toString() {
      return ratings.stream().map(r -> r[0] + "/" + r[1] + "=" + r[2]).toList()
          + declared.map(d -> " declared " + d).orElse("");
    }

    Ratings build() {
      Ratings.Builder builder = Ratings.builder();
      declared.ifPresent(builder::categories);
      ratings.forEach(r -> builder.rate(r[0], r[1], r[2]));
      return builder.build();
    }

    /**
     * The same ratings given in another order, with categories and raters renamed one to one
     * (declared categories declared in another order too).
     */
    Drawn shuffledAndRenamed(long seed) {
      Random random = new Random(seed);
      List<String[]> reordered = new ArrayList<>();
      for (String[] rating : ratings) {
        reordered.add(new String[] {rating[0], rater(rating[1]), category(rating[2])});
      }
      Collections.shuffle(reordered, random);
      return new Drawn(
          reordered,
          declared.map(
              names -> {
                List<String> renamed =
                    new ArrayList<>(names.stream().map(Drawn::category).toList());
                Collections.shuffle(renamed, random);
                return renamed;
              }));
    }

    /** The renaming of categories: reversing the name keeps it one to one. */
    static String category(String name) {
      return "k" + new StringBuilder(name).reverse();
    }

    static String rater(String name) {
      return "rater " + new StringBuilder(name).reverse();
    }
  }

  /** Ratings of any shape, degenerate ones included. */
  static Gen<Drawn> ratings() {
    return longs().all().zip(integers().between(0, 10), (seed, size) -> draw(seed, size, false));
  }

  /** Ratings in which every rater who rates a subject gives it the same category. */
  static Gen<Drawn> identicalRaters() {
    return longs().all().zip(integers().between(0, 10), (seed, size) -> draw(seed, size, true));
  }

  /** Ratings of exactly two raters who both rate every subject. */
  static Gen<Drawn> twoCompleteRaters() {
    return longs()
        .all()
        .zip(
            integers().between(1, 12),
            (seed, size) -> {
              Random random = new Random(seed);
              int categories = 1 + random.nextInt(4);
              List<String[]> ratings = new ArrayList<>();
              for (int s = 0; s < size; s++) {
                for (String rater : List.of("AO", "SL")) {
                  ratings.add(new String[] {"s" + s, rater, "c" + random.nextInt(categories)});
                }
              }
              return new Drawn(ratings, Optional.empty());
            });
  }

  private static Drawn draw(long seed, int size, boolean identical) {
    Random random = new Random(seed);
    int subjects = random.nextInt(size + 1);
    int raters = 1 + random.nextInt(4);
    int categories = random.nextInt(5) == 0 ? 1 : 1 + random.nextInt(4);
    double missing = List.of(0.0, 0.3, 0.7).get(random.nextInt(3));
    List<String[]> ratings = new ArrayList<>();
    for (int s = 0; s < subjects; s++) {
      String shared = "c" + random.nextInt(categories);
      for (int r = 0; r < raters; r++) {
        if (random.nextDouble() >= missing) {
          String category = identical ? shared : "c" + random.nextInt(categories);
          ratings.add(new String[] {"s" + s, "r" + r, category});
        }
      }
    }
    Optional<List<String>> declared = Optional.empty();
    if (random.nextBoolean()) {
      List<String> names = new ArrayList<>();
      for (int c = 0; c < categories; c++) {
        names.add("c" + c);
      }
      names.add("unused");
      Collections.shuffle(names, random);
      declared = Optional.of(names);
    }
    Collections.shuffle(ratings, random);
    return new Drawn(ratings, declared);
  }
}
