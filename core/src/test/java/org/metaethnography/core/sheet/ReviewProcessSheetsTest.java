package org.metaethnography.core.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metaethnography.model.Decision.EXCLUDE;
import static org.metaethnography.model.Decision.INCLUDE;
import static org.metaethnography.model.Decision.UNSURE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.ReviewBuilder;
import org.metaethnography.core.document.ReviewDocument;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.core.table.CsvDialect;
import org.metaethnography.model.AnswerScale;
import org.metaethnography.model.AppraisalForm;
import org.metaethnography.model.AppraisalForms;
import org.metaethnography.model.FormItem;
import org.metaethnography.model.Resolution;
import org.metaethnography.model.Review;

/**
 * The screening log and the appraisal sheet on a small review process written for these tests: each
 * sheet's text worked out by hand, read back with the rest of the review from a base, headers in a
 * team's own words, the spellings of screening tools, and every kind of problem at its file, row
 * and column.
 */
final class ReviewProcessSheetsTest {
  private static final String FORM = "Checklist";

  private static AppraisalForm checklist() {
    return org.metaethnography.core.RecordedReviews.scoredChecklist();
  }

  /** What the sheets do not carry: the declarations, searches, form and papers. */
  private static ReviewBuilder rest() {
    return MetaEthnography.review("Peer support at work")
        .reviewers("AO", "SL", "JK")
        .search("MEDLINE", s -> {})
        .search("CINAHL", s -> {})
        .otherSource("Experts", OptionalInt.empty(), OptionalInt.empty())
        .appraisalForm(checklist())
        .paper(1, p -> {})
        .paper(2, p -> {});
  }

