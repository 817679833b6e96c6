package org.attune.io;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads XES as a stream with StAX: attributes directly under a trace or an event are read, everything
 * else (globals, classifiers, extensions, log attributes, nested attributes) is passed over. DTDs and
 * external entities are off.
 */
final class XesReader {

  private XesReader() {}

  /** {@return a StAX factory with DTDs, external entities and external access off} */
  static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void setIfSupported(XMLInputFactory f, String property, Object value) {
    if (f.isPropertySupported(property)) {
      f.setProperty(property, value);
    }
  }

  private static boolean isAttribute(String name) {
    switch (name) {
      case "string":
      case "date":
      case "int":
      case "float":
      case "boolean":
      case "id":
      case "list":
      case "container":
        return true;
      default:
        return false;
    }
  }

  static EventLog read(InputStream in, LogMapping mapping, String source)
      throws LogFormatException {
    Assembler assembler = new Assembler(mapping, source, "XES", null,
        mapping.caseIdAttribute(), mapping.activityAttribute(), mapping.timestampAttribute());
    String caseKey = mapping.caseIdAttribute();
    String activityKey = mapping.activityAttribute();
    String timestampKey = mapping.timestampAttribute();
    String lifecycleKey = mapping.lifecycleAttribute();
    String resourceKey = mapping.resourceAttribute().orElse(null);
    String customerKey = mapping.customerAttribute().orElse(null);
    String productKey = mapping.productAttribute().orElse(null);
    String pleasureKey = mapping.pleasureAttribute().orElse(null);
    String arousalKey = mapping.arousalAttribute().orElse(null);
    String dominanceKey = mapping.dominanceAttribute().orElse(null);

    XMLStreamReader r;
    try {
      r = secureFactory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw syntax(e, null);
    }
    Assembler.EventFields f = new Assembler.EventFields();
    Assembler.@Nullable Trace trace = null;
    boolean inEvent = false;
    boolean sawRoot = false;
    int skipDepth = 0;
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          if (skipDepth > 0) {
            skipDepth++;
            continue;
          }
          String name = r.getLocalName();
          if (!sawRoot) {
            if (!name.equals("log")) {
              Location at = r.getLocation();
              throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, at.getLineNumber(),
                  at.getColumnNumber(),
                  "the root element must be <log> (XES), but was <" + name + ">");
            }
            sawRoot = true;
            continue;
          }
          if (inEvent || trace != null) {
            if (isAttribute(name)) {
              String key = r.getAttributeValue(null, "key");
              skipDepth = 1; // nested attributes are not read
              if (key == null) {
                continue;
              }
              if (inEvent) {
                if (key.equals(activityKey)) {
                  f.activity = r.getAttributeValue(null, "value");
                } else if (key.equals(timestampKey)) {
                  f.timestamp = r.getAttributeValue(null, "value");
                } else if (key.equals(lifecycleKey)) {
                  f.lifecycle = r.getAttributeValue(null, "value");
                } else if (key.equals(resourceKey)) {
                  f.resource = r.getAttributeValue(null, "value");
                } else if (key.equals(productKey)) {
                  f.product = r.getAttributeValue(null, "value");
                } else if (key.equals(customerKey)) {
                  f.customer = r.getAttributeValue(null, "value");
                } else if (key.equals(pleasureKey)) {
                  f.pleasure = r.getAttributeValue(null, "value");
                } else if (key.equals(arousalKey)) {
                  f.arousal = r.getAttributeValue(null, "value");
                } else if (key.equals(dominanceKey)) {
                  f.dominance = r.getAttributeValue(null, "value");
                }
              } else if (trace != null) {
                if (key.equals(caseKey)) {
                  trace.caseId = r.getAttributeValue(null, "value");
                } else if (key.equals(productKey)) {
                  trace.product = r.getAttributeValue(null, "value");
                } else if (key.equals(customerKey)) {
                  trace.customer = r.getAttributeValue(null, "value");
                }
              }
              continue;
            }
            if (!inEvent && name.equals("event")) {
              inEvent = true;
              f.clear();
              Location at = r.getLocation();
              f.line = at.getLineNumber();
              f.column = at.getColumnNumber();
              continue;
            }
            skipDepth = 1;
            continue;
          }
          if (name.equals("trace")) {
            Location at = r.getLocation();
            trace = assembler.startTrace(at.getLineNumber(), at.getColumnNumber());
            continue;
          }
          skipDepth = 1; // globals, classifiers, extensions, log attributes, unknown elements
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (skipDepth > 0) {
            skipDepth--;
            continue;
          }
          if (inEvent) {
            inEvent = false;
            if (trace != null) {
              assembler.event(trace, f);
            }
          } else if (trace != null) {
            Assembler.Trace done = trace;
            trace = null;
            assembler.endTrace(done);
          }
        }
      }
      if (!sawRoot) {
        throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1,
            "the input holds no XML element; expected an XES <log>");
      }
    } catch (XMLStreamException e) {
      LogFormatException failure = syntax(e, r);
      if (!sawRoot || mapping.malformedInputPolicy() == MalformedInputPolicy.FAIL) {
        throw failure;
      }
      assembler.truncated(trace, failure.line(), failure.column(),
          "the log is not well-formed XML from here on and the rest was not read");
    } finally {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // closing a reader over a stream the caller owns: nothing to release
      }
    }
    return assembler.finish();
  }

  private static LogFormatException syntax(XMLStreamException e, @Nullable XMLStreamReader r) {
    Location at = e.getLocation();
    if (at == null && r != null) {
      at = r.getLocation();
    }
    int line = at == null ? -1 : at.getLineNumber();
    int column = at == null ? -1 : at.getColumnNumber();
    String message = String.valueOf(e.getMessage());
    int m = message.indexOf("Message: ");
    if (m >= 0) {
      message = message.substring(m + "Message: ".length());
    }
    return new LogFormatException(SkipReason.MALFORMED_SYNTAX, line, column,
        "the log is not well-formed XML (DTDs and external entities are not supported): "
            + message.strip(), e);
  }
}
