package org.metaethnography.synthesis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Extractions;

/**
 * A review's extractions grouped by raw concept: where each raw concept was found, read from the
 * extractions' columns by one counting sort, without making an {@link Extraction} for each. Several
 * views ask where a raw concept was found (the translation table, the audit); a synthesis groups
 * its extractions once for all of them.
 */
final class ConceptPositions {
  private final Extractions extractions;

  /** The index of each concept name in {@link Extractions#concepts()}. */
  private final Map<String, Integer> indexOf;

  /**
   * The positions of concept {@code c}'s extractions, ascending, are {@code positions[start[c]]} to
   * {@code positions[start[c + 1] - 1]}.
   */
  private final int[] start;

  private final int[] positions;

  private ConceptPositions(
      Extractions extractions, Map<String, Integer> indexOf, int[] start, int[] positions) {
    this.extractions = extractions;
    this.indexOf = indexOf;
    this.start = start;
    this.positions = positions;
  }

  /** Groups {@code extractions} by raw concept, in time linear in their number. */
  static ConceptPositions of(Extractions extractions) {
    int concepts = extractions.concepts().size();
    Map<String, Integer> indexOf = new HashMap<>(2 * concepts);
    for (int c = 0; c < concepts; c++) {
      indexOf.put(extractions.concepts().get(c), c);
    }
    int[] start = new int[concepts + 1];
    extractions.forEachPair((position, paper, concept) -> start[concept + 1]++);
    for (int c = 0; c < concepts; c++) {
      start[c + 1] += start[c];
    }
    int[] next = Arrays.copyOf(start, concepts);
    int[] positions = new int[extractions.size()];
    extractions.forEachPair((position, paper, concept) -> positions[next[concept]++] = position);
    return new ConceptPositions(extractions, indexOf, start, positions);
  }

  /** Passes each extraction that found {@code concept} to {@code action}, in their order. */
  void forEach(String concept, Consumer<Extraction> action) {
    Integer c = indexOf.get(concept);
    if (c != null) {
      for (int i = start[c]; i < start[c + 1]; i++) {
        action.accept(extractions.get(positions[i]));
      }
    }
  }

  /**
   * The papers in which {@code concept} was found, in the canonical order of their citations, each
   * once.
   */
  Citation[] papers(String concept) {
    Integer c = indexOf.get(concept);
    if (c == null) {
      return new Citation[0];
    }
    Citation[] papers = new Citation[start[c + 1] - start[c]];
    for (int i = 0; i < papers.length; i++) {
      papers[i] = extractions.papers().get(extractions.paperIndex(positions[start[c] + i]));
    }
    Arrays.sort(papers);
    return Arrays.stream(papers).distinct().toArray(Citation[]::new);
  }
}
