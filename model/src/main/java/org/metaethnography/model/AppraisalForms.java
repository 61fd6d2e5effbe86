package org.metaethnography.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Appraisal forms that ship ready to use.
 *
 * <p>Item wording is this project's own paraphrase of each question; the section names are the
 * form's. Check the published form before citing item wording.
 */
public final class AppraisalForms {
  /** The name of the Letts et al. form, as appraisal records refer to it. */
  public static final String LETTS_QUALITATIVE = "Critical review form: qualitative studies";

  private AppraisalForms() {}

  /**
   * The critical review form for qualitative studies, version 2.0, of Letts et al. (McMaster
   * University, 2007): 26 items in the form's sections, from study purpose to conclusions and
   * implications, answered yes or no (some also "not addressed"), two of them descriptive (the
   * study's design and its main method).
   *
   * <p>The form itself gives no score; a review that counts "yes" answers, as many do, says so with
   * {@link #scored(AppraisalForm, String, BigDecimal)}, for example {@code
   * scored(lettsQualitative(), "yes", BigDecimal.ONE)}.
   *
   * @return the form, named {@value #LETTS_QUALITATIVE}, version {@code "2.0"}, without scores
   */
  public static AppraisalForm lettsQualitative() {
    AnswerScale yesNo = AnswerScale.of("yes", "no");
    AnswerScale addressed = AnswerScale.of("yes", "no", "not addressed");
    AnswerScale design =
        AnswerScale.of(
            "phenomenology",
            "ethnography",
            "grounded theory",
            "participatory action research",
            "other");
    AnswerScale method =
        AnswerScale.of(
            "participant observation", "interviews", "document review", "focus groups", "other");
    Sections form = new Sections(AppraisalForm.builder().name(LETTS_QUALITATIVE).version("2.0"));
    form.section("Study purpose")
        .item(
            "purpose",
            "Is the purpose of the study, or its research question, clearly stated?",
            yesNo);
    form.section("Literature")
        .item(
            "literature",
            "Does the paper review the background literature that bears on it?",
            yesNo);
    form.section("Study design")
        .item("design", "Which design does the study follow?", design)
        .item("design fits", "Does the design suit the study's question?", yesNo)
        .item("perspective", "Does the paper name a theoretical perspective?", yesNo)
        .item("method", "Which method mainly gathered the data?", method)
        .item("methods fit", "Do the methods fit the study's purpose and its philosophy?", yesNo);
    form.section("Sampling")
        .item(
            "purposeful",
            "Does the paper describe how participants were purposefully chosen?",
            yesNo)
        .item("redundancy", "Did sampling go on until the data became redundant?", addressed)
        .item("consent", "Did participants give informed consent?", addressed);
    form.section("Data collection: descriptive clarity")
        .item("site", "Is the site described clearly and completely?", yesNo)
        .item("participants", "Are the participants described clearly and completely?", yesNo)
        .item(
            "researcher", "Is the researchers' role and relation to participants described?", yesNo)
        .item("assumptions", "Are the researchers' assumptions and biases made known?", yesNo);
    form.section("Data collection: procedural rigour")
        .item("procedural rigour", "Were the data gathered with procedural rigour?", addressed);
    form.section("Data analyses: analytical rigour")
        .item("inductive", "Were the data analysed inductively?", addressed)
        .item("consistent", "Do the findings agree with, and reflect, the data?", yesNo);
    form.section("Data analyses: auditability")
        .item("decision trail", "Was a trail of analytic decisions kept?", addressed)
        .item("analysis described", "Is the process of analysis described well enough?", addressed);
    form.section("Data analyses: theoretical connections")
        .item("picture", "Does a meaningful picture of the phenomenon emerge?", yesNo);
    form.section("Overall rigour")
        .item("credibility", "Is there evidence of credibility?", yesNo)
        .item("transferability", "Is there evidence of transferability?", yesNo)
        .item("dependability", "Is there evidence of dependability?", yesNo)
        .item("confirmability", "Is there evidence of confirmability?", yesNo);
    form.section("Conclusions and implications")
        .item("conclusions", "Do the conclusions follow from the findings?", yesNo)
        .item(
            "contribution", "Do the findings add to theory, practice or further research?", yesNo);
    return form.builder.build();
  }

  /**
   * Returns a copy of a form in which one answer scores points on every item that allows it, for
   * example one point per "yes"; other answers keep the points they had.
   *
   * @param form the form
   * @param answer the answer to score
   * @param points the points it gives, not negative
   * @return the scored form
   */
  public static AppraisalForm scored(AppraisalForm form, String answer, BigDecimal points) {
    AppraisalForm.Builder scored =
        AppraisalForm.builder().name(form.name()).version(form.version());
    for (FormItem item : form.items()) {
      AnswerScale scale = item.scale();
      if (scale.answers().contains(answer)) {
        AnswerScale.Builder rescored = AnswerScale.builder().addAllAnswers(scale.answers());
        scale
            .points()
            .forEach(
                (a, p) -> {
                  if (!a.equals(answer)) {
                    rescored.putPoints(a, p);
                  }
                });
        scale = rescored.putPoints(answer, points).build();
      }
      scored.addItems(FormItem.of(item.id(), item.section(), item.wording(), scale));
    }
    return scored.putAllCategories(form.categories()).build();
  }

  /** Adds items section by section. */
  private static final class Sections {
    private final AppraisalForm.Builder builder;
    private Optional<String> section = Optional.empty();

    Sections(AppraisalForm.Builder builder) {
      this.builder = builder;
    }

    Sections section(String name) {
      section = Optional.of(name);
      return this;
    }

    Sections item(String id, String wording, AnswerScale scale) {
      builder.addItems(FormItem.of(id, section, wording, scale));
      return this;
    }
  }
}
