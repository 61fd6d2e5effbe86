package org.metaethnography.core.document;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Review;

/**
 * What a review document holds: the review itself, and what belongs to its presentation rather than
 * to the method: the order in which a published key concept grid lists its rows (grouped by an
 * attribute of the papers rather than by number, say), and notes about the document (for example
 * which parts of it are a reconstruction and the sentences they rest on). Documents are immutable
 * values, equal when their parts are.
 *
 * <pre>{@code
 * ReviewDocument document = ReviewDocument.of(review).withGridRowOrder(tableThreeOrder);
 * String json = ReviewDocuments.write(document);
 * }</pre>
 */
public final class ReviewDocument {
  private final Review review;
  private final Optional<ImmutableList<Citation>> gridRowOrder;
  private final ImmutableList<String> notes;

  private ReviewDocument(
      Review review, Optional<ImmutableList<Citation>> gridRowOrder, ImmutableList<String> notes) {
    this.review = review;
    this.gridRowOrder = gridRowOrder;
    this.notes = notes;
  }

  /**
   * A document of {@code review} alone, with no presentation order and no notes.
   *
   * @param review the review
   * @return the document
   */
  public static ReviewDocument of(Review review) {
    return new ReviewDocument(Objects.requireNonNull(review), Optional.empty(), ImmutableList.of());
  }

  /**
   * This document with the rows of its key concept grid listed in {@code order}.
   *
   * @param order the citations of the grid's rows, in the order a table lists them: every included
   *     paper once
   * @return the document with that order
   * @throws InvalidDocumentException if the order names a paper the review does not include, names
   *     one twice or leaves one out
   */
  public ReviewDocument withGridRowOrder(List<Citation> order) {
    ImmutableList<Citation> given = ImmutableList.copyOf(order);
    List<DocumentProblem> problems =
        rowOrderProblems(
            review.papers().stream().map(p -> p.citation()).toList(),
            given,
            "/presentation/gridRowOrder");
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(problems);
    }
    return new ReviewDocument(review, Optional.of(given), notes);
  }

  /**
   * What is wrong with {@code order} as the row order of the grid of a review that includes {@code
   * papers}, at {@code pointer}: it must name every included paper once, and nothing else.
   */
  static List<DocumentProblem> rowOrderProblems(
      List<Citation> papers, List<Citation> order, String pointer) {
    Set<Citation> included = new HashSet<>(papers);
    List<DocumentProblem> problems = new ArrayList<>();
    Set<Citation> named = new HashSet<>();
    for (int i = 0; i < order.size(); i++) {
      Citation citation = order.get(i);
      if (!included.contains(citation)) {
        problems.add(
            new DocumentProblem(
                pointer + "/" + i,
                "dangling reference",
                "the grid row order names paper "
                    + citation.inMessages()
                    + ", which the review does not include"));
      } else if (!named.add(citation)) {
        problems.add(
            new DocumentProblem(
                pointer + "/" + i,
                "duplicate",
                "the grid row order names paper " + citation.inMessages() + " again"));
      }
    }
    List<Citation> missing = new ArrayList<>();
    for (Citation paper : papers) {
      if (!named.contains(paper)) {
        missing.add(paper);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          new DocumentProblem(
              pointer,
              "incomplete order",
              "the grid row order must name every included paper once; it leaves out "
                  + Citation.inMessages(missing)));
    }
    return problems;
  }

  /**
   * This document with {@code notes}, each a paragraph of text.
   *
   * @param notes the notes, in order, none blank
   * @return the document with those notes
   * @throws InvalidDocumentException if a note is blank
   */
  public ReviewDocument withNotes(List<String> notes) {
    ImmutableList<String> given = ImmutableList.copyOf(notes);
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i).isBlank()) {
        throw new InvalidDocumentException(
            List.of(
                new DocumentProblem("/notes/" + i, "invalid value", "a note must not be blank")));
      }
    }
    return new ReviewDocument(review, gridRowOrder, given);
  }

  /** {@return the review} */
  public Review review() {
    return review;
  }

  /**
   * {@return the order in which a table of the key concept grid lists its rows, where the document
   * gives one}
   */
  public Optional<ImmutableList<Citation>> gridRowOrder() {
    return gridRowOrder;
  }

  /** {@return the notes about the document, each a paragraph, in order} */
  public ImmutableList<String> notes() {
    return notes;
  }

  /** Documents are equal when their reviews, grid row orders and notes are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReviewDocument that
        && review.equals(that.review)
        && gridRowOrder.equals(that.gridRowOrder)
        && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(review, gridRowOrder, notes);
  }

  /** Returns the review's title, and what else the document holds. */
  @Override
  public String toString() {
    return "ReviewDocument("
        + review.title()
        + (gridRowOrder.isPresent() ? ", grid row order" : "")
        + (notes.isEmpty() ? "" : ", " + notes.size() + " notes")
        + ")";
  }
}
