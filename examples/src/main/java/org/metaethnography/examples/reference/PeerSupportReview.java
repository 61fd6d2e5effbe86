package org.metaethnography.examples.reference;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.Citation;
import org.metaethnography.model.Review;
import org.metaethnography.model.TranslationKind;

/**
 * The reference dataset of the library: the meta-ethnography of Embuldeniya G, Veinot P, Bell E,
 * Bell M, Nyhof-Young J, Sale JEM and Britten N, "The experience and impact of chronic disease
 * peer support interventions: a qualitative synthesis", Patient Educ Couns 2013;92:3-12, written
 * through the library's public fluent API.
 *
 * <p>Where each part comes from:
 *
 * <ul>
 *   <li>the seven searches and the records each kept at every stage: Table 2a ("Article review
 *       summary"), in table order;
 *   <li>the reasons quality appraisal excluded papers, with their counts: Table 2b ("Quality
 *       appraisal"), in table order and worded exactly as printed;
 *   <li>the 25 included papers (the asterisked entries of the reference list), in the row order of
 *       Table 1 ("Intervention format, disease, and participant type"): condition, format (the
 *       italic group heading), intervention text and participant type come from Table 1, a merged
 *       row's left paper first; authors, year, title and journal come from the reference list;
 *       the duration is given only where Table 1's text states the intervention's length plainly;
 *   <li>the 13 key concepts, in the column order of Table 3, with their phase and the
 *       stakeholders they concern taken from the headings of sections 3.1 to 3.4 and a third-order
 *       definition paraphrasing the section that describes each;
 *   <li>the 36 raw concepts, <em>a reconstruction</em>, not the paper's list: section 2.4 says
 *       that 36 concepts were first identified and grouped into the 13 key concepts but never
 *       names them. Each is rebuilt from the sentences of the section (3.1.1 to 3.4.4) that
 *       describes its key concept, in our own names and definitions, and its note says
 *       "Reconstructed from section ..." and quotes the words it rests on (four also rest on the
 *       Discussion, section 4.1). A concept is first order where the text quotes participants'
 *       own words, second order otherwise; its perspective, phase and valence come from the same
 *       sentences;
 *   <li>the extractions: only where the text cites an included paper for a concept (papers 13,
 *       21 to 25 and 30 to 32), with the paper's quotation where the text gives one. The paper
 *       does not say which reviewers found which concept (section 2.4: three to four reviewed
 *       each article), so no extraction names its reviewers, and the review declares none;
 *   <li>the translations: each raw concept into the key concept whose section it is rebuilt
 *       from; reciprocal, except refutational for isolation, "both alleviated and reproduced"
 *       (section 3.1.4), and reciprocity, present, missing or misread by context (section
 *       3.3.2);
 *   <li>the key concept grid: Table 3 ("Distribution of concepts across articles, by disease
 *       type"), one row per paper, in the table's row order;
 *   <li>the line of argument, a reconstruction too: section 3.5 ("Synthesis of concepts"), which
 *       describes the lost Fig. 1 in words, stated in our own words, with one relation between
 *       key concepts per sentence it rests on, in that sentence's verb. Section 3.5 gives ten of
 *       the nineteen relations; the other nine rest on sentences of sections 3.2 to 3.4 and the
 *       Discussion that relate two key concepts, and each relation's comment names its sentence.
 *       Where section 3.5 speaks of something that is not a key concept ("the need for peer
 *       support", "participation in peer support"), the relation links the key concepts on
 *       either side of it.
 * </ul>
 */
public final class PeerSupportReview {
  /**
   * The reference numbers of the included papers in the order Table 3 lists its rows, top to
   * bottom. Table 3 groups the papers by disease (RA, chronic disease, cancer, HIV, CVD, diabetes,
   * asthma) and orders the groups, and the papers within each group, in an order of its own that
   * follows no rule of the data (neither alphabetical, nor by reference number, nor consistently
   * by year), so it is kept here as the paper's presentation order.
   */
  public static final ImmutableList<Citation> TABLE_3_ROW_ORDER =
      citations(
          34, 42, 36, // RA
          35, 33, 13, 22, // Chronic disease
          38, 30, 39, 37, 46, // Cancer
          24, 45, 21, 44, 23, // HIV
          32, 47, // CVD
          40, 43, 25, 48, // Diabetes
          31, 41); // Asthma

  private static final String MENTORS = "Mentors";
  private static final String MENTEES = "Mentees";
  private static final String DURING = "During intervention";
  private static final String POST = "Post-intervention";

  private static final String ONE_ON_ONE = "One on one (face-to-face)";
  private static final String GROUP = "Group";
  private static final String TELEPHONE = "Telephone";
  private static final String MIXED = "Mixed";

  private static final String BIDIRECTIONAL = "Bidirectional (no designation of mentor/mentee)";

  private static final Review REVIEW = describe();

  private PeerSupportReview() {}

