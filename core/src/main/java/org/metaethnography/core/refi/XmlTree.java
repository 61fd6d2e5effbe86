package org.metaethnography.core.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Parses XML from an untrusted file into a small tree of elements that know where they are (path,
 * line and column). The file may come from anyone, so the parser refuses a DOCTYPE as soon as it
 * meets one (before any entity is declared, so none is ever expanded or fetched), resolves no
 * external entity, schema or inclusion, runs with the JDK's secure processing (its limits on sizes
 * and expansions), and stops nesting at {@link #MAX_DEPTH} elements.
 */
final class XmlTree {
  private XmlTree() {}

  /** How deep elements may nest; a codebook needs five. */
  static final int MAX_DEPTH = 64;

  /** An attribute: its namespace (empty for none), local name and value. */
  record Attribute(String namespace, String name, String value) {}

  /** One element, with its attributes, child elements and text, and where it is. */
  static final class Element {
    final String namespace;
    final String name;
    final int line;
    final int column;
    final List<Attribute> attributes;
    final List<Element> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    String path = "";

    Element(String namespace, String name, int line, int column, List<Attribute> attributes) {
      this.namespace = namespace;
      this.name = name;
      this.line = line;
      this.column = column;
      this.attributes = attributes;
    }

    /** The value of the attribute without namespace named {@code name}, if it has one. */
    Optional<String> attribute(String name) {
      return attributes.stream()
          .filter(a -> a.namespace().isEmpty() && a.name().equals(name))
          .map(Attribute::value)
          .findFirst();
    }

    /** Whether the element holds text other than white space. */
    boolean hasText() {
      return !text.toString().isBlank();
    }

    /** A problem at this element. */
    CodebookProblem problem(String rule, String detail) {
      return new CodebookProblem(path, line, column, rule, detail);
    }
  }

  /** A DOCTYPE met in the file, refused where it begins. */
  private static final class DoctypeRefused extends SAXException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    DoctypeRefused(String name, int line, int column) {
      super("DOCTYPE " + name + " refused");
      this.line = line;
      this.column = column;
    }
  }

  /** Elements nested deeper than {@link #MAX_DEPTH}, refused where the deepest begins. */
  private static final class TooDeep extends SAXException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    TooDeep(int line, int column) {
      super("nested too deep");
      this.line = line;
      this.column = column;
    }
  }

  /**
   * Parses {@code bytes} (in the encoding their declaration or byte order mark gives); returns the
   * root element with every element's path set, or adds the one problem that stopped parsing.
   */
  static Optional<Element> parse(byte[] bytes, List<CodebookProblem> problems) {
    Builder builder = new Builder();
    try {
      SAXParser parser = factory().newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      parser.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
      parser.parse(new InputSource(new ByteArrayInputStream(bytes)), builder);
    } catch (DoctypeRefused e) {
      problems.add(
          new CodebookProblem(
              "",
              e.line,
              e.column,
              "DOCTYPE refused",
              "the file declares a DOCTYPE; a codebook needs none, and DTDs and entities are"
                  + " refused so that no entity is expanded or fetched"));
      return Optional.empty();
    } catch (TooDeep e) {
      problems.add(
          new CodebookProblem(
              "",
              e.line,
              e.column,
              "nesting too deep",
              "elements are nested more than " + MAX_DEPTH + " deep"));
      return Optional.empty();
    } catch (SAXParseException e) {
      problems.add(
          new CodebookProblem(
              "",
              Math.max(0, e.getLineNumber()),
              Math.max(0, e.getColumnNumber()),
              "malformed XML",
              "the file is not well-formed XML: " + e.getMessage()));
      return Optional.empty();
    } catch (SAXException | ParserConfigurationException e) {
      problems.add(new CodebookProblem("", 0, 0, "malformed XML", String.valueOf(e.getMessage())));
      return Optional.empty();
    } catch (IOException e) {
      // Reading from memory fails only on what the bytes declare, such as an encoding the
      // platform does not know.
      problems.add(
          new CodebookProblem(
              "",
              0,
              0,
              "malformed XML",
              "the file cannot be read as XML: "
                  + e.getClass().getSimpleName()
                  + " "
                  + e.getMessage()));
      return Optional.empty();
    }
    Element root = builder.root;
    if (root == null) {
      problems.add(new CodebookProblem("", 0, 0, "malformed XML", "the file has no element"));
      return Optional.empty();
    }
    root.path = "/" + root.name;
    setPaths(root);
    return Optional.of(root);
  }

  /** Names each element below {@code parent}, with its position where it has namesakes. */
  private static void setPaths(Element parent) {
    Deque<Element> pending = new ArrayDeque<>();
    pending.push(parent);
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      Map<String, Integer> counts = new HashMap<>();
      element.children.forEach(c -> counts.merge(c.name, 1, Integer::sum));
      Map<String, Integer> seen = new HashMap<>();
      for (Element child : element.children) {
        int position = seen.merge(child.name, 1, Integer::sum);
        child.path =
            element.path
                + "/"
                + child.name
                + (counts.get(child.name) > 1 ? "[" + position + "]" : "");
        pending.push(child);
      }
    }
  }

  private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory;
  }

  /** Builds the tree from the parser's events and refuses what the class description says. */
  private static final class Builder extends DefaultHandler2 {
    private final Deque<Element> open = new ArrayDeque<>();
    private Locator locator;
    Element root;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    private int line() {
      return locator == null ? 0 : Math.max(0, locator.getLineNumber());
    }

    private int column() {
      return locator == null ? 0 : Math.max(0, locator.getColumnNumber());
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
      throw new DoctypeRefused(name, line(), column());
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
        throws SAXException {
      throw new DoctypeRefused(String.valueOf(name), line(), column());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      if (open.size() >= MAX_DEPTH) {
        throw new TooDeep(line(), column());
      }
      List<Attribute> read = new ArrayList<>(attributes.getLength());
      for (int i = 0; i < attributes.getLength(); i++) {
        read.add(
            new Attribute(
                attributes.getURI(i), attributes.getLocalName(i), attributes.getValue(i)));
      }
      Element element = new Element(uri, localName, line(), column(), read);
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().children.add(element);
      }
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text.append(ch, start, length);
      }
    }
  }
}
