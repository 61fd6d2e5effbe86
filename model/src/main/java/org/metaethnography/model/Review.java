package org.metaethnography.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One meta-ethnography: its question, its searches and other sources and their counts, the tallies
 * of papers that quality appraisal excluded, the included papers and the studies they report, the
 * stakeholders, phases and reviewers it speaks of, the concepts extracted from the papers, the key
 * concepts, the translations, the line of argument and the key concept grid.
 *
 * <p>Only the title is required, and only what identifies a thing is required of its parts (a
 * paper's citation, a concept's name): a review that reports no interventions, phases, valence,
 * reviewers, years or stage counts holds none of them.
 *
 * <p>A review is checked whole when it is built: names and citations are unique (and names of one
 * kind do not differ only in case), every reference to a paper, study, concept, key concept,
 * stakeholder, phase or reviewer resolves, every raw concept is translated into exactly one key
 * concept or set aside (and no key concept is left without a concept, once the review records raw
 * concepts), and the exclusion tallies account for the appraised papers that were not included
 * where the searches report both counts. Every violation is reported at once in an {@link
 * InvalidReviewException}. The order in which parts are given is kept and is the default
 * presentation order of every table; nothing computed depends on it.
 *
 * <p>Most users describe a review through the fluent entry point of the {@code core} module, a
 * front end of {@link ReviewDraft}; the builder here is the plain, complete form.
 */
@Value.Immutable
public abstract class Review {
  Review() {}

  /**
   * Returns a builder; only the title is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the review's title or question; not blank} */
  public abstract String title();

  /** {@return the stakeholder groups the review distinguishes, in the order given} */
  public abstract ImmutableList<Stakeholder> stakeholders();

  /**
   * {@return the phases of the conceptual model, in the order given; empty for a review without
   * phases}
   */
  public abstract ImmutableList<Phase> phases();

  /** {@return the reviewers who extracted concepts, in the order given; may be empty} */
  public abstract ImmutableList<Reviewer> reviewers();

  /** {@return the literature searches, in the order given} */
  public abstract ImmutableList<Search> searches();

  /**
   * {@return the sources of papers other than searches (citation chasing, experts), in the order
   * given}
   */
  public abstract ImmutableList<OtherSource> otherSources();

  /** {@return the tallies of papers excluded at quality appraisal, in the order given} */
  public abstract ImmutableList<ExclusionTally> exclusions();

  /**
   * {@return the appraisal forms the review's appraisal records use, in the order declared}
   *
   * <p>Empty for a review that records no appraisals.
   */
  public abstract ImmutableList<AppraisalForm> appraisalForms();

  /**
   * {@return the records of the review process: each record the searches found, with its
   * screenings, appraisal and the paper it became, in the order given}
   *
   * <p>Empty for a review that reports only counts. Where a search has records, its counts are
   * computed from them, and any counts it states must agree.
   */
  public abstract ImmutableList<SearchRecord> records();

  /** {@return the included papers, in the order given: the review's own order of papers} */
  public abstract ImmutableList<Paper> papers();

  /**
   * {@return the studies reported in several papers, in the order given. A paper in none of them is
   * a study of its own}
   */
  public abstract ImmutableList<Study> studies();

  /** {@return the raw (first- and second-order) concepts, in the order given} */
  public abstract ImmutableList<Concept> concepts();

  /**
   * {@return which raw concepts were found in which papers, by whom, in the order given} The
   * extractions are stored compactly, as columns of indices, and made on demand: see {@link
   * Extractions}.
   */
  @Value.Default
  public Extractions extractions() {
    return Extractions.of();
  }

  /** {@return the key concepts (third order), in the order given: the columns of the grid} */
  public abstract ImmutableList<KeyConcept> keyConcepts();

  /**
   * {@return the themes, in the order given: groups of key concepts under one higher-order
   * interpretation}
   */
  public abstract ImmutableList<Theme> themes();

  /**
   * {@return the third-order interpretations the line of argument may relate, in the order given}
   */
  public abstract ImmutableList<Interpretation> interpretations();

