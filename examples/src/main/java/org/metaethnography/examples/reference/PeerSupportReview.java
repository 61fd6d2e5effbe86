package org.metaethnography.examples.reference;

import com.google.common.collect.ImmutableList;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.model.Review;

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
 *   <li>the key concept grid: Table 3 ("Distribution of concepts across articles, by disease
 *       type"), one row per paper, in the table's row order.
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
  public static final ImmutableList<Integer> TABLE_3_ROW_ORDER =
      ImmutableList.of(
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

  /**
   * Returns the review of Embuldeniya et al. (2013): its searches, exclusions, included papers,
   * key concepts and key concept grid.
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
        .phases(DURING, POST)
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
        .build();
  }
}
