package org.metaethnography.core.figure;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.synthesis.Synthesis;
import org.quicktheories.core.Gen;

/**
 * Conceptual models whose line of argument puts many key concepts side by side in one layer of a
 * layout, the shapes that make a figure wide, built through the public builder; and a generator of
 * such models of random size.
 */
final class ModelShapes {
  private ModelShapes() {}

  /** The shapes a model's relations take. */
  enum Shape {
    /** One key concept related to each of the others. */
    STAR,
    /** Each key concept related to the next, alternately forwards and backwards. */
    ZIGZAG,
    /** Each key concept related to the next. */
    CHAIN,
    /** A key concept of a first phase related to each key concept of a second. */
    FAN,
    /** Key concepts related in pairs. */
    PAIRS,
    /** The first half of the key concepts a chain, the second a star. */
    CHAIN_AND_STAR,
    /**
     * Ten phases, a chain through them of one key concept in each, and the first related to each of
     * the other key concepts, in the first phase.
     */
    PHASES_AND_STAR,
    /**
     * Two stakeholder groups of one phase, each key concept of the first related to one of the
     * second: relations crossing between the boxes of a phase.
     */
    CROSSING
  }

  /**
   * A review of {@code count} key concepts ({@code Key concept 0}, ...) that concern one
   * stakeholder group, in one phase (or as many as the shape has), related as {@code shape} says.
   */
  static Synthesis of(Shape shape, int count) {
    return of(shape, count, true, true, 0);
  }

  /**
   * A review of {@code count} key concepts related as {@code shape} says, with the verb {@code
   * leads to}: in one stakeholder group's box if {@code grouped}; in one phase if {@code phased}
   * (the fan and ten phases have theirs whatever it says); with {@code extraWords} more words in
   * each key concept's name.
   */
  static Synthesis of(Shape shape, int count, boolean grouped, boolean phased, int extraWords) {
    String[] phases =
        switch (shape) {
          case FAN -> new String[] {"Before", "After"};
          case PHASES_AND_STAR -> {
            String[] ten = new String[10];
            for (int p = 0; p < ten.length; p++) {
              ten[p] = "Phase " + p;
            }
            yield ten;
          }
          default -> phased ? new String[] {"During"} : new String[0];
        };
    ReviewBuilder review = MetaEthnography.review(shape + " of " + count).relationKinds("leads to");
    if (shape == Shape.CROSSING) {
      review.stakeholders("Carers", "Staff");
    } else if (grouped) {
      review.stakeholders("Carers");
    }
    if (phases.length > 0) {
      review.phases(phases);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder name = new StringBuilder("Key concept " + i);
      for (int w = 0; w < extraWords; w++) {
        name.append(w == 0 ? " of the review" : " more");
      }
      names.add(name.toString());
      int index = i;
      String phase =
          phases.length == 0
              ? null
              : phases[shape == Shape.FAN ? Math.min(i, 1) : i < phases.length ? i : 0];
      review
          .keyConcept(
              name.toString(),
              k -> {
                if (phase != null) {
                  k.phase(phase);
                }
                if (shape == Shape.CROSSING) {
                  k.concerns(index < count / 2 ? "Carers" : "Staff");
                } else if (grouped) {
                  k.concerns("Carers");
                }
              })
          .concept("Concept " + i, c -> {})
          .translate(name.toString(), "Concept " + i);
    }
    for (int i = 1; i < count; i++) {
      int from =
          switch (shape) {
            case STAR, FAN -> 0;
            case CHAIN -> i - 1;
            case ZIGZAG -> i % 2 == 1 ? i - 1 : i;
            case PAIRS -> i % 2 == 1 ? i - 1 : -1;
            case CHAIN_AND_STAR -> i <= count / 2 ? i - 1 : i == count / 2 + 1 ? -1 : count / 2 + 1;
            case PHASES_AND_STAR -> i < phases.length ? i - 1 : 0;
            case CROSSING -> i >= count / 2 && i < count / 2 * 2 ? i - count / 2 : -1;
          };
      int to = shape == Shape.ZIGZAG && i % 2 == 0 ? i - 1 : i;
      if (from >= 0) {
        review.relation(names.get(from), "leads to", names.get(to));
      }
    }
    return review.synthesize();
  }