  /**
   * {@return the kinds of relation (verbs) the line of argument uses, in the order given; every
   * relation's kind is one of them}
   */
  public abstract ImmutableList<RelationKind> relationKinds();

  /** {@return the translations of concepts into key concepts, in the order given} */
  public abstract ImmutableList<Translation> translations();

  /** {@return the raw concepts set aside rather than translated, in the order given} */
  public abstract ImmutableList<SetAside> setAside();

  /** {@return the line of argument: the key concepts' relations and their statement in words} */
  @Value.Default
  public LineOfArgument lineOfArgument() {
    return LineOfArgument.none();
  }

  /** {@return the ticked cells of the key concept grid, in the order given} */
  public abstract ImmutableList<Incidence> incidences();

  @Value.Lazy
  ImmutableMap<Citation, Paper> papersByCitation() {
    return index(papers(), Paper::citation);
  }

  @Value.Lazy
  ImmutableMap<String, KeyConcept> keyConceptsByName() {
    return index(keyConcepts(), KeyConcept::name);
  }

  @Value.Lazy
  ImmutableMap<String, Concept> conceptsByName() {
    return index(concepts(), Concept::name);
  }

  @Value.Lazy
  ImmutableMap<Citation, Study> studiesByReport() {
    Map<Citation, Study> byReport = new HashMap<>();
    for (Study study : studies()) {
      study.reports().forEach(r -> byReport.putIfAbsent(r, study));
    }
    return ImmutableMap.copyOf(byReport);
  }

  @Value.Lazy
  ImmutableMap<String, StageCounts> countsByRecords() {
    return RecordedCounts.of(records(), searches());
  }

  /**
   * The counts of a search (or other source) as the review's records give them: of the records that
   * name it as a finder, how many were screened at title and abstract, retrieved as full text,
   * appraised and included. A stage no record of the review decides (for example appraisal, in a
   * review that records no appraisals) stays unreported.
   *
   * @param search the name of a search or other source
   * @return the counts, or empty if no record names it
   */
  public final Optional<StageCounts> recordedCounts(String search) {
    return Optional.ofNullable(countsByRecords().get(Names.nfc(search)));
  }

  /**
   * Whether the review appraises the records it keeps at full text: some record has an appraisal,
   * or a search its records name states an appraised count. In such a review a record kept at full
   * text is included only once appraised.
   *
   * @return true if appraisal is a step of the review's process
   */
  @Value.Lazy
  public boolean appraisesRecords() {
    return RecordedCounts.appraises(records(), searches());
  }

  /**
   * Whether the review's exclusions at quality appraisal are counted from its records rather than
   * taken from the tallies it states: every search of the review has records, and some record was
   * appraised.
   *
   * @return true if the appraisal records account for the exclusions
   */
  @Value.Lazy
  public boolean exclusionsRecorded() {
    return !searches().isEmpty()
        && searches().stream().allMatch(s -> countsByRecords().containsKey(s.name()))
        && records().stream().anyMatch(r -> r.appraisal().isPresent());
  }

  @Value.Lazy
  ImmutableMap<String, Integer> recordsByFinder() {
    Map<String, Integer> found = new HashMap<>();
    for (SearchRecord record : records()) {
      record.foundBy().stream().distinct().forEach(f -> found.merge(f, 1, Integer::sum));
    }
    return ImmutableMap.copyOf(found);
  }

  /**
   * How many of the review's records a search or other source found (a record it found twice counts
   * once).
   *
   * @param finder the name of a search or other source
   * @return the number of records that name it; zero if none does
   */
  public final int recordsFoundBy(String finder) {
    return recordsByFinder().getOrDefault(Names.nfc(finder), 0);
  }

  /**
   * The appraisal a paper states itself: its appraisal, unless that is the one the record it came
   * from yields ({@link #recordedAppraisal(Citation)}), which the record carries. Writers of the
   * review write this one, so that a recorded appraisal is held in one place.
   *
   * @param paper a paper of the review
   * @return the appraisal the paper states beyond its record's, if any
   */
  public final Optional<Appraisal> statedAppraisal(Paper paper) {
    return paper
        .appraisal()
        .filter(a -> !recordedAppraisal(paper.citation()).equals(Optional.of(a)));
  }

