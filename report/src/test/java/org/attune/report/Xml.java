package org.attune.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Parses SVG and HTML as XML, securely (no DTD loaded, no external entity), and finds elements by
 * class.
 */
final class Xml {

  private Xml() {}

  /** {@return the document {@code svg} holds}; fails the test if it is not well-formed XML */
  static Document parse(String svg) {
    Document document = parse(svg, true);
    if (!"svg".equals(document.getDocumentElement().getLocalName())) {
      throw new AssertionError("the root is not svg");
    }
    return document;
  }

  /**
   * {@return the page {@code html} holds, parsed as XML}; its {@code <!DOCTYPE html>} is allowed, no
   * DTD is loaded; fails the test if the page is not well-formed XML with an {@code html} root
   */
  static Document parseHtml(String html) {
    Document document = parse(html, false);
    if (!"html".equals(document.getDocumentElement().getLocalName())) {
      throw new AssertionError("the root is not html");
    }
    return document;
  }

  private static Document parse(String text, boolean noDoctype) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", noDoctype);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** {@return the elements named {@code tag} whose class attribute holds the word {@code word}} */
  static List<Element> byClass(Document document, String tag, String word) {
    return byClass(document.getElementsByTagName(tag), word);
  }

  /** {@return the elements named {@code tag} under {@code parent} of class {@code word}} */
  static List<Element> byClass(Element parent, String tag, String word) {
    return byClass(parent.getElementsByTagName(tag), word);
  }

  /** {@return the elements named {@code tag} under {@code parent}} */
  static List<Element> all(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static List<Element> byClass(NodeList nodes, String word) {
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (Arrays.asList(e.getAttribute("class").split(" ")).contains(word)) {
        found.add(e);
      }
    }
    return found;
  }

  /** {@return the text of every text element in the document} */
  static List<String> texts(Document document) {
    return all(document.getDocumentElement(), "text").stream()
        .map(Element::getTextContent)
        .toList();
  }
}
