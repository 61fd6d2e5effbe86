package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.metaethnography.model.Citation;

/**
 * One finding of an {@link Audit}: what a careful methodologist would want to look at again. Its
 * subjects are typed fields (the key concept, the raw concept, the papers, which aspect of a
 * classification differs); the message says the same in words.
 */
public final class Finding {
  /** The checks an audit runs. */
  public enum Kind {
    /**
     * A key concept declared to concern some stakeholders is ticked in papers that report none of
     * them.
     */
    PAPERS_OUTSIDE_DECLARED_STAKEHOLDERS,
    /** A key concept's declared stakeholders or phases differ from those its raw concepts give. */
    DECLARED_DIFFERS_FROM_DERIVED,
    /** A key concept rests on a single paper (a refuting paper does not count as support). */
    SINGLE_PAPER,
    /** No paper supports a key concept, fully or in part. */
    NO_PAPER,
    /**
     * An included paper (or every report of a study) expresses no key concept. The associated
     * reports of a study that some other report of it grounds are not reported.
     */
    PAPER_WITHOUT_KEY_CONCEPT,
    /** A raw concept is set aside rather than translated. */
    UNTRANSLATED_CONCEPT,
    /** Raw concepts support a cell that the review's key concept grid does not tick. */
    RAW_SUPPORT_NOT_IN_GRID,
    /**
     * The searches and other sources include another number of papers than the review describes
     * (papers found by other means, or papers not yet described).
     */
    INCLUDED_PAPERS_DIFFER,
    /**
     * Raw concepts that no extraction finds in any paper, once the review records extractions: one
     * finding that lists them all.
     */
    CONCEPTS_NOT_FOUND
  }

  /**
   * Which part of a key concept's classification a {@link Kind#DECLARED_DIFFERS_FROM_DERIVED}
   * finding is about.
   */
  public enum Aspect {
    /** The stakeholder groups it concerns. */
    STAKEHOLDERS,
    /** The phases it belongs to. */
    PHASES
  }

  private final Kind kind;
  private final Optional<String> keyConcept;
  private final ImmutableList<String> concepts;
  private final Optional<Aspect> aspect;
  private final ImmutableList<Citation> papers;
  private final String message;

  Finding(
      Kind kind,
      Optional<String> keyConcept,
      Iterable<String> concepts,
      Optional<Aspect> aspect,
      Iterable<Citation> papers,
      String message) {
    this.kind = kind;
    this.keyConcept = keyConcept;
    this.concepts = ImmutableList.copyOf(concepts);
    this.aspect = aspect;
    this.papers = ImmutableList.copyOf(papers);
    this.message = message;
  }

  /** {@return which check found it} */
  public Kind kind() {
    return kind;
  }

  /** {@return the name of the key concept concerned, if one is} */
  public Optional<String> keyConcept() {
    return keyConcept;
  }

  /**
   * {@return the name of the raw concept concerned (the one set aside), if one is; for a finding
   * about several raw concepts, the first of {@link #concepts()}}
   */
  public Optional<String> concept() {
    return concepts.isEmpty() ? Optional.empty() : Optional.of(concepts.get(0));
  }

  /**
   * {@return the names of the raw concepts concerned, in the review's order: the one set aside, or
   * every raw concept no extraction finds}
   */
  public ImmutableList<String> concepts() {
    return concepts;
  }

  /**
   * {@return for a declared classification that differs from the derived one, which part differs}
   */
  public Optional<Aspect> aspect() {
    return aspect;
  }

  /** {@return the citations of the papers concerned, in canonical order} */
  public ImmutableList<Citation> papers() {
    return papers;
  }

  /** {@return the finding in words} */
  public String message() {
    return message;
  }

  /** Findings are equal when every field is. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) o;
    return kind == that.kind
        && keyConcept.equals(that.keyConcept)
        && concepts.equals(that.concepts)
        && aspect.equals(that.aspect)
        && papers.equals(that.papers)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, keyConcept, concepts, aspect, papers, message);
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message;
  }
}