  /**
   * Models of every shape with 2 to 40 key concepts, in a box or not, in a phase or not, with names
   * of one line or several; shrinking towards few key concepts.
   */
  static Gen<Synthesis> wide() {
    return longs()
        .all()
        .zip(
            integers().between(2, 40),
            (seed, count) -> {
              Random random = new Random(seed);
              return of(
                  Shape.values()[random.nextInt(Shape.values().length)],
                  count,
                  random.nextBoolean(),
                  random.nextBoolean(),
                  random.nextInt(4));
            });
  }

  /**
   * A review of {@code count} key concepts in one phase (or none), each concerning one of two to
   * four stakeholder groups, chosen at random from {@code seed}, with three to {@code count / 2}
   * relations each between key concepts of two different groups, and as many again within a group
   * (none to {@code count / 4}): the relations cross between the boxes of one phase.
   */
  static Synthesis crossing(long seed, int count) {
    return crossing(seed, count, false);
  }

  /**
   * As {@link #crossing(long, int)}; if {@code dense}, a web instead: every relation between key
   * concepts of two different groups, as many as there are key concepts and at least 21.
   */
  static Synthesis crossing(long seed, int count, boolean dense) {
    Random random = new Random(seed);
    boolean phased = random.nextBoolean();
    int extraWords = random.nextInt(4);
    String[] groups = new String[2 + random.nextInt(3)];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = "Group " + (char) ('A' + g);
    }
    ReviewBuilder review =
        MetaEthnography.review("Crossing " + seed)
            .relationKinds("leads to", "eases")
            .stakeholders(groups);
    if (phased) {
      review.phases("During");
    }
    List<String> names = new ArrayList<>();
    List<Integer> groupOf = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder name = new StringBuilder("Key concept " + i);
      for (int w = 0; w < extraWords; w++) {
        name.append(w == 0 ? " of the review" : " more");
      }
      names.add(name.toString());
      // Each group has a key concept at least.
      int group = i < groups.length ? i : random.nextInt(groups.length);
      groupOf.add(group);
      review
          .keyConcept(
              name.toString(),
              k -> {
                if (phased) {
                  k.phase("During");
                }
                k.concerns(groups[group]);
              })
          .concept("Concept " + i, c -> {})
          .translate(name.toString(), "Concept " + i);
    }
    java.util.Set<List<Integer>> related = new java.util.HashSet<>();
    int across = dense ? Math.max(21, count) : 3 + random.nextInt(Math.max(1, count / 2 - 2));
    int within = dense ? 0 : random.nextInt(count / 4 + 1);
    for (int tries = 0; (across > 0 || within > 0) && tries < 20 * count; tries++) {
      int from = random.nextInt(count);
      int to = random.nextInt(count);
      boolean crosses = !groupOf.get(from).equals(groupOf.get(to));
      if (from == to
          || (crosses ? across == 0 : within == 0)
          || related.contains(List.of(to, from))
          || !related.add(List.of(from, to))) {
        continue;
      }
      if (crosses) {
        across--;
      } else {
        within--;
      }
      review.relation(names.get(from), random.nextBoolean() ? "leads to" : "eases", names.get(to));
    }
    return review.synthesize();
  }

  /**
   * Models whose relations cross between the stakeholder boxes of one phase, three times or more,
   * of 4 to 40 key concepts in two to four boxes; shrinking towards few key concepts.
   */
  static Gen<Synthesis> crossing() {
    return longs().all().zip(integers().between(4, 40), ModelShapes::crossing);
  }

  /**
   * Dense webs: models of 8 to 40 key concepts in two to four boxes of one phase (or none), with at
   * least 21 relations, every one between two boxes; shrinking towards few key concepts.
   */
  static Gen<Synthesis> denseWeb() {
    return longs()
        .all()
        .zip(integers().between(8, 40), (seed, count) -> crossing(seed, count, true));
  }
}