  /** The records of {@code ReviewProcessTest}, duplicates merged, with a few more shapes. */
  private static Review process() {
    return rest()
        .record(
            "R1",
            r ->
                r.foundBy("MEDLINE", "CINAHL")
                    .doi("10.1/a")
                    .title("Peer support at work: a study")
                    .titleAndAbstract(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .appraised(
                        FORM,
                        a ->
                            a.by(
                                    "AO",
                                    f ->
                                        f.answer("aims", "yes")
                                            .answer("methods", "yes")
                                            .include()
                                            .note("clear aims"))
                                .by(
                                    "SL",
                                    f -> f.answer("aims", "yes").answer("methods", "no").include())
                                .category("adequate"))
                    .became(1))
        .record(
            "R2",
            r ->
                r.foundBy("MEDLINE")
                    .doi("10.1/b")
                    .titleAndAbstract(
                        s ->
                            s.vote("AO", INCLUDE)
                                .vote("SL", EXCLUDE)
                                .consensus(INCLUDE, Resolution.DISCUSSION))
                    .fullText(
                        s ->
                            s.vote("AO", EXCLUDE, "no qualitative data")
                                .vote("SL", EXCLUDE, "no qualitative data")
                                .reason("no qualitative data")))
        .record(
            "R3",
            r ->
                r.foundBy("MEDLINE", "CINAHL")
                    .title("Peer Support: a study")
                    .titleAndAbstract(s -> s.vote("AO", EXCLUDE).vote("SL", EXCLUDE)))
        .record(
            "R5",
            r ->
                r.foundBy("CINAHL")
                    .doi("10.1/c")
                    .titleAndAbstract(
                        s -> s.vote("AO", UNSURE).vote("SL", INCLUDE).settledBy("JK", INCLUDE))
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .appraised(
                        FORM,
                        a ->
                            a.by("AO", f -> f.answer("aims", "no").exclude("Review"))
                                .by(
                                    "SL",
                                    f -> f.answer("aims", "yes").answer("methods", "yes").include())
                                .thirdReviewer(
                                    "JK",
                                    f ->
                                        f.answer("aims", "yes")
                                            .answer("methods", "not addressed")
                                            .exclude("Review"))))
        .record(
            "R7",
            r ->
                r.foundBy("Experts")
                    .doi("10.1/e")
                    .fullText(s -> s.vote("AO", INCLUDE).vote("SL", INCLUDE))
                    .appraised(FORM, a -> a.by("AO", f -> f.include()).by("SL", f -> f.include()))
                    .became(2))
        .build();
  }

  private static final String SCREENING =
      "record,doi,title,found by,"
          + "title and abstract reviewer 1,title and abstract decision 1,"
          + "title and abstract reviewer 2,title and abstract decision 2,"
          + "title and abstract consensus,title and abstract resolution,"
          + "title and abstract third reviewer,"
          + "full text reviewer 1,full text decision 1,full text reason 1,"
          + "full text reviewer 2,full text decision 2,full text reason 2,"
          + "full text reason,paper\n"
          + "R1,10.1/a,Peer support at work: a study,MEDLINE; CINAHL,AO,include,SL,include,,,,"
          + "AO,include,,SL,include,,,1\n"
          + "R2,10.1/b,,MEDLINE,AO,include,SL,exclude,include,discussion,,"
          + "AO,exclude,no qualitative data,SL,exclude,no qualitative data,no qualitative data,\n"
          + "R3,,Peer Support: a study,MEDLINE; CINAHL,AO,exclude,SL,exclude,,,,,,,,,,,\n"
          + "R5,10.1/c,,CINAHL,AO,unsure,SL,include,include,third reviewer,JK,"
          + "AO,include,,SL,include,,,\n"
          + "R7,10.1/e,,Experts,,,,,,,,AO,include,,SL,include,,,2\n";

  private static final String APPRAISAL =
      "record,form,role,reviewer,aims,methods,decision,reason,note,category\n"
          + "R1,Checklist,,AO,yes,yes,include,,clear aims,adequate\n"
          + "R1,Checklist,,SL,yes,no,include,,,adequate\n"
          + "R5,Checklist,,AO,no,,exclude,Review,,\n"
          + "R5,Checklist,,SL,yes,yes,include,,,\n"
          + "R5,Checklist,third reviewer,JK,yes,not addressed,exclude,Review,,\n"
          + "R7,Checklist,,AO,,,include,,,\n"
          + "R7,Checklist,,SL,,,include,,,\n";

  private static final Map<Sheet, String> SHEETS =
      Map.of(Sheet.SCREENING, SCREENING, Sheet.APPRAISAL, APPRAISAL);

  private static ReviewDocument base() {
    return ReviewDocument.of(rest().build());
  }

  private static List<String> problems(Runnable read) {
    return Problems.messages(read);
  }

  @Test
  void write_theReviewProcess_givesTheSheetsWorkedOutByHand() {
    Map<Sheet, String> written = Spreadsheets.standard().write(process());
    assertThat(written.keySet())
        .containsExactly(Sheet.INCLUDED_STUDIES, Sheet.SCREENING, Sheet.APPRAISAL);
    assertThat(written.get(Sheet.SCREENING)).isEqualTo(SCREENING);
    assertThat(written.get(Sheet.APPRAISAL)).isEqualTo(APPRAISAL);
  }

  @Test
  void read_theSheetsWithTheRestFromTheFluentApi_isTheReview() {
    assertThat(Spreadsheets.standard().read(base(), SHEETS).review()).isEqualTo(process());
    // Written with CRLF and a byte order mark, as for a spreadsheet program, alike.
    Spreadsheets excel =
        Spreadsheets.standard().withDialect(CsvDialect.standard().withCrlf().withByteOrderMark());
    assertThat(excel.read(base(), excel.write(process())).review()).isEqualTo(process());
  }

  @Test
  void theScreeningLogAlone_keepsTheBasesAppraisals_andTheAppraisalSheetAloneReplacesThem() {
    ReviewDocument whole = ReviewDocument.of(process());
    assertThat(Spreadsheets.standard().read(whole, Map.of(Sheet.SCREENING, SCREENING)).review())
        .isEqualTo(process());
    // R1's answers changed: R1 has the new appraisal, and its paper the summary it yields.
    String changed = APPRAISAL.replace("R1,Checklist,,SL,yes,no,", "R1,Checklist,,SL,no,no,");
    Review read = Spreadsheets.standard().read(whole, Map.of(Sheet.APPRAISAL, changed)).review();
    assertThat(read.paper(1).orElseThrow().appraisal())
        .isEqualTo(read.recordedAppraisal(org.metaethnography.model.Citation.of(1)));
    assertThat(read.records().get(0).appraisal().orElseThrow().assessments().get(1).answers())
        .containsEntry("aims", "no");
    assertThat(read.records().get(3)).isEqualTo(process().records().get(3));
  }

  @Test
  void aBaseOfVersion1_takesTheScreeningLog() {
    ReviewBuilder declared =
        MetaEthnography.review("Screening only").reviewers("AO").search("MEDLINE", s -> {});
    ReviewDocument base = ReviewDocument.of(declared.build());
    assertThat(ReviewDocuments.write(base)).contains("\"version\": 1,");
    Review screened =
        MetaEthnography.review("Screening only")
            .reviewers("AO")
            .search("MEDLINE", s -> {})
            .record("R1", r -> r.foundBy("MEDLINE").titleAndAbstract(s -> s.vote("AO", EXCLUDE)))
            .build();
    Map<Sheet, String> written = Spreadsheets.standard().write(screened);
    assertThat(written)
        .containsExactly(
            Map.entry(
                Sheet.SCREENING,
                "record,found by,title and abstract reviewer 1,title and abstract decision 1\n"
                    + "R1,MEDLINE,AO,exclude\n"));
    assertThat(Spreadsheets.standard().read(base, written).review()).isEqualTo(screened);
  }

  @Test
  void headersInTheTeamsOwnWords_areReadAndWritten() {
    Spreadsheets ours =
        Spreadsheets.standard()
            .withHeader(Sheet.SCREENING, "ID", "record")
            .withHeader(Sheet.SCREENING, "Screener 1 (TA)", "Title and abstract reviewer 1")
            .withHeader(Sheet.SCREENING, "Vote 1 (TA)", "title and abstract decision 1")
            .withHeader(Sheet.APPRAISAL, "Study", "record")
            .withHeader(Sheet.APPRAISAL, "Q1 aims", "aims");
    Map<Sheet, String> written = ours.write(process());
    assertThat(written.get(Sheet.SCREENING))
        .startsWith("ID,doi,title,found by,Screener 1 (TA),Vote 1 (TA),title and abstract");
    assertThat(written.get(Sheet.APPRAISAL))
        .startsWith("Study,form,role,reviewer,Q1 aims,methods,");
    assertThat(ours.read(base(), written).review()).isEqualTo(process());
  }

  @Test
  void theSpellingsOfScreeningToolsAndAnswersInAnyCase_readAlike() {
    Map<Sheet, String> typed =
        Map.of(
            Sheet.SCREENING,
            SCREENING
                .replace(
                    "R3,,Peer Support: a study,MEDLINE; CINAHL,AO,exclude,SL,exclude",
                    "R3,,Peer Support: a study,MEDLINE; CINAHL,AO,No,SL,excluded")
                .replace(
                    "R5,10.1/c,,CINAHL,AO,unsure,SL,include", "R5,10.1/c,,CINAHL,AO,Maybe,SL,Yes"),
            Sheet.APPRAISAL,
            APPRAISAL.replace("R1,Checklist,,AO,yes,yes,", "R1,Checklist,,AO,Yes,YES,"));
    assertThat(Spreadsheets.standard().read(base(), typed).review()).isEqualTo(process());
  }

  @Test
  void moreReviewersThanTwo_andAFormItemNamedAsAColumn_readBack() {
    AppraisalForm form =
        AppraisalForm.builder()
            .name("Short")
            .addItems(
                FormItem.of(
                    "reason",
                    Optional.empty(),
                    "Is the reasoning sound?",
                    AnswerScale.of("yes", "no")))
            .build();
    Review review =
        MetaEthnography.review("Three screeners")
            .reviewers("AO", "SL", "JK")
            .search("MEDLINE", s -> {})
            .appraisalForm(form)
            .record(
                "R1",
                r ->
                    r.foundBy("MEDLINE")
                        .titleAndAbstract(
                            s -> s.vote("JK", INCLUDE).vote("AO", INCLUDE).vote("SL", INCLUDE))
                        .fullText(s -> s.vote("SL", INCLUDE).resolution(Resolution.AGREEMENT))
                        .appraised(
                            "Short", a -> a.by("AO", f -> f.answer("reason", "no").exclude())))
            .build();
    Map<Sheet, String> written = Spreadsheets.standard().write(review);
    assertThat(written.get(Sheet.SCREENING))
        .startsWith(
            "record,found by,title and abstract reviewer 1,title and abstract decision 1,"
                + "title and abstract reviewer 2,title and abstract decision 2,"
                + "title and abstract reviewer 3,title and abstract decision 3,"
                + "full text reviewer 1,full text decision 1,full text resolution\n"
                + "R1,MEDLINE,JK,include,AO,include,SL,include,SL,include,agreement\n");
    assertThat(written.get(Sheet.APPRAISAL))
        .isEqualTo("record,form,reviewer,item: reason,decision\nR1,Short,AO,no,exclude\n");
    ReviewDocument base =
        ReviewDocument.of(
            MetaEthnography.review("Three screeners")
                .reviewers("AO", "SL", "JK")
                .search("MEDLINE", s -> {})
                .appraisalForm(form)
                .build());
    assertThat(Spreadsheets.standard().read(base, written).review()).isEqualTo(review);
  }

  @Test
  void theLettsForm_givesAColumnPerItem_andReadsBack() {
    AppraisalForm letts = AppraisalForms.lettsQualitative();
    ReviewBuilder declared =
        MetaEthnography.review("Letts")
            .reviewers("AO", "SL")
            .otherSource("Experts", OptionalInt.empty(), OptionalInt.empty())
            .appraisalForm(letts);
    Review review =
        declared
            .record(
                "R1",
                r ->
                    r.foundBy("Experts")
                        .appraised(
                            AppraisalForms.LETTS_QUALITATIVE,
                            a ->
                                a.by(
                                        "AO",
                                        f -> {
                                          for (FormItem item : letts.items()) {
                                            f.answer(item.id(), item.scale().answers().get(1));
                                          }
                                          f.exclude();
                                        })
                                    .by("SL", f -> f.answer("design", "other").exclude())))
            .build();
    Map<Sheet, String> written = Spreadsheets.standard().write(review);
    assertThat(written.get(Sheet.APPRAISAL))
        .startsWith(
            "record,form,reviewer,purpose,literature,design,design fits,perspective,method,"
                + "methods fit,purposeful,redundancy,consent,");
    ReviewDocument base =
        ReviewDocument.of(
            MetaEthnography.review("Letts")
                .reviewers("AO", "SL")
                .otherSource("Experts", OptionalInt.empty(), OptionalInt.empty())
                .appraisalForm(letts)
                .build());
    assertThat(
            Spreadsheets.standard()
                .read(
                    base,
                    Map.of(
                        Sheet.SCREENING,
                        written.get(Sheet.SCREENING),
                        Sheet.APPRAISAL,
                        written.get(Sheet.APPRAISAL)))
                .review())
        .isEqualTo(review);
  }

  @Test
  void badCells_areAllReportedWithFileRowAndColumn() {
    Map<Sheet, String> sheets =
        Map.of(
            Sheet.SCREENING,
            SCREENING
                .replace(
                    "R3,,Peer Support: a study,MEDLINE; CINAHL,AO,exclude,SL,exclude,",
                    "R3,,Peer Support: a study,MEDLINE; CINAHL,AO,perhaps,SL,,")
                .replace("include,third reviewer,JK", "unsure,vote,JK")
                .replace("R7,10.1/e,,Experts,", "R7,10.1/e,,,"),
            Sheet.APPRAISAL,
            "record,form,role,reviewer,aims,methods,decision,reason,note,category,rigour\n"
                + "R1,Checklist,,AO,yes,yes,include,,clear aims,adequate,\n"
                + "R1,Checklist,,SL,yes,maybe,include,,,weak,\n"
                + "R5,Checklist,,AO,no,,exclude,Review,,,\n"
                + "R5,Checklist,chair,SL,yes,yes,include,,,,\n"
                + "R5,Checklist,third reviewer,JK,yes,not addressed,exclude,Review,,,\n"
                + "R7,Checklist,,AO,,,include,,,,\n"
                + "R9,Checklist,,SL,,,include,,,,\n"
                + "R5,Checklist,Third reviewer,AO,,,exclude,Review,,,\n");
    assertThat(problems(() -> Spreadsheets.standard().read(base(), sheets)))
        .containsExactly(
            "screening.csv, row 4, column 6 (title and abstract decision 1): the title and abstract"
                + " decision 1 \"perhaps\" is none of include, exclude, unsure (wrong value)",
            "screening.csv, row 4, column 8 (title and abstract decision 2): the title and abstract"
                + " vote of \"SL\" gives no decision (missing value)",
            "screening.csv, row 5, column 9 (title and abstract consensus): the title and abstract"
                + " consensus \"unsure\" is none of include, exclude (wrong value)",
            "screening.csv, row 5, column 10 (title and abstract resolution): the title and"
                + " abstract resolution \"vote\" is none of agreement, discussion, third reviewer"
                + " (wrong value)",
            "screening.csv, row 6, column 4 (found by): record \"R7\" needs the searches or other"
                + " sources that found it (missing value)",
            "appraisal.csv, row 1, column 11 (rigour): the column \"rigour\" is no item of the"
                + " review's appraisal forms; the sheet's columns are [record, form, role,"
                + " reviewer, decision, reason, note, final decision, resolution, final reason,"
                + " category] and one per item of the review's appraisal forms (unknown column)",
            "appraisal.csv, row 3, column 6 (methods): the answer \"maybe\" is none of yes, no, not"
                + " addressed (wrong value)",
            "appraisal.csv, row 3, column 10 (category): record \"R1\" has category \"weak\" here"
                + " but \"adequate\" on an earlier row (conflicting value)",
            "appraisal.csv, row 5, column 3 (role): the role \"chair\" is none of reviewer, third"
                + " reviewer (or nothing, for a reviewer) (wrong value)",
            "appraisal.csv, row 8, column 1 (record): record \"R9\" is not among the review's"
                + " records (in the screening log) (unresolved reference)",
            "appraisal.csv, row 9, column 3 (role): record \"R5\" has a third reviewer's row"
                + " already, row 6 (conflicting value)");
  }

  @Test
  void theReviewsOwnRules_arePlacedAtTheRowOrCellThatBreaksThem() {
    Map<Sheet, String> sheets =
        Map.of(
            Sheet.SCREENING,
            SCREENING
                .replace("AO,include,SL,exclude,include,discussion", "AO,include,SL,exclude,,")
                .replace(
                    "MEDLINE; CINAHL,AO,exclude,SL,exclude",
                    "MEDLINE; Embase,AO,exclude,ZZ,exclude"),
            Sheet.APPRAISAL,
            APPRAISAL
                .replace("R7,Checklist,,AO", "R7,Other form,,AO")
                .replace("R7,Checklist,,SL", "R7,Other form,,SL")
                .replace("R5,Checklist,,SL,yes,yes,include", "R5,Checklist,,XX,yes,yes,include"));
    assertThat(problems(() -> Spreadsheets.standard().read(base(), sheets)))
        .containsExactly(
            "screening.csv, row 3: record \"R2\": title and abstract screening: reviewers disagreed"
                + " or were unsure ([AO: include, SL: exclude]), so the screening must give the"
                + " consensus decision (invalid value)",
            "screening.csv, row 4, column 4 (found by): record \"R3\": was found by \"Embase\","
                + " which the review declares neither as a search nor as another source"
                + " (unresolved reference)",
            "screening.csv, row 4, column 7 (title and abstract reviewer 2): record \"R3\": was"
                + " screened by reviewer \"ZZ\", which the review does not declare; declared"
                + " reviewers are [AO, SL, JK] (unresolved reference)",
            "appraisal.csv, row 5, column 4 (reviewer): record \"R5\": was appraised by reviewer"
                + " \"XX\", which the review does not declare; declared reviewers are [AO, SL, JK]"
                + " (unresolved reference)",
            "appraisal.csv, row 7, column 2 (form): record \"R7\": was appraised with form \"Other"
                + " form\", which the review does not declare; declared forms are [Checklist]"
                + " (unresolved reference)");
  }
}
