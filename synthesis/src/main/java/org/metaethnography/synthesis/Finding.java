package org.metaethnography.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of an {@link Audit}: what a careful methodologist would want to look at again,
 * naming the key concept and the papers concerned.
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
    /** A key concept rests on a single paper. */
    SINGLE_PAPER,
    /** No paper expresses a key concept. */
    NO_PAPER,
    /** An included paper expresses no key concept. */
    PAPER_WITHOUT_KEY_CONCEPT,
    /** A raw concept is set aside rather than translated. */
    UNTRANSLATED_CONCEPT,
    /** Raw concepts support a cell that the review's key concept grid does not tick. */
    RAW_SUPPORT_NOT_IN_GRID,
    /**
     * The searches include another number of papers than the review describes (papers found by
     * other means, such as reference lists, or papers not yet described).
     */
    INCLUDED_PAPERS_DIFFER;

    /** The kind in lower case words, as tables show it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  private final Kind kind;
  private final Optional<String> keyConcept;
  private final ImmutableList<Integer> papers;
  private final String message;

  Finding(Kind kind, Optional<String> keyConcept, Iterable<Integer> papers, String message) {
    this.kind = kind;
    this.keyConcept = keyConcept;
    this.papers = ImmutableList.copyOf(papers);
    this.message = message;
  }

  /** Which check found it. */
  public Kind kind() {
    return kind;
  }

  /** The name of the key concept concerned, if one is. */
  public Optional<String> keyConcept() {
    return keyConcept;
  }

  /** The reference numbers of the papers concerned, in ascending order. */
  public ImmutableList<Integer> papers() {
    return papers;
  }

  /** The finding in words. */
  public String message() {
    return message;
  }

  /** Findings are equal when their kind, key concept, papers and message are. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) o;
    return kind == that.kind
        && keyConcept.equals(that.keyConcept)
        && papers.equals(that.papers)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, keyConcept, papers, message);
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message;
  }
}