  private static ImmutableList<Citation> citations(int... references) {
    return Arrays.stream(references).mapToObj(Citation::of).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the review of Embuldeniya et al. (2013): its searches, exclusions, included papers,
   * key concepts, reconstructed raw concepts with their extractions and translations, key concept
   * grid and line of argument.
   *
   * @return the review, built once
   */
  public static Review review() {
    return REVIEW;
  }

  private static Review describe() {
    return MetaEthnography.review(
            "The experience and impact of chronic disease peer support interventions:"
                + " a qualitative synthesis")
        .stakeholders(MENTORS, MENTEES)
        // The paper does not say which reviewers found which concept: no reviewer is declared.
        .phases(DURING, POST)
        // The verbs of the line of argument (section 3.5 and the sentences its relations rest on).
        .relationKinds(
            "alleviates",
            "becomes",
            "contributes to",
            "facilitates",
            "fosters",
            "helps",
            "leads to",
            "precedes",
            "prompts",
            "reproduces where lacking",
            "risks")
        // Table 2a: abstracts reviewed, articles retrieved, quality appraisal, articles included.
        .search("Rheumatic disease", 1298, 209, 12, 3)
        .search("Cancer", 4631, 219, 11, 5)
        .search("Diabetes", 3853, 365, 7, 3)
        .search("Asthma", 1947, 205, 1, 1)
        .search("CVD", 3563, 125, 6, 3)
        .search("HIV", 3579, 96, 10, 4)
        .search("Chronic disease", 2618, 193, 11, 6)
        // Table 2b.
        .exclusion("Qualitative data lacking, limited, or lacked rigour", 11)
        .exclusion("Absence of/inadequate analysis", 4)
        .exclusion("Descriptive; no purposeful study conducted", 1)
        .exclusion(
            "Study yet to be conducted (e.g., focuses on aspects of setting up program)", 4)
        .exclusion("Review", 1)
        .exclusion("Not pertinent to scope of research topic", 5)
        .exclusion("Did not meet inclusion criteria", 6)
        .exclusion("Duplicate", 1)
        // Table 1, One on one (face-to-face); participant type: Mentors.
        .paper(
            23,
            p ->
                p.by(
                        "Hilfinger Messias D",
                        "Moneyham L",
                        "Vyavaharkar M",
                        "Murdaugh C",
                        "Phillips K")
                    .year(2009)
                    .titled(
                        "Embodied work: insider perspectives on the work of HIV/AIDS peer"
                            + " counselor")
                    .in("Health Care Women Int")
                    .condition("HIV")
                    .format(ONE_ON_ONE)
                    .intervention("Peer meetings took place every 2–3 weeks for a 6 month period.")
                    .duration("6 months")
                    .perspective(MENTORS))
        // Table 1, Group; participant type: Mentees.
        .paper(
            34,
            p ->
                p.by("Barlow J", "Williams B", "Wright C")
                    .year(2001)
                    .titled(
                        "Patient education for people with arthritis in rural communities:"
                            + " the UK experience")
                    .in("Patient Educ Couns")
                    .condition("RA")
                    .format(GROUP)
                    .intervention(
                        "Challenging arthritis course—the UK version of the Arthritis Self"
                            + " Management Program (ASMP) – comprises of 6 weekly sessions, each"
                            + " of 2.5 h in duration.")
                    .duration("6 weeks")
                    .perspective(MENTEES))
        .paper(
            33,
            p ->
                p.by("Barlow J", "Bancroft G", "Turner A")
                    .year(2005)
                    .titled(
                        "Self-management training for people with chronic disease: a shared"
                            + " learning experience")
                    .in("J Health Psychol")
                    .condition("Chronic disease")
                    .format(GROUP)
                    .intervention(
                        "The Chronic Disease Self-Management Course (CDSMC) comprises 6 weekly"
                            + " sessions, each lasting approximately 2 h, guided by a manual,"
                            + " membership of the voluntary organization was not mandatory")
                    .duration("6 weeks")
                    .perspective(MENTEES))
        .paper(
            36,
            p ->
                p.by(
                        "Barlow J",
                        "Turner A",
                        "Swaby L",
                        "Gilchrist M",
                        "Wright C",
                        "Doherty M")
                    .year(2009)
                    .titled("An 8-yr follow-up of arthritis self-management programme participants")
                    .in("Rheumatology")
                    .condition("RA")
                    .format(GROUP)
                    .intervention(
                        "The ASMP consists of six sessions of 2 h durations every week delivered"
                            + " in community settings by pairs of lay leaders.")
                    .duration("6 weeks")
                    .perspective(MENTEES))
        // Merged row "Barlow [22] Beckmann [37]", "Chronic disease Cancer".
        .paper(
            22,
            p ->
                p.by("Barlow J", "Edwards R", "Turner A")
                    .year(2009)
                    .titled(
                        "The experience of attending a lay-led, chronic disease self-management"
                            + " programme from the perspective of participants with multiple"
                            + " sclerosis")
                    .in("Psychol Health")
                    .condition("Chronic disease")
                    .format(GROUP)
                    .intervention("CDSMC format")
                    .perspective(MENTEES))
        .paper(
            37,
            p ->
                p.by("Beckmann K", "Strassnick K", "Abell L", "Hermann J", "Oakley B")
                    .year(2007)
                    .titled(
                        "Is a chronic disease self-management program beneficial to people"
                            + " affected by cancer?")
                    .in("Aust J Prim Health")
                    .condition("Cancer")
                    .format(GROUP)
                    .intervention(
                        "Programs were delivered as outlined in the chronic disease"
                            + " self-management workshop leaders manual (Stanford Patient"
                            + " Education Centre, 1999). The program is usually offered as a"
                            + " six-week structured course for groups of 12 to 16 participants.")
                    .perspective(MENTEES))
        // Merged row "Coward [39] Fu [41]", "Cancer Asthma".
        .paper(
            39,
            p ->
                p.by("Coward D", "Kahn D")
                    .year(2005)
                    .titled(
                        "Transcending breast cancer making meaning from diagnosis and"
                            + " treatment")
                    .in("J Holist Nurs")
                    .condition("Cancer")
                    .format(GROUP)
                    .intervention("8 weekly group sessions, 1.5 h/session")
                    .duration("8 weeks")
                    .perspective(MENTEES))
        .paper(
            41,
            p ->
                p.by("Fu D", "Ding Y", "McGowan P", "Fu H")
                    .year(2006)
                    .titled(
                        "Qualitative evaluation of chronic disease self management program"
                            + " (CDSMP) in Shanghai")
                    .in("Patient Educ Couns")
                    .condition("Asthma")
                    .format(GROUP)
                    .intervention(
                        "Intervention followed the Chronic Disease Self-Management Program"
                            + " (CDSMP) course which consists of seven sessions, 2–2.5 h per"
                            + " session over 7 consecutive weeks, delivered to groups of 10–15"
                            + " people in community settings according to the CDSMP leaders"
                            + " manual.")
                    .duration("7 weeks")
                    .perspective(MENTEES))
        .paper(
            21,
            p ->
                p.by("Gifford A", "Sengupta S")
                    .year(1999)
                    .titled("Self-management health education for chronic HIV infection")
                    .in("AIDS Care")
                    .condition("HIV")
                    .format(GROUP)
                    .intervention(
                        "7 weekly educational sessions of 2.5 h each, for a total of 17.5 h."
                            + " Each group was composed of 10–15 HIV-positive individuals.")
                    .duration("7 weeks")
                    .perspective(MENTEES))
        .paper(
            44,
            p ->
                p.by("Hyde J", "Appleby P", "Weiss G", "Bailey J", "Morgan X")
                    .year(2005)
                    .titled(
                        "Group level interventions for persons living with HIV: a catalyst for"
                            + " individual change")
                    .in("AIDS Educ Prev")
                    .condition("HIV")
                    .format(GROUP)
                    .intervention(
                        "Format differed. Included the AIDS project Los Angeles (offers"
                            + " educational forums and multi-session small-group workshops),"
                            + " Los Angeles Gay and Lesbian center's positive images consortia"
                            + " and tarzana treatment center (offers forums and multisession"
                            + " small-group workshops to both newly diagnosed and HIV-positive"
                            + " individuals who were diagnosed longer than 2 years), Los Angeles"
                            + " Shanti (offers LOVE positive seminars, multisession small-group"
                            + " workshops conducted across one weekend with a series of nine"
                            + " weekly follow-up support groups).")
                    .perspective(MENTEES))
        .paper(
            48,
            p ->
                p.by("Struthers R", "Hodge F", "Geishirt-Cantrell B", "De Cora L")
                    .year(2003)
                    .titled(
                        "Participants, experiences of talking circles on type 2 diabetes in two"
                            + " northern plains American Indian tribes")
                    .in("Qual Health Res")
                    .condition("Diabetes")
                    .format(GROUP)
                    .intervention(
                        "The talking circle, a culturally appropriate, 12 week educational"
                            + " intervention")
                    .duration("12 weeks")
                    .perspective(MENTEES))
        // Table 1, Group; participant type: Mentors. Merged row "Barlow [35] Hainsworth [42]",
        // "Chronic disease RA".
        .paper(
            35,
            p ->
                p.by("Barlow J", "Bancroft G", "Turner A")
                    .year(2005)
                    .titled(
                        "Volunteer, lay tutors' experiences of the chronic disease"
                            + " self-management course: being valued and adding value")
                    .in("Health Educ Res")
                    .condition("Chronic disease")
                    .format(GROUP)
                    .intervention("CDSMC format")
                    .perspective(MENTORS))
        .paper(
            42,
            p ->
                p.by("Hainsworth J", "Barlow J")
                    .year(2001)
                    .titled(
                        "Volunteers' experiences of becoming arthritis self-management lay"
                            + " leaders: \"it's almost as if I've stopped aging and started to"
                            + " get younger!\"")
                    .in("Arthritis Rheum")
                    .condition("RA")
                    .format(GROUP)
                    .intervention(
                        "The course comprises 6 weekly sessions, each of two and a half hours"
                            + " duration led by pairs of lay leaders.")
                    .duration("6 weeks")
                    .perspective(MENTORS))
        // Table 1, Group; participant type: Mentors and mentees.
        .paper(
            40,
            p ->
                p.by(
                        "Dietrick L",
                        "Paxton H",
                        "Rivera A",
                        "Gertner E",
                        "Biery N",
                        "Letcher A")
                    .etAl()
                    .year(2010)
                    .titled(
                        "Understanding the role of the promotora in a latino diabetes"
                            + " education program")
                    .in("Qual Health Res")
                    .condition("Diabetes")
                    .format(GROUP)
                    .intervention(
                        "12-h, 6-week, Spanish-language, promotora-led, diabetes"
                            + " self-management education program (\"Learning about diabetes\")"
                            + " or \"promotora program.\" Two-hour class sessions were held each"
                            + " week.")
                    .duration("6 weeks")
                    .perspective(MENTORS, MENTEES))
        .paper(
            47,
            p ->
                p.by("Stewart M", "Davidson K", "Meade D", "Hirth A", "Weld-Viscount P")
                    .year(2001)
                    .titled("Group support for couples coping with a cardiac condition")
                    .in("J Adv Nurs")
                    .condition("CVD")
                    .format(GROUP)
                    .intervention(
                        "5 support groups (ranging in size from two to three couples) were held"
                            + " 1 h weekly for 12 weeks.")
                    .duration("12 weeks")
                    .perspective(MENTORS, MENTEES))
        .paper(
            13,
            p ->
                p.by("Wilson P", "Kendall S", "Brooks F")
                    .year(2007)
                    .titled(
                        "The expert patients programme: a paradox of patient empowerment and"
                            + " medical dominance")
                    .in("Health Soc Care Community")
                    .condition("Chronic disease")
                    .format(GROUP)
                    .intervention(
                        "Two interventions were included; the lay-led Expert Patients Program"
                            + " (EPP) and an 8 week professional-led Back Fitness Course (BFC)"
                            + " The BFC comprised of weekly 2 h sessions; the EPP comprised of"
                            + " weekly 2.5 h sessions over 6 weeks.")
                    .perspective(MENTORS, MENTEES))
        // Table 1, Telephone; participant type: Mentors.
        .paper(
            32,
            p ->
                p.by("Whittemore R", "Rankin S", "Callahan C", "Leder M", "Carroll D")
                    .year(2000)
                    .titled("The peer advisor experience providing social support")
                    .in("Qual Health Res")
                    .condition("CVD")
                    .format(TELEPHONE)
                    .intervention("12 week telephone peer support intervention")
                    .duration("12 weeks")
                    .perspective(MENTORS))
        // Table 1, Telephone; participant type: Bidirectional (no designation of mentor/mentee).
        .paper(
            43,
            p ->
                p.by("Heisler M", "Piette J")
                    .year(2005)
                    .titled(
                        "\"I help you, and you help me\": facilitated telephone peer support"
                            + " among patients with diabetes")
                    .in("Diabetes Educ")
                    .condition("Diabetes")
                    .format(TELEPHONE)
                    .intervention(
                        "A prototype interactive voice response peer support system was tested"
                            + " with patient pairs.")
                    .undesignatedPerspective(BIDIRECTIONAL))
        // Table 1, Mixed; participant type: Mentors.
        .paper(
            31,
            p ->
                p.by("Brown C", "Hennings J", "Caress A", "Partridge M")
                    .year(2007)
                    .titled(
                        "Lay educators in asthma self-management: reflections on their"
                            + " training and experiences")
                    .in("Patient Educ Couns")
                    .condition("Asthma")
                    .format(MIXED)
                    .intervention(
                        "One-on-one face-to-face and telephone contact. An Initial"
                            + " consultation of up to 45 min was followed by a second"
                            + " face-to-face reinforcing session of up to 30 min duration, three"
                            + " weeks after the first consultation and 3 monthly telephone"
                            + " follow-up for 12 months.")
                    .duration("12 months")
                    .perspective(MENTORS))
        .paper(
            45,
            p ->
                p.by("Marino P", "Simoni J", "Silverstein L")
                    .year(2007)
                    .titled(
                        "Peer support to promote medication adherence among people living with"
                            + " HIV/AIDS: the benefits to peers")
                    .in("Soc Work Health Care")
                    .condition("HIV")
                    .format(MIXED)
                    .intervention(
                        "Mix of group and one-on-one (telephone and face-to-face)."
                            + " Twice-monthly one-hour group meetings were held at a clinic, and"
                            + " phone calls from mentors to their assigned participants were made"
                            + " thrice weekly. Peers remained actively involved for an average of"
                            + " 11 months.")
                    .perspective(MENTORS))
        // Table 1, Mixed; participant type: Mentees.
        .paper(
            38,
            p ->
                p.by("Carlsson C", "Nilbert M", "Nilsson K")
                    .year(2005)
                    .titled(
                        "Supporter or obstructer; experiences from contact person activities"
                            + " among Swedish women with breast cancer")
                    .in("BMC Health Serv Res")
                    .condition("Cancer")
                    .format(MIXED)
                    .intervention(
                        "Swedish patient associations for breast cancer patients offer support"
                            + " in both one-on-one and group formats")
                    .perspective(MENTEES))
        // Table 1, Mixed; participant type: Mentors and mentees. Merged row
        // "Harris [24] Joseph [25]", "HIV Diabetes".
        .paper(
            24,
            p ->
                p.by("Harris G", "Larsen D")
                    .year(2007)
                    .titled(
                        "HIV peer counseling and the development of hope: perspectives from"
                            + " peer counselors and peer counseling recipients")
                    .in("AIDS Patient Care STDS")
                    .condition("HIV")
                    .format(MIXED)
                    .intervention("Format not described")
                    .perspective(MENTORS, MENTEES))
        .paper(
            25,
            p ->
                p.by("Joseph D", "Griffin M", "Hall R", "Sullivan E")
                    .year(2001)
                    .titled(
                        "Peer coaching: an intervention for individuals struggling with"
                            + " diabetes")
                    .in("Diabetes Educ")
                    .condition("Diabetes")
                    .format(MIXED)
                    .intervention(
                        "One hour face-to-face meeting and then telephone calls on a weekly"
                            + " basis for a 10–15 min discussion for 8 consecutive weeks")
                    .duration("8 weeks")
                    .perspective(MENTORS, MENTEES))
        .paper(
            46,
            p ->
                p.by(
                        "Sheppard V",
                        "Figueiredo M",
                        "Canñar J",
                        "Goodman M",
                        "Caicedo L",
                        "Kaufman A")
                    .etAl()
                    .year(2008)
                    .titled(
                        "Latina a latina: developing a breast cancer decision support"
                            + " intervention")
                    .in("Psychooncology")
                    .condition("Cancer")
                    .format(MIXED)
                    .intervention(
                        "Intervention was integrated within an existing Latino breast cancer"
                            + " community program and consisted of one in-person session at"
                            + " patients' homes and a phone follow-up one week later.")
                    .perspective(MENTORS, MENTEES))
        .paper(
            30,
            p ->
                p.by("Sutton L", "Erlen J")
                    .year(2006)
                    .titled(
                        "Effects of mutual dyad support on quality of life in women with breast"
                            + " cancer")
                    .in("Cancer Nurs")
                    .condition("Cancer")
                    .format(MIXED)
                    .intervention(
                        "Mutual dyadic support intervention. Each dyad connected by telephone"
                            + " or by face-to-face meetings at least twice per week during the"
                            + " 8-week intervention.")
                    .duration("8 weeks")
                    .perspective(MENTORS, MENTEES))
        // Key concepts in the column order of Table 3.
        // Section 3.1.1.
        .keyConcept(
            "Sense of connection",
            k ->
                k.definedAs(
                        "The rapport that grows between mentors and mentees when they recognise"
                            + " common ground beyond the disease itself: similar challenges,"
                            + " circumstances, values and commitment to the programme. Where"
                            + " peers seem too unlike one another, the bond does not form.")
                    .phase(DURING)
                    .concerns(MENTORS, MENTEES))
        // Section 3.1.2.
        .keyConcept(
            "Experiential knowledge",
            k ->
                k.definedAs(
                        "Mentors' lived experience of the disease, drawn on to reach, guide and"
                            + " reassure mentees and giving their advice a credibility that"
                            + " professional information lacks. It is limited by what one person"
                            + " has lived through and cannot stand in for medical expertise.")
                    .phase(DURING)
                    .concerns(MENTORS, MENTEES))
        // Section 3.1.3.
        .keyConcept(
            "Finding meaning",
            k ->
                k.definedAs(
                        "Recovering a sense of value, purpose and hope in life after a chronic"
                            + " diagnosis has eroded it, as peer support leads people to"
                            + " reconsider how they live and what matters most to them.")
                    .phase(DURING)
                    .concerns(MENTORS, MENTEES))
        // Section 3.1.4.
        .keyConcept(
            "Isolation",
            k ->
                k.definedAs(
                        "Feeling alone, estranged or frustrated with one's illness, a state"
                            + " that draws people to peer support in the first place. Peer"
                            + " support mostly relieves it, yet can also recreate it, as when"
                            + " peers seem mismatched or professionals leave mentors unsupported.")
                    .phase(DURING)
                    .concerns(MENTORS, MENTEES))
        // Section 3.2.1.
        .keyConcept(
            "Sharing",
            k ->
                k.definedAs(
                        "Mentees trading accounts of life with illness, the feelings it stirs"
                            + " and how they cope, which makes their condition feel ordinary and"
                            + " creates belonging. It can also turn sour, through negative"
                            + " comparison or rivalry over whose condition is worse.")
                    .phase(DURING)
                    .concerns(MENTEES))
        // Section 3.3.1.
        .keyConcept(
            "Helping",
            k ->
                k.definedAs(
                        "The practical, emotional and informational assistance mentors give"
                            + " individuals and communities, from advice and advocacy to linking"
                            + " people with health services. Giving it can lend mentors meaning,"
                            + " self-worth and strength, but risks leaving them feeling"
                            + " ineffective.")
                    .phase(DURING)
                    .concerns(MENTORS))
        // Section 3.3.2.
        .keyConcept(
            "Reciprocity",
            k ->
                k.definedAs(
                        "The two-way giving and receiving that emerges when a relationship"
                            + " expected to run from mentor to mentee becomes mutual, so that"
                            + " mentors benefit as well. Where it is missing, or only one partner"
                            + " believes in it, the relationship suffers.")
                    .phase(DURING)
                    .concerns(MENTORS))
        // Section 3.3.3.
        .keyConcept(
            "Role satisfaction",
            k ->
                k.definedAs(
                        "The fulfilment mentors draw from their role when they feel valued and"
                            + " see mentees improve. It fades when their help goes unused or is"
                            + " turned down, or when paperwork and rigid protocols weigh on the"
                            + " role.")
                    .phase(DURING)
                    .concerns(MENTORS))
        // Section 3.3.4.
        .keyConcept(
            "Emotional entanglement",
            k ->
                k.definedAs(
                        "The strain close ties with mentees can place on mentors: being"
                            + " overwhelmed by a mentee's troubles, reliving their own pain,"
                            + " losing clear boundaries, or grieving when the relationship ends."
                            + " Well supported, mentors can grow from working through it.")
                    .phase(DURING)
                    .concerns(MENTORS))
        // Section 3.4.1.
        .keyConcept(
            "Changed outlook",
            k ->
                k.definedAs(
                        "A new way of seeing one's illness and future after giving or receiving"
                            + " peer support, with acceptance of the disease and renewed hope,"
                            + " purpose and sense of self. It tends to come before changes in"
                            + " behaviour.")
                    .phase(POST)
                    .concerns(MENTORS, MENTEES))
        // Section 3.4.2.
        .keyConcept(
            "Changed behaviour",
            k ->
                k.definedAs(
                        "Dropping old habits and taking up new ones, such as active"
                            + " self-management, healthier living and a different footing with"
                            + " health professionals, which mentees and mentors tied to better"
                            + " well-being and confidence in managing their disease.")
                    .phase(POST)
                    .concerns(MENTORS, MENTEES))
        // Section 3.4.3.
        .keyConcept(
            "Changed knowledge",
            k ->
                k.definedAs(
                        "What participants learned, or were reminded of, about their disease"
                            + " and its self-management from mentors, fellow participants and"
                            + " programme materials, and often passed on to others. For some the"
                            + " content was too thin or hurried for this to happen.")
                    .phase(POST)
                    .concerns(MENTORS, MENTEES))
        // Section 3.4.4.
        .keyConcept(
            "Empowerment",
            k ->
                k.definedAs(
                        "Gaining the confidence and capacity to cope with and take charge of"
                            + " one's disease, including speaking up and sharing in treatment"
                            + " decisions. It is shaped by programmes that may at the same time"
                            + " reinforce medical authority.")
                    .phase(POST)
                    .concerns(MENTORS, MENTEES))
        // Raw concepts, a reconstruction: section 2.4 says 36 concepts were first identified and
        // grouped into the 13 key concepts, but the paper never lists them. Each is rebuilt from
        // the sentences of the section that describes its key concept; its note names the
        // section and quotes the words it rests on. Extractions are recorded only where the text
        // cites a paper. The paper does not say which reviewers found which concept (section 2.4:
        // each article was reviewed by three to four individuals), so the whole team is recorded.
        // Section 3.1.1.
        .concept(
            "Shared illness experience",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Closeness between mentors and mentees that grows from living with the"
                            + " same disease and from having comparable lives, values and"
                            + " commitment to the programme.")
                    .note(
                        "Reconstructed from section 3.1.1: \"A shared disease fostered this"
                            + " bond\" and \"all helped to forge a sense of connection\"."))
        .concept(
            "Perceived dissimilarity",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "A sense that one's peers are too unlike oneself, in circumstances,"
                            + " values, age or illness, which keeps rapport from forming.")
                    .note(
                        "Reconstructed from section 3.1.1: \"a perceived lack of similarity"
                            + " with peers\" \"hindered rapport\"."))
        .concept(
            "Blend of diagnoses",
            c ->
                c.secondOrder()
                    .voices(MENTEES)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Value participants found in groups that mixed people at different"
                            + " points of the same disease, with unequal skills and knowledge"
                            + " of it.")
                    .note(
                        "Reconstructed from section 3.1.1: \"participants felt they benefited"
                            + " from this blend\" (papers [21,22])."))
        .translate(
            "Sense of connection",
            TranslationKind.RECIPROCAL,
            "Shared illness experience",
            "Perceived dissimilarity",
            "Blend of diagnoses")
        .found("Blend of diagnoses", 21, e -> {})
        .found("Blend of diagnoses", 22, e -> {})
        // Section 3.1.2.
        .concept(
            "Life experience as resource",
            c ->
                c.firstOrder()
                    .voices(MENTORS)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Mentors' own history with the disease, treated as the main asset they"
                            + " bring: a way into mentees' lives and a guide toward resources.")
                    .note(
                        "Reconstructed from section 3.1.2: \"Mentors' personal life experiences"
                            + " were seen as 'an essential resource'\"."))
        .concept(
            "Relationship between equals",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "A mentoring bond felt as one between equals, with little of the power"
                            + " gap between patient and professional, because guidance rests on"
                            + " a shared identity.")
                    .note(
                        "Reconstructed from section 3.1.2: the relationship \"was characterized"
                            + " as 'a genuine relationship between equals'\"."))
        .concept(
            "Personal understanding",
            c ->
                c.firstOrder()
                    .voices(MENTEES)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Support and validation that mentees trust because the mentor knows"
                            + " first-hand how hard it is to change one's behaviour.")
                    .note(
                        "Reconstructed from section 3.1.2: \"Mentors' support and validation"
                            + " were grounded in a 'personal understanding'\"."))
        .concept(
            "Limits of lived experience",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "The bounds of what one mentor's history can offer: lives unlike their"
                            + " own, medical questions they cannot answer, and confidentiality"
                            + " that is hard to keep in small communities.")
                    .note(
                        "Reconstructed from section 3.1.2: \"mentors were aware of the limits of"
                            + " experiential knowledge\" and \"inability to answer medical"
                            + " questions\"."))
        .translate(
            "Experiential knowledge",
            TranslationKind.RECIPROCAL,
            "Life experience as resource",
            "Relationship between equals",
            "Personal understanding",
            "Limits of lived experience")
        .found(
            "Life experience as resource",
            23,
            e -> e.quoting("an essential resource"))
        .found(
            "Relationship between equals",
            24,
            e ->
                e.quoting(
                        "a genuine relationship between equals, containing little power"
                            + " imbalance"))
        .found(
            "Personal understanding",
            25,
            e ->
                e.quoting("personal understanding of how difficult it is to change behavior"))
        // Section 3.1.3.
        .concept(
            "Re-evaluating what matters",
            c ->
                c.secondOrder()
                    .voices(MENTEES)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Reconsidering how one lives and what is important, prompted by meeting"
                            + " peers after a diagnosis has unsettled one's sense of purpose.")
                    .note(
                        "Reconstructed from section 3.1.3: \"individuals re-evaluated their way"
                            + " of being in the world\", and the Discussion (section 4.1):"
                            + " \"mentees could find meaning by re-evaluating their lives\"."))
        .concept(
            "Meaning through giving support",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Value mentors come to see in their own life with the disease through"
                            + " the very act of supporting someone else.")
                    .note(
                        "Reconstructed from sections 3.1.3 and 3.3.1 (\"Helping others enabled"
                            + " mentors to find meaning in their own disease\") and the Discussion"
                            + " (section 4.1): \"the very act of providing peer support might be"
                            + " a way of finding meaning for mentors\"."))
        .concept(
            "Renewed purpose and hope",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .positive()
                    .phase(POST)
                    .definedAs(
                        "A restored sense of purpose and hope that outlasts the programme,"
                            + " making up for what the diagnosis had taken away.")
                    .note(
                        "Reconstructed from section 3.1.3: \"also a longer-term impact of"
                            + " intervention participation\" and \"a loss of meaning, purpose"
                            + " and hope\"."))
        .translate(
            "Finding meaning",
            TranslationKind.RECIPROCAL,
            "Re-evaluating what matters",
            "Meaning through giving support",
            "Renewed purpose and hope")
        // Section 3.1.4.
        .concept(
            "Alienation prompting support",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "Loneliness, estrangement and frustration after a diagnosis, which lead"
                            + " people to look for peer support.")
                    .note(
                        "Reconstructed from section 3.1.4: \"isolation could result from"
                            + " receiving a chronic disease diagnosis, prompting the need for"
                            + " peer support\"."))
        .concept(
            "Relief from being alone",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Feeling less alone after meeting peers in similar situations in a safe"
                            + " setting, and, for mentors, through the human ties mentoring"
                            + " creates.")
                    .note(
                        "Reconstructed from section 3.1.4: \"reduced feelings of being alone\""
                            + " and \"Mentoring decreased mentors' own sense of isolation\"."))
        .concept(
            "Isolation within the intervention",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "Loneliness recreated by peer support itself: a mentor who does not"
                            + " know the mentee's condition, partners whose lives or"
                            + " personalities seem far apart, or mentors left unsupported by"
                            + " professionals.")
                    .note(
                        "Reconstructed from section 3.1.4: \"participants could also experience"
                            + " isolation within peer support interventions\" and \"lack of"
                            + " support and even hostility from professionals\"."))
        // Refutational: section 3.1.4 explains how isolation is "both alleviated and reproduced".
        .translate(
            "Isolation",
            TranslationKind.REFUTATIONAL,
            "Alienation prompting support",
            "Relief from being alone",
            "Isolation within the intervention")
        // Section 3.2.1.
        .concept(
            "Normalising and belonging",
            c ->
                c.secondOrder()
                    .voices(MENTEES)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Trading accounts of illness, feelings and coping, which makes one's"
                            + " condition seem ordinary and gives a place in a community of"
                            + " peers.")
                    .note(
                        "Reconstructed from section 3.2.1: \"Sharing normalized participants'"
                            + " conditions, engendered feelings of peer belonging\"."))
        .concept(
            "Negative social comparison",
            c ->
                c.firstOrder()
                    .voices(MENTEES)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "Sharing that turns discouraging, as mentees measure themselves against"
                            + " one another or compete over who is worse off.")
                    .note(
                        "Reconstructed from section 3.2.1: \"The potential existed for negative"
                            + " social comparison\", and the Discussion (section 4.1): \"whose"
                            + " condition was worse\"."))
        .translate(
            "Sharing",
            TranslationKind.RECIPROCAL,
            "Normalising and belonging",
            "Negative social comparison")
        // Section 3.3.1.
        .concept(
            "Assistance and advocacy",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Mentors' practical, emotional and informational help to people,"
                            + " communities and institutions, from advice and advocacy to"
                            + " bridging the gap to health services.")
                    .note(
                        "Reconstructed from section 3.3.1: \"the provision of assistance by"
                            + " mentors on an individual, communal, and institutional level\"."))
        .concept(
            "Altruistic purpose",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "The moral side of helping: mentors account for what they do by"
                            + " selfless motives and gain morale and self-worth from it.")
                    .note(
                        "Reconstructed from section 3.3.1: \"Helping had a moral dimension,"
                            + " with individuals attributing altruistic motives\"."))
        .concept(
            "Risks of helping",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "What the helping role can cost: feeling left behind, powerless to bring"
                            + " about change, or unable to follow the advice one gives.")
                    .note(
                        "Reconstructed from section 3.3.1: \"Risks were involved, as when"
                            + " mentors felt left behind\"."))
        .translate(
            "Helping",
            TranslationKind.RECIPROCAL,
            "Assistance and advocacy",
            "Altruistic purpose",
            "Risks of helping")
        // Section 3.3.2.
        .concept(
            "Mutual sharing and benefit",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "A relationship expected to run one way that becomes two-way as talk"
                            + " moves beyond health, so that mentors too receive support,"
                            + " growth and reinforcement.")
                    .note(
                        "Reconstructed from section 3.3.2: \"afforded opportunities for mutual"
                            + " sharing and benefit\"."))
        .concept(
            "One-sided giving",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "A relationship in which the mentor only gives and gets no support"
                            + " back.")
                    .note(
                        "Reconstructed from section 3.3.2: \"they did all the giving without"
                            + " receiving any support in return\"."))
        .concept(
            "Misunderstood reciprocity",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "Partners reading the same relationship differently, one taking it to"
                            + " be mutual while the other does not.")
                    .note(
                        "Reconstructed from section 3.3.2: \"one partner believed the"
                            + " relationship to be reciprocal, while the other did not [30]\"."))
        // Refutational: section 3.3.2 explains when reciprocity emerges and when it is missing
        // or misread.
        .translate(
            "Reciprocity",
            TranslationKind.REFUTATIONAL,
            "Mutual sharing and benefit",
            "One-sided giving",
            "Misunderstood reciprocity")
        .found("Misunderstood reciprocity", 30, e -> {})
        // Section 3.3.3.
        .concept(
            "Mattering",
            c ->
                c.firstOrder()
                    .voices(MENTORS)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Mentors' sense that they count: valued by others, making a difference"
                            + " to their lives and holding a role society respects.")
                    .note(
                        "Reconstructed from section 3.3.3: \"Mentors had a sense of 'mattering'"
                            + " by helping\" and \"being valued and adding value\"."))
        .concept(
            "Witnessing improvement",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Fulfilment mentors take from seeing their mentees' health get better.")
                    .note(
                        "Reconstructed from section 3.3.3: \"Witnessing improvement in mentees'"
                            + " health contributed to role satisfaction\"."))
        .concept(
            "Rejection and burden",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "Fulfilment lost when help is unwanted or changes nothing, when mentees"
                            + " drop out or ignore calls, and when paperwork, recruitment and"
                            + " strict protocols weigh on the role.")
                    .note(
                        "Reconstructed from section 3.3.3: \"Mentors could feel rejected when"
                            + " mentees dropped out\", and the Discussion (section 4.1):"
                            + " \"attempts to contact mentees were met with rejection"
                            + " [31,32]\"."))
        .translate(
            "Role satisfaction",
            TranslationKind.RECIPROCAL,
            "Mattering",
            "Witnessing improvement",
            "Rejection and burden")
        .found("Rejection and burden", 31, e -> {})
        .found("Rejection and burden", 32, e -> {})
        // Section 3.3.4.
        .concept(
            "Overwhelming involvement",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .negative()
                    .phase(DURING)
                    .definedAs(
                        "Being drawn into a mentee's troubles at a cost to oneself: old pain"
                            + " revived, boundaries blurred, and a sense of loss when the"
                            + " relationship ends.")
                    .note(
                        "Reconstructed from section 3.3.4: \"when relational boundaries became"
                            + " blurred; and when severing peer relationships led to a sense of"
                            + " loss\"."))
        .concept(
            "Growth through resolution",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .positive()
                    .phase(DURING)
                    .definedAs(
                        "Personal growth mentors gain when, with enough support, they work their"
                            + " way through such entanglements.")
                    .note(
                        "Reconstructed from section 3.3.4: \"resolving emotional entanglements"
                            + " could result in personal growth\"."))
        .translate(
            "Emotional entanglement",
            TranslationKind.RECIPROCAL,
            "Overwhelming involvement",
            "Growth through resolution")
        // Section 3.4.1.
        .concept(
            "Accepting disease identity",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .positive()
                    .phase(POST)
                    .definedAs(
                        "Coming to terms with having the disease and recovering one's former"
                            + " self, with a hopeful, purposeful view of the future.")
                    .note(
                        "Reconstructed from section 3.4.1: \"accepting one's disease identity\""
                            + " and \"individuals regained their old sense of self\"."))
        .concept(
            "Perspective from comparison",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .positive()
                    .phase(POST)
                    .definedAs(
                        "Seeing one's own situation afresh by setting it beside that of peers,"
                            + " which lets mentees and mentors alike find hope in it.")
                    .note(
                        "Reconstructed from section 3.4.1: \"Outlook change was facilitated by"
                            + " social comparison\" and \"Mentors too could benefit from social"
                            + " comparison\"."))
        .translate(
            "Changed outlook",
            TranslationKind.RECIPROCAL,
            "Accepting disease identity",
            "Perspective from comparison")
        // Section 3.4.2.
        .concept(
            "Making self-care a habit",
            c ->
                c.firstOrder()
                    .voices(MENTEES)
                    .positive()
                    .phase(POST)
                    .definedAs(
                        "Mentees turning self-management into routine: a more active stance"
                            + " toward health care, careful use of medicines, fewer risks and"
                            + " healthier living.")
                    .note(
                        "Reconstructed from section 3.4.2: \"developing a more active approach"
                            + " to healthcare and 'making self-care a habit' [13]\"."))
        .concept(
            "Re-affirmed self-management",
            c ->
                c.secondOrder()
                    .voices(MENTORS)
                    .positive()
                    .phase(POST)
                    .definedAs(
                        "Mentors using self-management techniques more in their own diet,"
                            + " exercise and handling of emotions, as teaching them confirms"
                            + " their worth.")
                    .note(
                        "Reconstructed from section 3.4.2: \"Mentors, too, experienced behaviour"
                            + " change as the value of self-management techniques was"
                            + " re-affirmed\"."))
        .translate(
            "Changed behaviour",
            TranslationKind.RECIPROCAL,
            "Making self-care a habit",
            "Re-affirmed self-management")
        .found(
            "Making self-care a habit",
            13,
            e -> e.quoting("making self-care a habit"))
        // Section 3.4.3.
        .concept(
            "Learning about the disease",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .positive()
                    .phase(POST)
                    .definedAs(
                        "New knowledge of the disease, its medicines and self-management and of"
                            + " community services, drawn from mentors, fellow participants and"
                            + " programme materials.")
                    .note(
                        "Reconstructed from section 3.4.3: \"Participants gained knowledge of"
                            + " the disease, its self-management\" and \"Mentors' knowledge also"
                            + " improved\"."))
        .concept(
            "Knowledge passed on and recalled",
            c ->
                c.firstOrder()
                    .voices(MENTEES)
                    .positive()
                    .phase(POST)
                    .definedAs(
                        "Knowledge that spreads beyond the programme as participants teach"
                            + " others, and that the programme refreshes by reminding them of"
                            + " what they already knew.")
                    .note(
                        "Reconstructed from section 3.4.3: \"New knowledge could in turn be"
                            + " passed onto others\" and \"Interventions could also act as a"
                            + " 'reminder'\"."))
        .concept(
            "Knowledge left unchanged",
            c ->
                c.secondOrder()
                    .voices(MENTEES)
                    .negative()
                    .phase(POST)
                    .definedAs(
                        "Learning that did not take place because the content was too thin, too"
                            + " hurried or too hard for lay people to follow.")
                    .note(
                        "Reconstructed from section 3.4.3: \"Not all participants experienced a"
                            + " transformation in knowledge\"."))
        .translate(
            "Changed knowledge",
            TranslationKind.RECIPROCAL,
            "Learning about the disease",
            "Knowledge passed on and recalled",
            "Knowledge left unchanged")
        // Section 3.4.4.
        .concept(
            "Taking control",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .positive()
                    .phase(POST)
                    .definedAs(
                        "Gaining the confidence and capacity to cope with the disease and take"
                            + " charge of it, helped by goals met, information and ties with"
                            + " others.")
                    .note(
                        "Reconstructed from section 3.4.4: \"acquiring confidence and ability to"
                            + " cope, take control of one's disease\"."))
        .concept(
            "Entitlement to speak",
            c ->
                c.secondOrder()
                    .voices(MENTEES)
                    .positive()
                    .phase(POST)
                    .definedAs(
                        "Feeling entitled to talk about one's disease and to take an active"
                            + " part, with professionals, in decisions about treatment.")
                    .note(
                        "Reconstructed from section 3.4.4: \"acquiring a sense of entitlement to"
                            + " talk about one's disease\"."))
        .concept(
            "Medically shaped empowerment",
            c ->
                c.secondOrder()
                    .voices(MENTORS, MENTEES)
                    .negative()
                    .phase(POST)
                    .definedAs(
                        "Empowerment bounded by the biomedical model: programmes value lived"
                            + " experience while their content and structure keep professional"
                            + " authority in place.")
                    .note(
                        "Reconstructed from section 3.4.4: \"Wilson et al. [13] cautioned\" that"
                            + " interventions \"often reinforced traditional biomedical"
                            + " power\"."))
        .translate(
            "Empowerment",
            TranslationKind.RECIPROCAL,
            "Taking control",
            "Entitlement to speak",
            "Medically shaped empowerment")
        .found("Medically shaped empowerment", 13, e -> {})
        // Table 3, in its row order.
        // RA
        .grid(34, "Sense of connection", "Isolation", "Sharing", "Changed outlook",
            "Changed behaviour")
        .grid(42, "Sense of connection", "Experiential knowledge", "Finding meaning", "Helping",
            "Role satisfaction", "Changed outlook")
        .grid(36, "Sense of connection", "Experiential knowledge", "Isolation",
            "Changed outlook", "Changed behaviour", "Changed knowledge")
        // Chronic disease
        .grid(35, "Experiential knowledge", "Finding meaning", "Isolation", "Helping",
            "Role satisfaction", "Changed outlook", "Changed behaviour", "Changed knowledge",
            "Empowerment")
        .grid(33, "Sense of connection", "Experiential knowledge", "Isolation", "Helping",
            "Reciprocity", "Changed outlook", "Changed behaviour", "Changed knowledge")
        .grid(13, "Experiential knowledge", "Isolation", "Sharing", "Changed outlook",
            "Changed behaviour", "Changed knowledge", "Empowerment")
        .grid(22, "Sense of connection", "Experiential knowledge", "Isolation", "Sharing",
            "Changed outlook", "Changed behaviour", "Changed knowledge", "Empowerment")
        // Cancer
        .grid(38, "Sense of connection", "Isolation", "Sharing", "Changed knowledge",
            "Empowerment")
        .grid(30, "Sense of connection", "Isolation", "Helping", "Reciprocity",
            "Changed outlook", "Changed knowledge")
        .grid(39, "Experiential knowledge", "Finding meaning", "Sharing",
            "Emotional entanglement", "Changed outlook", "Changed behaviour",
            "Changed knowledge")
        .grid(37, "Sense of connection", "Isolation", "Sharing", "Changed outlook",
            "Changed knowledge")
        .grid(46, "Experiential knowledge", "Changed knowledge")
        // HIV
        .grid(24, "Experiential knowledge", "Finding meaning", "Isolation", "Helping",
            "Changed outlook", "Changed behaviour", "Changed knowledge", "Empowerment")
        .grid(45, "Sense of connection", "Isolation", "Helping", "Reciprocity",
            "Role satisfaction", "Emotional entanglement", "Changed outlook",
            "Changed knowledge", "Empowerment")
        .grid(21, "Sense of connection", "Isolation", "Helping", "Changed outlook",
            "Changed behaviour", "Changed knowledge")
        .grid(44, "Sense of connection", "Experiential knowledge", "Isolation", "Sharing",
            "Changed outlook", "Changed behaviour", "Changed knowledge")
        .grid(23, "Sense of connection", "Experiential knowledge", "Finding meaning",
            "Isolation", "Helping", "Reciprocity", "Emotional entanglement",
            "Changed knowledge")
        // CVD
        .grid(32, "Sense of connection", "Experiential knowledge", "Finding meaning", "Helping",
            "Reciprocity", "Role satisfaction", "Emotional entanglement", "Changed behaviour",
            "Changed knowledge")
        .grid(47, "Sense of connection", "Experiential knowledge", "Isolation", "Helping",
            "Reciprocity", "Changed outlook", "Changed behaviour", "Changed knowledge")
        // Diabetes
        .grid(40, "Experiential knowledge", "Helping", "Reciprocity", "Changed outlook",
            "Changed behaviour", "Changed knowledge", "Empowerment")
        .grid(43, "Sense of connection", "Finding meaning", "Sharing", "Reciprocity",
            "Changed outlook", "Changed behaviour")
        .grid(25, "Experiential knowledge", "Helping", "Changed outlook", "Changed behaviour")
        .grid(48, "Sense of connection", "Sharing", "Changed outlook", "Changed behaviour",
            "Changed knowledge")
        // Asthma
        .grid(31, "Experiential knowledge", "Isolation", "Helping", "Role satisfaction",
            "Emotional entanglement", "Changed knowledge", "Empowerment")
        .grid(41, "Changed outlook", "Changed behaviour", "Changed knowledge")
        // Line of argument (a reconstruction): section 3.5, sections 3.2 to 3.4 and the Discussion
        // (section 4.1), relations between key concepts in the verb of the sentence each rests on.
        // 3.5: isolation "prompted the need for peer support", during which "mentors and mentees
        // experienced a sense of connection"; the need itself is not a key concept.
        .relation("Isolation", "prompts", "Sense of connection")
        // 3.5: a sense of connection "facilitated by mentees' ability to share".
        .relation("Sharing", "facilitates", "Sense of connection")
        // 3.5: ... "and mentors' experiential knowledge of disease and its management".
        .relation("Experiential knowledge", "facilitates", "Sense of connection")
        // 3.5: "This connection helped both parties find meaning in life".
        .relation("Sense of connection", "helps", "Finding meaning")
        // 3.5: peer support "helped alleviate isolation by providing opportunities for mutual
        // sharing"; 3.2.1: sharing "reduced isolation".
        .relation("Sharing", "alleviates", "Isolation")
        // 3.5: "mentees could feel isolated if a mentor was unfamiliar with specific aspects of
        // their condition"; 3.1.4: isolation "both alleviated and reproduced".
        .relation("Experiential knowledge", "reproduces where lacking", "Isolation")
        // 3.3.1: "Helping roles may transform ..., becoming reciprocal over time".
        .relation("Helping", "becomes", "Reciprocity")
        // 3.5: "The potential to help another and to experience reciprocal support contributed to
        // a sense of satisfaction".
        .relation("Helping", "contributes to", "Role satisfaction")
        .relation("Reciprocity", "contributes to", "Role satisfaction")
        // 3.5: "mentors risked emotional entanglement"; 3.3.2: "The intimacy of mutual sharing
        // also carried risks".
        .relation("Reciprocity", "risks", "Emotional entanglement")
        // 3.3.1: "Helping others enabled mentors to find meaning"; Discussion (4.1): "the very act
        // of providing peer support might be a way of finding meaning for mentors".
        .relation("Helping", "leads to", "Finding meaning")
        // 3.4.3: "Mentors, other group members, and program resources were important sources of
        // informational support"; 3.5: "a transformation in knowledge".
        .relation("Experiential knowledge", "leads to", "Changed knowledge")
        // 3.4.3: acquiring knowledge "also resulted in behaviour change".
        .relation("Changed knowledge", "leads to", "Changed behaviour")
        // 3.4.1: "Mentors' future outlook also changed positively through their ability to help
        // others"; 3.5: as a result of participation, a transformation "in their ... outlook".
        .relation("Helping", "leads to", "Changed outlook")
        // 3.4.1: "Outlook change was facilitated by social comparison", which sharing brings
        // (3.2.1: "negative social comparison").
        .relation("Sharing", "facilitates", "Changed outlook")
        // 3.4.1: a changed outlook "was a precursor to behavior change".
        .relation("Changed outlook", "precedes", "Changed behaviour")
        // 3.4.3: "Acquiring knowledge could empower participants".
        .relation("Changed knowledge", "leads to", "Empowerment")
        // 3.2.1: sharing "fostered hope and empowerment"; 3.4.4: empowerment facilitated by
        // "sharing experiences".
        .relation("Sharing", "fosters", "Empowerment")
        // 3.3.1: helping could improve morale, "thereby providing a sense of empowerment".
        .relation("Helping", "leads to", "Empowerment")
        // 3.5, in the review's own words.
        .lineOfArgumentNote(
            "A reconstruction: the paper's Fig. 1 did not survive; these relations rest on"
                + " section 3.5, sections 3.2 to 3.4 and the Discussion (see PeerSupportReview).")
        .lineOfArgument(
            "A chronic diagnosis can leave people alienated, lonely and frustrated, and this"
                + " isolation is what draws them to peer support. Within an intervention,"
                + " mentees' sharing and mentors' lived knowledge of the disease build a bond"
                + " between them that helps both find meaning in life with the illness. Mentors"
                + " help, their help tends to turn mutual, and both give them satisfaction in the"
                + " role, while the closeness that mutuality brings exposes them to emotional"
                + " entanglement. Peer support mostly eases isolation but can also recreate it, as"
                + " when a mentor does not know the mentee's condition or professionals leave"
                + " mentors unsupported. Afterwards, mentors and mentees alike report changed"
                + " knowledge, outlook and behaviour, and the empowerment to take a more active"
                + " part in their own health care.")
        .build();
  }
}