  @Value.Lazy
  ImmutableMap<Citation, Appraisal> appraisalsByRecords() {
    return AppraisalRecord.summaries(records(), appraisalForms());
  }

  /**
   * The appraisal summary the record that became a paper yields (see {@link
   * AppraisalRecord#summary(AppraisalForm)}): the appraisal a paper stating none takes from its
   * record, and the one a paper stating its own must agree with.
   *
   * @param paper the paper's citation
   * @return the summary, if a record of the review became the paper and was appraised with a form
   *     the review declares
   */
  public final Optional<Appraisal> recordedAppraisal(Citation paper) {
    return Optional.ofNullable(appraisalsByRecords().get(Objects.requireNonNull(paper)));
  }

  /** Indexes {@code values} by {@code key}, the first of equal keys winning (for lookups only). */
  private static <K, V> ImmutableMap<K, V> index(ImmutableList<V> values, Function<V, K> key) {
    Map<K, V> index = new HashMap<>();
    values.forEach(v -> index.putIfAbsent(key.apply(v), v));
    return ImmutableMap.copyOf(index);
  }

  /**
   * Returns the included paper with the given citation, if there is one.
   *
   * @param citation the paper's citation
   * @return the paper, or empty
   */
  public final Optional<Paper> paper(Citation citation) {
    return Optional.ofNullable(papersByCitation().get(Objects.requireNonNull(citation)));
  }

  /**
   * Returns the included paper with the given reference number, if there is one.
   *
   * @param reference the paper's number in the reference list
   * @return the paper, or empty
   */
  public final Optional<Paper> paper(int reference) {
    return reference >= 1 ? paper(Citation.of(reference)) : Optional.empty();
  }

  /**
   * Returns the included paper cited by the given label, if there is one.
   *
   * @param label the paper's citation label, for example {@code "Sav et al (2013)"}
   * @return the paper, or empty (also for a label no citation could have, such as a blank one)
   */
  public final Optional<Paper> paper(String label) {
    return Names.problem("citation", label) != null
        ? Optional.empty()
        : Optional.ofNullable(papersByCitation().get(Citation.of(label)));
  }

  /**
   * Returns the key concept with the given name, if there is one.
   *
   * @param name the key concept's name
   * @return the key concept, or empty
   */
  public final Optional<KeyConcept> keyConcept(String name) {
    KeyConcept keyConcept = keyConceptsByName().get(name);
    return keyConcept != null
        ? Optional.of(keyConcept)
        : Optional.ofNullable(keyConceptsByName().get(Names.nfc(name)));
  }

  /**
   * Returns the theme with the given name, if there is one.
   *
   * @param name the theme's name
   * @return the theme, or empty
   */
  public final Optional<Theme> theme(String name) {
    String nfc = Names.nfc(name);
    return themes().stream().filter(t -> t.name().equals(nfc)).findFirst();
  }

  /**
   * Returns the theme that groups {@code keyConcept}, if one does.
   *
   * @param keyConcept a key concept of the review
   * @return its theme, or empty
   */
  public final Optional<Theme> themeOf(KeyConcept keyConcept) {
    return Optional.ofNullable(themesByKeyConcept().get(keyConcept.name()));
  }

  @Value.Lazy
  ImmutableMap<String, Theme> themesByKeyConcept() {
    Map<String, Theme> byKeyConcept = new HashMap<>();
    for (Theme theme : themes()) {
      theme.keyConcepts().forEach(k -> byKeyConcept.putIfAbsent(k, theme));
    }
    return ImmutableMap.copyOf(byKeyConcept);
  }

  /**
   * Returns the raw concepts translated into {@code keyConcept}: what a key concept is made of in
   * the reciprocal translation. Each is listed once, in the order of the review's translations and
   * of the concepts within each; a name no declared raw concept has is left out.
   *
   * @param keyConcept a key concept of the review
   * @return its raw concepts, empty if no translation names it
   */
  public final ImmutableList<Concept> rawConceptsOf(KeyConcept keyConcept) {
    return translatedInto().get(keyConcept.name());
  }

