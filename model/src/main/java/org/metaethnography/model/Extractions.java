package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The extractions of a review: which raw concepts were found in which papers. It is an immutable
 * list of {@link Extraction} values, in the order given, stored as columns so that a review of a
 * million papers and fifty million extractions fits in memory: each extraction is two indices (into
 * the distinct papers it cites and the distinct concept names it uses, each held once), and only
 * the extractions that record reviewers, a stance or evidence keep those apart. An extraction read
 * from the list is made on demand; extractions are values, so nothing can tell.
 *
 * <p>Tool builders that already hold extractions as indices (from a database, a file or a
 * text-mining pipeline) give them in bulk with {@link #ofPairs(List, List, int[], int[])}; others
 * add them one by one through a {@link #builder() builder} or copy a list with {@link
 * #copyOf(Iterable)}. The columns ({@link #papers()}, {@link #paperIndex(int)}, {@link
 * #concepts()}, {@link #conceptIndex(int)}) let computations over many extractions work on indices
 * rather than values.
 *
 * <p>This type checks only what one extraction is (a concept name that follows the rules of names,
 * a citation); whether the concept and paper belong to the review, and whether a pair is recorded
 * twice, is checked when the review is built, which reports every problem at once.
 */
public final class Extractions extends AbstractList<Extraction> implements RandomAccess {
  private static final Extractions NONE =
      new Extractions(
          ImmutableList.of(),
          ImmutableList.of(),
          Column.flat(new int[0]),
          Column.flat(new int[0]),
          0,
          null);

  /** How many pairs a builder holds per chunk: 32,768, two arrays of 128 KB. */
  private static final int CHUNK = 1 << 15;

  /** Reference numbers below this are looked up in an array rather than hashed as citations. */
  private static final int NUMBERS_CACHED = 1 << 24;

  private final ImmutableList<Citation> papers;
  private final ImmutableList<String> concepts;
  private final Column paper;
  private final Column concept;
  private final int size;

  /**
   * The extractions that record more than a concept and a paper, sorted by position, or null when
   * none does.
   */
  private final Details details;

  /** Positions (ascending) of the extractions that record reviewers, stance or evidence. */
  private record Details(int[] positions, Extraction[] extractions) {}

  /**
   * A column of indices, in chunks of equal length (a power of two) but the last, or in one array:
   * a builder hands its chunks over without copying them.
   */
  private record Column(int[][] chunks, int shift, int mask) {
    static Column flat(int[] values) {
      return new Column(new int[][] {values}, 31, Integer.MAX_VALUE);
    }

    int get(int index) {
      return chunks[index >>> shift][index & mask];
    }

    int[] copy(int size) {
      int[] copy = new int[size];
      int at = 0;
      for (int k = 0; at < size; k++) {
        int length = Math.min(chunks[k].length, size - at);
        System.arraycopy(chunks[k], 0, copy, at, length);
        at += length;
      }
      return copy;
    }
  }

  private Extractions(
      ImmutableList<Citation> papers,
      ImmutableList<String> concepts,
      Column paper,
      Column concept,
      int size,
      Details details) {
    this.papers = papers;
    this.concepts = concepts;
    this.paper = paper;
    this.concept = concept;
    this.size = size;
    this.details = details;
  }

  /** {@return no extractions: the extractions of a review that records none} */
  public static Extractions of() {
    return NONE;
  }

  /**
   * {@return the given extractions, in the order given}
   *
   * @param extractions the extractions
   */
  public static Extractions of(Extraction... extractions) {
    return copyOf(Arrays.asList(extractions));
  }

  /**
   * {@return the given extractions, in the order given}
   *
   * @param extractions the extractions; an {@code Extractions} is returned as it is
   */
  public static Extractions copyOf(Iterable<? extends Extraction> extractions) {
    if (extractions instanceof Extractions same) {
      return same;
    }
    Builder builder = builder();
    extractions.forEach(builder::add);
    return builder.build();
  }

  /**
   * Returns extractions given in bulk as pairs of indices: extraction {@code i} finds the raw
   * concept named {@code concepts.get(concept[i])} in the paper cited as {@code
   * papers.get(paper[i])}, by reviewers the review does not name and without recorded evidence. The
   * arrays are copied; the names and citations are held once each, however many extractions use
   * them, and those no extraction uses are not held. This is the entry point for tool builders that
   * hold extractions as indices; it takes time and memory linear in the number of pairs, papers and
   * concepts.
   *
   * @param papers the citations the indices in {@code paper} refer to; distinct
   * @param concepts the concept names the indices in {@code concept} refer to; distinct after
   *     Unicode normalization (NFC), each following the rules of names
   * @param paper for each extraction, the index of its paper in {@code papers}
   * @param concept for each extraction, the index of its concept in {@code concepts}
   * @return the extractions, in the order of the arrays
   * @throws InvalidValueException listing every problem at once: arrays of different lengths, an
   *     index out of range (with its position), a repeated citation or concept name, a name that
   *     breaks a rule of names
   */
  public static Extractions ofPairs(
      List<Citation> papers, List<String> concepts, int[] paper, int[] concept) {
    ImmutableList<Citation> citations = ImmutableList.copyOf(papers);
    List<String> names = new ArrayList<>(concepts.size());
    List<ReviewProblem> problems = new ArrayList<>();
    Place where = new Place.Detached("extractions given as pairs");
    for (String name : concepts) {
      String problem = Names.problem("concept", Objects.requireNonNull(name));
      if (problem != null) {
        problems.add(ReviewProblem.of(where, ReviewProblem.Rule.INVALID_VALUE, name, problem));
      }
      names.add(problem == null ? Names.nfc(name) : name);
    }
    repeated(citations, "citation", where, problems);
    repeated(names, "concept name", where, problems);
    Optional<ReviewProblem> unequal =
        ReviewProblem.unequalColumns(where, paper.length, concept.length);
    unequal.ifPresent(problems::add);
    if (unequal.isEmpty()) {
      ReviewProblem.outOfRange(where, "paper", paper, 0, citations.size()).ifPresent(problems::add);
      ReviewProblem.outOfRange(where, "concept", concept, 0, names.size()).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    // Held as a builder holds them: only the citations and names the pairs use, in the order they
    // first appear, as papers() and concepts() say.
    int[] papersUsed = paper.clone();
    int[] conceptsUsed = concept.clone();
    return new Extractions(
        used(citations, papersUsed),
        used(names, conceptsUsed),
        Column.flat(papersUsed),
        Column.flat(conceptsUsed),
        paper.length,
        null);
  }

  /**
   * The values {@code indices} point at, each once, in the order first pointed at; {@code indices}
   * is rewritten to point into that list.
   */
  private static <T> ImmutableList<T> used(List<T> values, int[] indices) {
    int[] renumbered = new int[values.size()];
    Arrays.fill(renumbered, -1);
    ImmutableList.Builder<T> used = ImmutableList.builder();
    int next = 0;
    for (int i = 0; i < indices.length; i++) {
      int index = indices[i];
      if (renumbered[index] < 0) {
        renumbered[index] = next++;
        used.add(values.get(index));
      }
      indices[i] = renumbered[index];
    }
    return used.build();
  }

  private static void repeated(
      List<?> values, String what, Place where, List<ReviewProblem> problems) {
    Map<Object, Integer> first = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      Integer earlier = first.putIfAbsent(values.get(i), i);
      if (earlier != null) {
        problems.add(
            ReviewProblem.of(
                where,
                ReviewProblem.Rule.DUPLICATE,
                String.valueOf(values.get(i)),
                String.format(
                    "%s %s is given at positions %d and %d; each must be given once",
                    what, values.get(i), earlier, i)));
      }
    }
  }

  /** {@return a builder of extractions, for adding them one by one} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how many extractions there are} */
  @Override
  public int size() {
    return size;
  }

  /**
   * {@return extraction {@code index}, made from the columns}
   *
   * @param index the position of the extraction, from 0
   * @throws IndexOutOfBoundsException if there is no such position
   */
  @Override
  public Extraction get(int index) {
    Objects.checkIndex(index, size);
    Optional<Extraction> detailed = detailed(index);
    return detailed.isPresent()
        ? detailed.get()
        : ImmutableExtraction.builder()
            .concept(concepts.get(concept.get(index)))
            .paper(papers.get(paper.get(index)))
            .build();
  }

  private Optional<Extraction> detailed(int index) {
    if (details == null) {
      return Optional.empty();
    }
    int at = Arrays.binarySearch(details.positions, index);
    return at >= 0 ? Optional.of(details.extractions[at]) : Optional.empty();
  }

  /**
   * {@return the distinct papers the extractions cite, each once, in the order they first appear:
   * what {@link #paperIndex(int)} indexes}
   */
  public ImmutableList<Citation> papers() {
    return papers;
  }

  /**
   * {@return the distinct concept names the extractions use, each once, in the order they first
   * appear: what {@link #conceptIndex(int)} indexes}
   */
  public ImmutableList<String> concepts() {
    return concepts;
  }

  /**
   * {@return the paper of extraction {@code index}, as its position in {@link #papers()}}
   *
   * @param index the position of the extraction, from 0
   */
  public int paperIndex(int index) {
    Objects.checkIndex(index, size);
    return paper.get(index);
  }

  /**
   * {@return the raw concept of extraction {@code index}, as its position in {@link #concepts()}}
   *
   * @param index the position of the extraction, from 0
   */
  public int conceptIndex(int index) {
    Objects.checkIndex(index, size);
    return concept.get(index);
  }

  /** The paper index of extraction {@code index}, unchecked, for loops in this package. */
  int paperAt(int index) {
    return paper.get(index);
  }

  /** The concept index of extraction {@code index}, unchecked, for loops in this package. */
  int conceptAt(int index) {
    return concept.get(index);
  }

  /**
   * {@return the paper column: for each extraction, its paper's position in {@link #papers()}; a
   * copy}
   */
  public int[] paperColumn() {
    return paper.copy(size);
  }

  /**
   * {@return the concept column: for each extraction, its concept's position in {@link
   * #concepts()}; a copy}
   */
  public int[] conceptColumn() {
    return concept.copy(size);
  }

  /**
   * {@return the positions, ascending, of the extractions that record more than a concept and a
   * paper (reviewers, a stance or evidence): the only ones whose {@link Extraction#reviewers()},
   * {@link Extraction#stance()} or {@link Extraction#evidence()} can be other than empty}
   */
  public int[] detailedPositions() {
    return details == null ? new int[0] : details.positions.clone();
  }

  /**
   * {@return the stance extraction {@code index} records, if any, without making the extraction}
   *
   * @param index the position of the extraction, from 0
   */
  public Optional<Stance> stance(int index) {
    Objects.checkIndex(index, size);
    return detailed(index).flatMap(Extraction::stance);
  }

  /**
   * Passes every extraction's paper and concept indices to {@code action}, in order, without making
   * extractions: the way to read many extractions quickly.
   *
   * @param action receives the position, paper index and concept index of each extraction
   */
  public void forEachPair(PairConsumer action) {
    Objects.requireNonNull(action);
    int i = 0;
    for (int k = 0; i < size; k++) {
      int[] papers = paper.chunks[k];
      int[] concepts = concept.chunks[k];
      int end = Math.min(papers.length, size - i);
      for (int j = 0; j < end; j++, i++) {
        action.accept(i, papers[j], concepts[j]);
      }
    }
  }

  /** Receives one extraction as indices; see {@link #forEachPair(PairConsumer)}. */
  @FunctionalInterface
  public interface PairConsumer {
    /**
     * Receives one extraction.
     *
     * @param position the extraction's position, from 0
     * @param paper its paper's position in {@link #papers()}
     * @param concept its concept's position in {@link #concepts()}
     */
    void accept(int position, int paper, int concept);
  }

  /**
   * {@return the positions, ascending, of the extractions of the paper cited as {@code paper}
   * (empty if none)} The extractions are grouped by paper once, when a paper is first asked for
   * (four bytes per extraction), so that reading one paper's extractions costs that paper's alone.
   *
   * @param paper a citation
   */
  public int[] positionsOf(Citation paper) {
    Objects.requireNonNull(paper);
    ByPaper grouped = byPaper;
    if (grouped == null) {
      Map<Citation, Integer> index = new HashMap<>();
      for (int p = 0; p < papers.size(); p++) {
        index.put(papers.get(p), p);
      }
      grouped = new ByPaper(index, groupByPaper());
      byPaper = grouped;
    }
    Integer p = grouped.index().get(paper);
    if (p == null) {
      return new int[0];
    }
    int[] start = grouped.positions()[0];
    return Arrays.copyOfRange(grouped.positions()[1], start[p], start[p + 1]);
  }

  /** The extractions grouped by paper, with each citation's paper index. */
  private record ByPaper(Map<Citation, Integer> index, int[][] positions) {}

  /** Kept once a paper's extractions are first asked for; see {@link #positionsOf(Citation)}. */
  private volatile ByPaper byPaper;

  /**
   * Groups the extractions by paper (a stable counting sort): {@code [start, positions]}, where the
   * positions of paper {@code p}'s extractions, ascending, are {@code positions[start[p]]} to
   * {@code positions[start[p + 1] - 1]}.
   */
  int[][] groupByPaper() {
    int[] start = new int[papers.size() + 1];
    for (int i = 0; i < size; i++) {
      start[paper.get(i) + 1]++;
    }
    for (int p = 0; p < papers.size(); p++) {
      start[p + 1] += start[p];
    }
    int[] next = Arrays.copyOf(start, papers.size());
    int[] positions = new int[size];
    for (int i = 0; i < size; i++) {
      positions[next[paper.get(i)]++] = i;
    }
    return new int[][] {start, positions};
  }

  /** Equal to any list of equal extractions in the same order; compares columns when it can. */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Extractions other)) {
      return super.equals(o);
    }
    if (size != other.size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!papers.get(paper.get(i)).equals(other.papers.get(other.paper.get(i)))
          || !concepts.get(concept.get(i)).equals(other.concepts.get(other.concept.get(i)))
          || !detailed(i).equals(other.detailed(i))) {
        return false;
      }
    }
    return true;
  }

  /** The hash code of a list of the extractions. */
  @Override
  public int hashCode() {
    return super.hashCode();
  }

  /** Adds extractions one by one; {@link #build()} gives the {@link Extractions}. */
  public static final class Builder {
    private final Map<Citation, Integer> paperIds = new HashMap<>();
    private final List<Citation> papers = new ArrayList<>();
    private final Map<String, Integer> conceptIds = new HashMap<>();
    private final List<String> concepts = new ArrayList<>();

    /**
     * The pairs added, as two columns in chunks of {@link #CHUNK} (the first grows to that size
     * before a second is made): growing never copies a full chunk, no chunk is large enough for the
     * collector to treat it as a huge object, and a large list keeps the chunks as they are.
     */
    private final List<int[]> paperChunks = new ArrayList<>();

    private final List<int[]> conceptChunks = new ArrayList<>();
    private int[] paperChunk = new int[0];
    private int[] conceptChunk = new int[0];
    private int filled;
    private int size;
    private int[] positions = new int[0];
    private final List<Extraction> detailed = new ArrayList<>();
    private boolean built;

    /** For each reference number below {@link #NUMBERS_CACHED}, its paper's index plus one. */
    private int[] numbered = new int[0];

    /** A cache of concept names added, by hash code; see {@link #recentConcept(String)}. */
    private final String[] recentNames = new String[4096];

    private final int[] recentIds = new int[4096];

    /** The last source of {@link #addAll(Extractions, int, int)}, with its indices mapped here. */
    private Extractions source;

    private int[] conceptMap;
    private int[] paperMap;

    private Builder() {}

    /**
     * Adds an extraction.
     *
     * @param extraction the extraction
     * @return this builder
     */
    public Builder add(Extraction extraction) {
      if (!extraction.reviewers().isEmpty()
          || extraction.stance().isPresent()
          || extraction.evidence().isPresent()) {
        if (positions.length == detailed.size()) {
          positions = Arrays.copyOf(positions, Math.max(8, positions.length * 2));
        }
        positions[detailed.size()] = size;
        detailed.add(extraction);
      }
      return append(extraction.concept(), extraction.paper());
    }

    /**
     * Adds the extraction of the raw concept named {@code concept} from the paper cited as {@code
     * paper}, by reviewers not named and without evidence: the same as adding {@code
     * Extraction.builder().concept(concept).paper(paper).build()}, without making it.
     *
     * @param concept the raw concept's name
     * @param paper the paper's citation
     * @return this builder
     * @throws InvalidValueException if the name breaks a rule of names
     */
    public Builder add(String concept, Citation paper) {
      Objects.requireNonNull(paper);
      if (!conceptIds.containsKey(Objects.requireNonNull(concept))) {
        // A name not seen yet is checked (and normalized) as an extraction checks it.
        concept = Extraction.builder().concept(concept).paper(paper).build().concept();
      }
      return append(concept, paper);
    }

    /**
     * Adds the extraction of the raw concept named {@code concept} from the paper with reference
     * number {@code paper}, by reviewers not named and without evidence: the same as {@link
     * #add(String, Citation) add(concept, Citation.of(paper))}, without making the citation each
     * time.
     *
     * @param concept the raw concept's name
     * @param paper the paper's reference number; at least 1
     * @return this builder
     * @throws InvalidValueException if the name breaks a rule of names or the number is below 1
     */
    public Builder add(String concept, int paper) {
      int c = recentConcept(Objects.requireNonNull(concept));
      if (c < 0 || paper < 1 || paper >= NUMBERS_CACHED) {
        return add(concept, Citation.of(paper));
      }
      if (paper >= numbered.length) {
        numbered = Arrays.copyOf(numbered, Math.max(paper + 1, numbered.length * 2));
      }
      if (numbered[paper] == 0) {
        numbered[paper] = paperIndex(Citation.of(paper)) + 1;
      }
      return appendIndices(c, numbered[paper] - 1);
    }

    /**
     * Adds the extractions at positions {@code start} (inclusive) to {@code end} (exclusive) of
     * {@code from}, in order: the way to join runs of extractions without making them.
     *
     * @param from the extractions to copy from
     * @param start the first position copied
     * @param end the position after the last one copied
     * @return this builder
     * @throws IndexOutOfBoundsException if the range is not within {@code from}
     */
    public Builder addAll(Extractions from, int start, int end) {
      Objects.requireNonNull(from);
      Objects.checkFromToIndex(start, end, from.size);
      if (from != source) {
        source = from;
        conceptMap = new int[from.concepts.size()];
        paperMap = new int[from.papers.size()];
        Arrays.fill(conceptMap, -1);
        Arrays.fill(paperMap, -1);
      }
      for (int i = start; i < end; i++) {
        Optional<Extraction> detailed = from.detailed(i);
        if (detailed.isPresent()) {
          add(detailed.get());
          continue;
        }
        int c = from.concept.get(i);
        int p = from.paper.get(i);
        if (conceptMap[c] < 0) {
          conceptMap[c] = conceptIndex(from.concepts.get(c));
        }
        if (paperMap[p] < 0) {
          paperMap[p] = paperIndex(from.papers.get(p));
        }
        appendIndices(conceptMap[c], paperMap[p]);
      }
      return this;
    }

    /**
     * Adds every extraction given, in order.
     *
     * @param extractions the extractions
     * @return this builder
     */
    public Builder addAll(Iterable<? extends Extraction> extractions) {
      Objects.requireNonNull(extractions);
      extractions.forEach(this::add);
      return this;
    }

    private Builder append(String name, Citation citation) {
      return appendIndices(conceptIndex(name), paperIndex(citation));
    }

    /**
     * The index of a concept name already added, or -1: a small open-addressing table over the
     * names' own hash codes, in front of the map, since a tool adds the same names millions of
     * times.
     */
    private int recentConcept(String name) {
      int slot = name.hashCode() & (recentNames.length - 1);
      String held = recentNames[slot];
      if (held == name || (held != null && held.equals(name))) {
        return recentIds[slot];
      }
      Integer c = conceptIds.get(name);
      if (c != null) {
        recentNames[slot] = name;
        recentIds[slot] = c;
        return c;
      }
      return -1;
    }

    private int conceptIndex(String name) {
      Integer c = conceptIds.get(name);
      if (c == null) {
        c = concepts.size();
        conceptIds.put(name, c);
        concepts.add(name);
      }
      return c;
    }

    private int paperIndex(Citation citation) {
      Integer p = paperIds.get(citation);
      if (p == null) {
        p = papers.size();
        paperIds.put(citation, p);
        papers.add(citation);
      }
      return p;
    }

    private Builder appendIndices(int c, int p) {
      if (built) {
        throw new IllegalStateException("these extractions are already built");
      }
      if (filled == paperChunk.length) {
        grow();
      }
      paperChunk[filled] = p;
      conceptChunk[filled] = c;
      filled++;
      size++;
      return this;
    }

    private void grow() {
      if (paperChunks.isEmpty() || paperChunk.length < CHUNK) {
        int length = Math.max(16, Math.min(CHUNK, paperChunk.length * 2));
        paperChunk = Arrays.copyOf(paperChunk, length);
        conceptChunk = Arrays.copyOf(conceptChunk, length);
        if (paperChunks.isEmpty()) {
          paperChunks.add(paperChunk);
          conceptChunks.add(conceptChunk);
        } else {
          paperChunks.set(0, paperChunk);
          conceptChunks.set(0, conceptChunk);
        }
      } else {
        paperChunk = new int[CHUNK];
        conceptChunk = new int[CHUNK];
        paperChunks.add(paperChunk);
        conceptChunks.add(conceptChunk);
        filled = 0;
      }
    }

    /** {@return how many extractions have been added} */
    public int size() {
      return size;
    }

    /**
     * Returns the extractions added, in order. A builder builds once.
     *
     * @return the extractions
     * @throws IllegalStateException if called twice
     */
    public Extractions build() {
      if (built) {
        throw new IllegalStateException("these extractions are already built");
      }
      built = true;
      if (size == 0) {
        return NONE;
      }
      Details details =
          detailed.isEmpty()
              ? null
              : new Details(
                  Arrays.copyOf(positions, detailed.size()), detailed.toArray(new Extraction[0]));
      Column paper;
      Column concept;
      if (paperChunks.size() == 1) {
        paper = Column.flat(Arrays.copyOf(paperChunk, size));
        concept = Column.flat(Arrays.copyOf(conceptChunk, size));
      } else {
        int shift = Integer.numberOfTrailingZeros(CHUNK);
        paper = new Column(paperChunks.toArray(new int[0][]), shift, CHUNK - 1);
        concept = new Column(conceptChunks.toArray(new int[0][]), shift, CHUNK - 1);
      }
      paperChunks.clear();
      conceptChunks.clear();
      return new Extractions(
          ImmutableList.copyOf(papers),
          ImmutableList.copyOf(concepts),
          paper,
          concept,
          size,
          details);
    }
  }
}
