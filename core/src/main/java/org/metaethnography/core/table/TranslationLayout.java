package org.metaethnography.core.table;

import java.util.Objects;
import java.util.function.Function;
import org.metaethnography.core.internal.Labels;
import org.metaethnography.model.Paper;

/**
 * How a translation table is laid out: whether its rows are key concepts or themes, whether its
 * columns are papers or studies, what a cell shows of each raw concept (its name, with its
 * definition or with the quotation that shows it in the paper), and how studies are cited. Each
 * setting returns a new layout; the default is rows of key concepts, cells of names, studies cited
 * as the review cites them.
 *
 * <pre>{@code
 * TranslationLayout layout = TranslationLayout.standard()
 *     .byTheme()
 *     .withQuotes()
 *     .citedAs(p -> p.firstAuthor().orElse("") + " " + p.citation());
 * }</pre>
 */
public final class TranslationLayout {
  /** What a cell shows of each raw concept. */
  enum Content {
    NAMES,
    DEFINITIONS,
    QUOTES
  }

  private static final TranslationLayout STANDARD =
      new TranslationLayout(false, false, Content.NAMES, p -> Labels.reference(p.citation()));

  private final boolean byTheme;
  private final boolean byStudy;
  private final Content content;
  private final Function<? super Paper, String> cited;

  private TranslationLayout(
      boolean byTheme, boolean byStudy, Content content, Function<? super Paper, String> cited) {
    this.byTheme = byTheme;
    this.byStudy = byStudy;
    this.content = content;
    this.cited = cited;
  }

  /**
   * {@return rows of key concepts, cells of raw concept names, studies cited as the review cites
   * them (the reference number or the label)}
   */
  public static TranslationLayout standard() {
    return STANDARD;
  }

  /**
   * {@return the layout with rows of themes: a theme's cell holds the raw concepts of all its key
   * concepts}
   */
  public TranslationLayout byTheme() {
    return new TranslationLayout(true, byStudy, content, cited);
  }

  /**
   * {@return the layout by study: a study reported in several papers is one column (named by the
   * study's name, its cells holding the raw concepts of all its reports), and the long form names
   * the study rather than the report; a paper in no declared study is a study of its own, cited as
   * the layout cites papers}
   */
  public TranslationLayout byStudy() {
    return new TranslationLayout(byTheme, true, content, cited);
  }

  /** {@return the layout whose cells give each raw concept's definition after its name} */
  public TranslationLayout withDefinitions() {
    return new TranslationLayout(byTheme, byStudy, Content.DEFINITIONS, cited);
  }

  /**
   * {@return the layout whose cells give, after each raw concept's name, the quotation that shows
   * it in the study}
   */
  public TranslationLayout withQuotes() {
    return new TranslationLayout(byTheme, byStudy, Content.QUOTES, cited);
  }

  /**
   * {@return the layout citing studies as {@code cited} writes them, for example as a review prints
   * "author plus number"}
   *
   * @param cited how to write a paper's citation
   */
  public TranslationLayout citedAs(Function<? super Paper, String> cited) {
    return new TranslationLayout(byTheme, byStudy, content, Objects.requireNonNull(cited));
  }

  boolean rowsAreThemes() {
    return byTheme;
  }

  boolean studies() {
    return byStudy;
  }

  Content content() {
    return content;
  }

  String cited(Paper paper) {
    return Objects.requireNonNull(cited.apply(paper), () -> "no citation for paper " + paper);
  }
}
