package org.metaethnography.examples.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.core.table.ReviewTables;
import org.metaethnography.core.table.Table;
import org.metaethnography.core.table.TranslationLayout;
import org.metaethnography.model.InvalidReviewException;
import org.metaethnography.model.Review;
import org.metaethnography.synthesis.Audit;
import org.metaethnography.synthesis.KeyConceptProfile;
import org.metaethnography.synthesis.Synthesis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The paths that once grew with the square of the review (issue "Corpus scale"), each on a review
 * whose size grows with {@code size}, so that running several sizes shows whether the cost grows in
 * proportion: the audit of a review with half its raw concepts set aside, the profiles of many key
 * concepts, the long translation table with quotations, and the message of a review with many bad
 * papers among many declared stakeholders.
 *
 * <p>The review of many raw concepts: {@code size} papers and {@code size} raw concepts; raw
 * concept {@code i} is found in paper {@code i + 1} (quoted) and in the next paper; every even raw
 * concept is translated into one of 50 key concepts, every odd one is set aside. The review of many
 * key concepts: 100 papers and {@code size / 2} key concepts, each translating a raw concept of its
 * own found in one paper. The invalid review declares 1,000 stakeholders and has {@code size / 10}
 * papers that report an undeclared one. (A key concept grid has a cell per paper and key concept,
 * so a review whose papers and key concepts both grow costs their product by nature; each workload
 * lets one of them grow.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
  private static final int KEY_CONCEPTS = 50;

  /** How large the reviews are: papers and raw concepts, or key concepts, grow with it. */
  @Param({"1000", "10000"})
  public int size;

  private Review manyConcepts;
  private Review manyKeyConcepts;
  private Synthesis synthesis;

  /** Builds the reviews and the synthesis of the first. */
  @Setup
  public void setUp() {
    manyConcepts = manyConcepts(size);
    manyKeyConcepts = manyKeyConcepts(size / 2);
    synthesis = Synthesis.of(manyConcepts);
  }

  static Review manyConcepts(int size) {
    ReviewBuilder builder = MetaEthnography.review("Many raw concepts");
    for (int p = 1; p <= size; p++) {
      builder.paper(p, spec -> {});
    }
    for (int k = 0; k < KEY_CONCEPTS; k++) {
      builder.keyConcept("Key concept " + k, spec -> {});
    }
    List<List<String>> into = new ArrayList<>();
    for (int k = 0; k < KEY_CONCEPTS; k++) {
      into.add(new ArrayList<>());
    }
    for (int i = 0; i < size; i++) {
      String concept = "Concept " + i;
      builder.concept(concept, spec -> {});
      builder.found(concept, i + 1, e -> e.quoting("Words of " + concept));
      builder.found(concept, i + 2 > size ? 1 : i + 2);
      if (i % 2 == 0) {
        into.get(i / 2 % KEY_CONCEPTS).add(concept);
      } else {
        builder.setAside(concept, "Descriptive only");
      }
    }
    for (int k = 0; k < KEY_CONCEPTS; k++) {
      builder.translate("Key concept " + k, into.get(k).toArray(String[]::new));
    }
    return builder.build();
  }

  static Review manyKeyConcepts(int keyConcepts) {
    ReviewBuilder builder = MetaEthnography.review("Many key concepts");
    for (int p = 1; p <= 100; p++) {
      builder.paper(p, spec -> {});
    }
    for (int k = 0; k < keyConcepts; k++) {
      String keyConcept = "Key concept " + k;
      String concept = "Concept " + k;
      builder.keyConcept(keyConcept, spec -> {});
      builder.concept(concept, spec -> {});
      builder.found(concept, k % 100 + 1);
      builder.translate(keyConcept, concept);
    }
    return builder.build();
  }

  static ReviewBuilder invalid(int size) {
    String[] stakeholders = new String[1000];
    for (int s = 0; s < stakeholders.length; s++) {
      stakeholders[s] = "Group " + s;
    }
    ReviewBuilder builder = MetaEthnography.review("Many bad papers").stakeholders(stakeholders);
    for (int p = 1; p <= size / 10; p++) {
      builder.paper(p, spec -> spec.perspective("Nobody"));
    }
    return builder;
  }

  /**
   * Synthesizes the review of many raw concepts and audits it: set-asides and where each key
   * concept was found.
   */
  @Benchmark
  public Audit audit() {
    return Synthesis.of(manyConcepts).audit();
  }

  /** Profiles every key concept of a fresh synthesis of the review of many key concepts. */
  @Benchmark
  public Object profiles() {
    return Synthesis.of(manyKeyConcepts).profiles().stream()
        .mapToInt(KeyConceptProfile::papers)
        .sum();
  }

  /** Renders the long translation table with quotations. */
  @Benchmark
  public Table translationList() {
    return ReviewTables.translationList(synthesis, TranslationLayout.standard().withQuotes());
  }

  /** Describes and builds the invalid review, and reads its message. */
  @Benchmark
  public int invalidReviewMessage() {
    try {
      invalid(size).build();
      throw new AssertionError("the review should be invalid");
    } catch (InvalidReviewException e) {
      return e.getMessage().length();
    }
  }
}
