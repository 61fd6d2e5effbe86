package org.metaethnography.core;

import java.util.ArrayList;
import java.util.List;
import org.metaethnography.model.Author;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Concept;
import org.metaethnography.model.ExclusionTally;
import org.metaethnography.model.Extraction;
import org.metaethnography.model.Incidence;
import org.metaethnography.model.Interpretation;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Order;
import org.metaethnography.model.OtherSource;
import org.metaethnography.model.Paper;
import org.metaethnography.model.Perspective;
import org.metaethnography.model.Phase;
import org.metaethnography.model.Relation;
import org.metaethnography.model.RelationKind;
import org.metaethnography.model.Review;
import org.metaethnography.model.Reviewer;
import org.metaethnography.model.Search;
import org.metaethnography.model.SetAside;
import org.metaethnography.model.Stage;
import org.metaethnography.model.Stakeholder;
import org.metaethnography.model.Stance;
import org.metaethnography.model.Study;
import org.metaethnography.model.Theme;
import org.metaethnography.model.Translation;
import org.metaethnography.model.Valence;

/**
 * Describes a review built with {@code Review.builder()} again through the fluent API, fact by
 * fact, so that properties can compare the two front ends and inject faults into a description.
 */
final class FluentDescription {
  private FluentDescription() {}

  /** The names of the review's stakeholders, in order. */
  static List<String> stakeholderNames(Review review) {
    return review.stakeholders().stream().map(Stakeholder::name).toList();
  }

  /**
   * Describes {@code review} fluently, declaring {@code stakeholders} as its stakeholders (the
   * review's own, or those with a fault injected); the builder is left open for more facts.
   */
  static ReviewBuilder describe(Review review, List<String> stakeholders) {
    ReviewBuilder b = MetaEthnography.review(review.title());
    if (!stakeholders.isEmpty()) {
      b.stakeholders(stakeholders.toArray(String[]::new));
    }
    if (!review.phases().isEmpty()) {
      b.phases(review.phases().stream().map(Phase::name).toArray(String[]::new));
    }
    if (!review.reviewers().isEmpty()) {
      b.reviewers(review.reviewers().stream().map(Reviewer::name).toArray(String[]::new));
    }
    if (!review.relationKinds().isEmpty()) {
      b.relationKinds(
          review.relationKinds().stream().map(RelationKind::name).toArray(String[]::new));
    }
    for (Search search : review.searches()) {
      b.search(
          search.name(),
          s -> {
            search.counts().abstractsReviewed().ifPresent(s::abstractsReviewed);
            search.counts().articlesRetrieved().ifPresent(s::articlesRetrieved);
            search.counts().articlesAppraised().ifPresent(s::articlesAppraised);
            search.counts().count(Stage.ARTICLES_INCLUDED).ifPresent(s::articlesIncluded);
          });
    }
    for (OtherSource source : review.otherSources()) {
      b.otherSource(source.name(), source.found(), source.included());
    }
    for (ExclusionTally tally : review.exclusions()) {
      b.exclusion(tally.reason().name(), tally.papers());
    }
    for (Paper paper : review.papers()) {
      paper(b, paper.citation(), p -> describe(p, paper));
    }
    for (Study study : review.studies()) {
      if (study.reports().get(0).isNumbered()) {
        b.study(
            study.name(), study.reports().stream().mapToInt(c -> c.number().getAsInt()).toArray());
      } else {
        b.study(
            study.name(),
            study.reports().stream().map(c -> c.label().orElseThrow()).toArray(String[]::new));
      }
    }
    for (KeyConcept keyConcept : review.keyConcepts()) {
      b.keyConcept(
          keyConcept.name(),
          k -> {
            keyConcept.definition().ifPresent(k::definedAs);
            if (!keyConcept.phases().isEmpty()) {
              k.phase(keyConcept.phases().stream().map(Phase::name).toArray(String[]::new));
            }
            if (!keyConcept.stakeholders().isEmpty()) {
              k.concerns(
                  keyConcept.stakeholders().stream().map(Stakeholder::name).toArray(String[]::new));
            }
          });
    }
    for (Theme theme : review.themes()) {
      b.theme(
          theme.name(),
          t -> {
            theme.definition().ifPresent(t::definedAs);
            t.groups(theme.keyConcepts().toArray(String[]::new));
          });
    }
    for (Interpretation interpretation : review.interpretations()) {
      b.interpretation(interpretation.name(), interpretation.statement());
    }
    for (Concept concept : review.concepts()) {
      b.concept(concept.name(), c -> describe(c, concept));
    }
    for (Extraction extraction : review.extractions()) {
      ExtractionSpecDescription.describe(b, extraction);
    }
    for (Translation translation : review.translations()) {
      String[] concepts = translation.concepts().toArray(String[]::new);
      if (translation.kind().isEmpty()) {
        if (translation.indexPaper().isPresent()) {
          b.translate(translation.keyConcept(), translation.indexPaper().get(), concepts);
        } else {
          b.translate(translation.keyConcept(), concepts);
        }
      } else if (translation.indexPaper().isPresent()) {
        b.translate(
            translation.keyConcept(),
            translation.kind().get(),
            translation.indexPaper().get(),
            concepts);
      } else {
        b.translate(translation.keyConcept(), translation.kind().get(), concepts);
      }
    }
    for (SetAside setAside : review.setAside()) {
      b.setAside(setAside.concept(), setAside.reason());
    }
    for (Relation relation : review.lineOfArgument().relations()) {
      b.relation(relation.source(), relation.kind(), relation.target());
    }
    review.lineOfArgument().statement().ifPresent(b::lineOfArgument);
    review.lineOfArgument().note().ifPresent(b::lineOfArgumentNote);
    for (Incidence cell : review.incidences()) {
      if (cell.stance().isPresent()) {
        if (cell.paper().isNumbered()) {
          b.grid(cell.paper().number().getAsInt(), cell.stance().get(), cell.keyConcept());
        } else {
          b.grid(cell.paper().label().orElseThrow(), cell.stance().get(), cell.keyConcept());
        }
      } else if (cell.paper().isNumbered()) {
        b.grid(cell.paper().number().getAsInt(), cell.keyConcept());
      } else {
        b.grid(cell.paper().label().orElseThrow(), cell.keyConcept());
      }
    }
    return b;
  }

