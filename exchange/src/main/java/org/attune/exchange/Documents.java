package org.attune.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import org.attune.model.Ids;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * What the documents of the JSON formats share: one Jackson factory (streams given by the caller
 * are neither closed nor buffered twice), and the header that opens every document, {@code
 * {"format": ..., "version": ...}}, checked before anything else is read. Stateless and
 * thread-safe.
 */
final class Documents {

  /** The factory of every parser and generator: thread-safe once built. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  private Documents() {}

  static JsonParser parser(Reader in) {
    return FACTORY.createParser(ObjectReadContext.empty(), in);
  }

  static JsonParser parser(InputStream in) {
    return FACTORY.createParser(ObjectReadContext.empty(), in);
  }

  static JsonGenerator generator(Writer out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
  }

  static JsonGenerator generator(OutputStream out) {
    return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
  }

  /** Opens the document's object and writes its format and version. */
  static void writeHeader(JsonGenerator g, String format, int version) {
    g.writeStartObject();
    g.writeStringProperty("format", format);
    g.writeNumberProperty("version", version);
  }

  /**
   * Reads the opening of a document: an object whose first field is {@code "format"}, naming
   * {@code format}, and whose second is {@code "version"}, a version this reader supports; leaves
   * the version's value as the current token.
   */
  static void readHeader(JsonInput in, String format, int version) throws IOException {
    JsonToken first = in.next();
    if (first != JsonToken.START_OBJECT) {
      throw in.error("expected an " + format + " document, an object beginning {\"format\": \""
          + format + "\", \"version\": " + version + ", found " + in.found());
    }
    String field = in.nextField();
    if (!"format".equals(field)) {
      throw in.error("expected the field \"format\" first, naming the format \"" + format
          + "\", found " + in.found());
    }
    String found = in.string("the name of the format");
    if (!found.equals(format)) {
      throw in.error("expected the format \"" + format + "\", found " + Ids.quote(found));
    }
    field = in.nextField();
    if (!"version".equals(field)) {
      throw in.error("expected the field \"version\" second, naming the version of the format \""
          + format + "\" (this reader supports version " + version + "), found " + in.found());
    }
    long v = in.integer("the version of the format");
    if (v != version) {
      throw in.error("unsupported version " + v + " of the format \"" + format
          + "\": this reader supports version " + version);
    }
  }

  /** Checks that nothing follows the document's object. */
  static void readEnd(JsonInput in) throws IOException {
    if (in.next() != null) {
      throw in.error("expected the end of the input after the document, found " + in.found());
    }
  }

  /** Closes the generator, flushing it into the caller's stream, which stays open. */
  static void finish(JsonGenerator g) throws IOException {
    try {
      g.close();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Runs a write, turning Jackson's wrapper of an I/O error back into the error. */
  static void writing(JsonGenerator g, Runnable body) throws IOException {
    try {
      body.run();
      g.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }
}