  /**
   * Returns the translation that carries the raw concept named {@code concept} into a key concept,
   * the first one to name it if several do.
   *
   * @param concept the raw concept's name
   * @return its translation, or empty if the raw concept is set aside or not translated
   */
  public final Optional<Translation> translationOf(String concept) {
    Translation translation = translationsByConcept().get(concept);
    return translation != null
        ? Optional.of(translation)
        : Optional.ofNullable(translationsByConcept().get(Names.nfc(concept)));
  }

  @Value.Lazy
  ImmutableListMultimap<String, Concept> translatedInto() {
    ImmutableListMultimap.Builder<String, Concept> into = ImmutableListMultimap.builder();
    Set<List<String>> seen = new HashSet<>();
    for (Translation translation : translations()) {
      for (String name : translation.concepts()) {
        Concept concept = conceptsByName().get(name);
        if (concept != null && seen.add(List.of(translation.keyConcept(), name))) {
          into.put(translation.keyConcept(), concept);
        }
      }
    }
    return into.build();
  }

  @Value.Lazy
  ImmutableMap<String, Translation> translationsByConcept() {
    Map<String, Translation> byConcept = new HashMap<>();
    for (Translation translation : translations()) {
      translation.concepts().forEach(c -> byConcept.putIfAbsent(c, translation));
    }
    return ImmutableMap.copyOf(byConcept);
  }

  /**
   * Returns the interpretation with the given name, if there is one.
   *
   * @param name the interpretation's name
   * @return the interpretation, or empty
   */
  public final Optional<Interpretation> interpretation(String name) {
    String nfc = Names.nfc(name);
    return interpretations().stream().filter(i -> i.name().equals(nfc)).findFirst();
  }

  /**
   * Returns the raw concept with the given name, if there is one.
   *
   * @param name the concept's name
   * @return the concept, or empty
   */
  public final Optional<Concept> concept(String name) {
    // Names held by the review are normalized already; only a name not found as given is.
    Concept concept = conceptsByName().get(name);
    return concept != null
        ? Optional.of(concept)
        : Optional.ofNullable(conceptsByName().get(Names.nfc(name)));
  }

  /**
   * Returns the declared study that {@code paper} reports, if it is one of a study's reports.
   *
   * @param paper the citation of an included paper
   * @return the study, or empty if the paper is a study of its own
   */
  public final Optional<Study> studyOf(Citation paper) {
    return Optional.ofNullable(studiesByReport().get(Objects.requireNonNull(paper)));
  }

  /**
   * The conditions of the included papers that record one, distinct, in the order they first
   * appear.
   *
   * @return the conditions
   */
  public final ImmutableList<Condition> conditions() {
    return distinct(Paper::condition);
  }

  /**
   * The intervention formats of the included papers that record one, distinct, in the order they
   * first appear.
   *
   * @return the formats
   */
  public final ImmutableList<InterventionFormat> formats() {
    return distinct(Paper::format);
  }

  private <T> ImmutableList<T> distinct(Function<Paper, Optional<T>> attribute) {
    return papers().stream()
        .map(attribute)
        .flatMap(Optional::stream)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  final void check() {
    ImmutableList<ReviewProblem> problems = ReviewValidator.problems(this);
    if (!problems.isEmpty()) {
      throw new InvalidReviewException(title(), problems);
    }
  }

  /** Returns the review's title with the size of its parts. */
  @Override
  public final String toString() {
    return String.format(
        "Review \"%s\" (%d papers, %d concepts, %d key concepts)",
        title(), papers().size(), concepts().size(), keyConcepts().size());
  }

  /** Builds a {@link Review}; every setter returns this builder. */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}

    /**
     * Sets the review's extractions to those given, in order, replacing any set before.
     *
     * @param extractions the extractions
     * @return this builder
     */
    public final Builder extractions(Iterable<? extends Extraction> extractions) {
      extractions(Extractions.copyOf(extractions));
      return this;
    }
  }
}
