package org.metaethnography.core.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaethnography.core.MetaEthnography;
import org.metaethnography.core.document.ReviewDocuments;
import org.metaethnography.model.KeyConcept;
import org.metaethnography.model.Review;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reference review's codebook and project, checked by hand and against the standard's rules.
 */
final class RefiQdaTest {
  private static final Path REFERENCE =
      Path.of(
          "../examples/src/main/resources/org/metaethnography/examples/reference/"
              + "peer-support-review.json");

  private static final Pattern GUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private static Review reference() throws IOException {
    return ReviewDocuments.read(REFERENCE).review();
  }

  @Test
  void codebook_referenceReview_holdsThe13KeyConceptsWithTheirRawConcepts() throws IOException {
    Review review = reference();

    Codebook codebook = CodebookReader.strict().parse(RefiQda.codebook(review));

    // Counted by hand from the document's translations.
    Map<String, Integer> rawConcepts =
        Map.ofEntries(
            Map.entry("Sense of connection", 3),
            Map.entry("Experiential knowledge", 4),
            Map.entry("Finding meaning", 3),
            Map.entry("Isolation", 3),
            Map.entry("Sharing", 2),
            Map.entry("Helping", 3),
            Map.entry("Reciprocity", 3),
            Map.entry("Role satisfaction", 3),
            Map.entry("Emotional entanglement", 2),
            Map.entry("Changed outlook", 2),
            Map.entry("Changed behaviour", 2),
            Map.entry("Changed knowledge", 3),
            Map.entry("Empowerment", 3));
    assertThat(codebook.themes()).isEmpty();
    assertThat(codebook.keyConcepts())
        .extracting(Codebook.Code::name)
        .containsExactly(
            "Sense of connection",
            "Experiential knowledge",
            "Finding meaning",
            "Isolation",
            "Sharing",
            "Helping",
            "Reciprocity",
            "Role satisfaction",
            "Emotional entanglement",
            "Changed outlook",
            "Changed behaviour",
            "Changed knowledge",
            "Empowerment");
    codebook
        .keyConcepts()
        .forEach(k -> assertThat(k.children()).hasSize(rawConcepts.get(k.name())));
    assertThat(codebook.concepts()).hasSize(36);
    assertThat(codebook.translations().get("Sense of connection"))
        .containsExactly(
            "Shared illness experience", "Perceived dissimilarity", "Blend of diagnoses");
    assertThat(codebook.keyConcepts().get(0).description())
        .isEqualTo(review.keyConcept("Sense of connection").flatMap(KeyConcept::definition));
    assertThat(codebook.setAside()).isEmpty();
    assertThat(codebook.colours()).isEmpty();
    assertThat(codebook.origin()).contains("metaethnography");
  }

  @Test
  void codebook_writtenTwice_isTheSameTextWithTheSameGuids() throws IOException {
    String first = RefiQda.codebook(reference());
    String second = RefiQda.codebook(reference());

    assertThat(second).isEqualTo(first);
    assertThat(first)
        .contains(
            "guid=\""
                + Guids.of(Guids.Kind.KEY_CONCEPT, "Sense of connection")
                + "\" name=\"Sense"
                + " of connection\" isCodable=\"true\"");
  }

  @Test
  void codebook_referenceReview_keepsTheStandardsRules() throws Exception {
    Document document = parse(RefiQda.codebook(reference()).getBytes(StandardCharsets.UTF_8));
    Element root = document.getDocumentElement();

    assertThat(root.getNamespaceURI()).isEqualTo("urn:QDA-XML:codebook:1.0");
    assertThat(root.getLocalName()).isEqualTo("CodeBook");
    assertThat(childNames(root)).containsExactly("Codes");
    NodeList codes = root.getElementsByTagNameNS("urn:QDA-XML:codebook:1.0", "Code");
    assertThat(codes.getLength()).isEqualTo(13 + 36);
    List<String> guids = new ArrayList<>();
    for (int i = 0; i < codes.getLength(); i++) {
      Element code = (Element) codes.item(i);
      assertThat(code.getAttribute("guid")).matches(GUID);
      assertThat(code.getAttribute("name")).isNotBlank();
      assertThat(code.getAttribute("isCodable")).isEqualTo("true");
      // Description, then codes: the schema's sequence.
      List<String> children = childNames(code);
      assertThat(children.indexOf("Description")).isLessThanOrEqualTo(0);
      assertThat(children.stream().filter(c -> !c.equals("Code")).count()).isLessThanOrEqualTo(1);
      guids.add(code.getAttribute("guid"));
    }
    assertThat(guids).doesNotHaveDuplicates();
  }