  /** Describes the paper cited by {@code citation} in {@code b}. */
  static void paper(
      ReviewBuilder b, Citation citation, java.util.function.Consumer<PaperSpec> spec) {
    if (citation.isNumbered()) {
      b.paper(citation.number().getAsInt(), spec);
    } else {
      b.paper(citation.label().orElseThrow(), spec);
    }
  }

  private static void describe(PaperSpec p, Paper paper) {
    if (!paper.authors().isEmpty()) {
      p.by(paper.authors().stream().map(Author::toString).toArray(String[]::new));
    }
    if (paper.etAl()) {
      p.etAl();
    }
    paper.year().ifPresent(p::year);
    paper.title().ifPresent(p::titled);
    paper.journal().ifPresent(p::in);
    paper.condition().ifPresent(c -> p.condition(c.name()));
    paper.format().ifPresent(f -> p.format(f.name()));
    paper.intervention().ifPresent(p::intervention);
    paper.duration().ifPresent(p::duration);
    paper.perspective().ifPresent(q -> perspective(q, p::undesignatedPerspective, p::perspective));
    paper
        .attributes()
        .asMap()
        .forEach((name, values) -> p.attribute(name, values.toArray(String[]::new)));
    paper
        .appraisal()
        .ifPresent(
            a ->
                p.appraisal(
                    spec -> {
                      a.tool().ifPresent(spec::tool);
                      a.score()
                          .ifPresent(
                              s ->
                                  spec.scoreBetween(
                                      s.low().longValueExact(),
                                      s.high().longValueExact(),
                                      s.outOf().orElseThrow().longValueExact()));
                      a.category().ifPresent(spec::category);
                      a.note().ifPresent(spec::note);
                    }));
  }

  private static void describe(ConceptSpec c, Concept concept) {
    concept
        .order()
        .ifPresent(
            o -> {
              if (o == Order.FIRST) {
                c.firstOrder();
              } else {
                c.secondOrder();
              }
            });
    concept.perspective().ifPresent(q -> perspective(q, c::voicesUndesignated, c::voices));
    concept
        .valence()
        .ifPresent(
            v -> {
              if (v == Valence.POSITIVE) {
                c.positive();
              } else if (v == Valence.NEGATIVE) {
                c.negative();
              } else {
                c.mixed();
              }
            });
    concept.phase().ifPresent(ph -> c.phase(ph.name()));
    concept.definition().ifPresent(c::definedAs);
    concept.note().ifPresent(c::note);
  }

  private static void perspective(
      Perspective perspective,
      java.util.function.Consumer<String> undesignated,
      java.util.function.Consumer<String[]> stakeholders) {
    if (perspective.isUndesignated()) {
      undesignated.accept(perspective.undesignated().orElseThrow());
    } else {
      List<String> names = new ArrayList<>();
      perspective.stakeholders().forEach(s -> names.add(s.name()));
      stakeholders.accept(names.toArray(String[]::new));
    }
  }

  /** Describes extractions, which the builder addresses by number or by label. */
  private static final class ExtractionSpecDescription {
    static void describe(ReviewBuilder b, Extraction extraction) {
      java.util.function.Consumer<ExtractionSpec> spec =
          e -> {
            if (!extraction.reviewers().isEmpty()) {
              e.by(extraction.reviewers().stream().map(Reviewer::name).toArray(String[]::new));
            }
            extraction
                .stance()
                .ifPresent(
                    stance -> {
                      if (stance == Stance.SUPPORTS) {
                        e.supports();
                      } else if (stance == Stance.PARTLY_SUPPORTS) {
                        e.partlySupports();
                      } else {
                        e.refutes();
                      }
                    });
            extraction
                .evidence()
                .ifPresent(
                    ev -> {
                      e.quoting(ev.quotation());
                      ev.page().ifPresent(e::onPage);
                    });
          };
      if (extraction.paper().isNumbered()) {
        b.found(extraction.concept(), extraction.paper().number().getAsInt(), spec);
      } else {
        b.found(extraction.concept(), extraction.paper().label().orElseThrow(), spec);
      }
    }
  }
}