  @Test
  void codebook_reviewWithThemesAndConceptsSetAside_writesThemesAboveAndSetsOfReasons() {
    Review review =
        MetaEthnography.review("Respite care")
            .theme("Living with caring", t -> t.definedAs("What caring does").groups("Respite"))
            .keyConcept("Respite", k -> k.definedAs("Time away"))
            .keyConcept("Trust in staff", k -> {})
            .concept("Time for oneself", c -> c.definedAs("Hours\r\nof one's own & \"more\""))
            .concept("Staff who know him", c -> {})
            .concept("Costs of travel", c -> {})
            .translate("Respite", "Time for oneself")
            .translate("Trust in staff", "Staff who know him")
            .setAside("Costs of travel", "Not about respite")
            .build();

    String xml = RefiQda.codebook(review);
    Codebook codebook = CodebookReader.strict().parse(xml);

    assertThat(xml)
        .contains("<Code guid=\"" + Guids.of(Guids.Kind.THEME, "Living with caring"))
        .contains("isCodable=\"false\"")
        .contains("<Set guid=\"" + Guids.of(Guids.Kind.SET_ASIDE, "Not about respite"));
    assertThat(codebook.themes())
        .extracting(Codebook.Code::name)
        .containsExactly("Living with caring");
    assertThat(codebook.concepts().get(0).description())
        .contains("Hours\r\nof one's own & \"more\"");
    assertThat(codebook.setAside())
        .containsExactly(Map.entry("Costs of travel", "Not about respite"));
    Review back = codebook.describeInto(MetaEthnography.review("Respite care")).build();
    assertThat(back.themes()).isEqualTo(review.themes());
    assertThat(back.keyConcepts()).isEqualTo(review.keyConcepts());
    assertThat(back.concepts()).isEqualTo(review.concepts());
    assertThat(back.setAside()).isEqualTo(review.setAside());
  }

  @Test
  void codebook_characterXmlCannotHold_isRefusedNamingTheValue() {
    Review review =
        MetaEthnography.review("r")
            .keyConcept("Key", k -> k.definedAs("bell \u0007 here"))
            .concept("Raw", c -> {})
            .translate("Key", "Raw")
            .build();

    assertThatThrownBy(() -> RefiQda.codebook(review))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"bell \u0007 here\" holds the character U+0007, which XML 1.0 cannot hold");
  }

  @Test
  void project_referenceReview_holdsPapersCodesNotesSetsAndTheModel() throws Exception {
    Review review = reference();

    Document document = parse(unzipped(RefiQda.projectArchive(review)));
    Element root = document.getDocumentElement();

    String ns = "urn:QDA-XML:project:1.0";
    assertThat(root.getNamespaceURI()).isEqualTo(ns);
    assertThat(root.getAttribute("name")).isEqualTo(review.title());
    // The schema's sequence of the project's parts, those the review has.
    assertThat(childNames(root))
        .containsExactly(
            "CodeBook", "Variables", "Cases", "Notes", "Sets", "Graphs", "Description");
    assertThat(root.getElementsByTagNameNS(ns, "Code").getLength()).isEqualTo(49);
    assertThat(root.getElementsByTagNameNS(ns, "Case").getLength()).isEqualTo(25);
    long quotations = review.extractions().stream().filter(e -> e.evidence().isPresent()).count();
    assertThat(root.getElementsByTagNameNS(ns, "Note").getLength())
        .isEqualTo((int) quotations + review.interpretations().size());
    assertThat(root.getElementsByTagNameNS(ns, "Edge").getLength())
        .isEqualTo(review.lineOfArgument().relations().size());
    Element firstCase = (Element) root.getElementsByTagNameNS(ns, "Case").item(0);
    assertThat(firstCase.getAttribute("name")).isEqualTo("[23]");
    assertThat(firstCase.getElementsByTagNameNS(ns, "CodeRef").getLength()).isPositive();
    // Every reference resolves to a GUID the project declares.
    List<String> declared = new ArrayList<>();
    List<String> referred = new ArrayList<>();
    NodeList all = root.getElementsByTagNameNS(ns, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute("guid")) {
        assertThat(element.getAttribute("guid")).matches(GUID);
        declared.add(element.getAttribute("guid"));
      }
      for (String reference :
          List.of("targetGUID", "representedGUID", "sourceVertex", "targetVertex")) {
        if (element.hasAttribute(reference)) {
          referred.add(element.getAttribute(reference));
        }
      }
    }
    assertThat(declared).doesNotHaveDuplicates();
    assertThat(declared).containsAll(referred);
  }

  @Test
  void writeProject_twice_writesTheSameArchive(@TempDir Path directory) throws IOException {
    Path first = directory.resolve("a.qdpx");
    Path second = directory.resolve("b.qdpx");
    Path codebook = directory.resolve("c.qdc");

    RefiQda.writeProject(reference(), first);
    RefiQda.writeProject(reference(), second);
    RefiQda.writeCodebook(reference(), codebook);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readString(codebook)).isEqualTo(RefiQda.codebook(reference()));
  }

  private static byte[] unzipped(byte[] archive) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      ZipEntry entry = zip.getNextEntry();
      assertThat(entry.getName()).isEqualTo("project.qde");
      byte[] project = zip.readAllBytes();
      assertThat(zip.getNextEntry()).isNull();
      return project;
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<String> childNames(Element element) {
    List<String> names = new ArrayList<>();
    for (org.w3c.dom.Node child = element.getFirstChild();
        child != null;
        child = child.getNextSibling()) {
      if (child instanceof Element e) {
        names.add(e.getLocalName());
      }
    }
    return names;
  }
}
