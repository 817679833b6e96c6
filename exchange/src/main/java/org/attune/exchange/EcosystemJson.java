package org.attune.exchange;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.RelationType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * An ecosystem saved and loaded: the JSON exchange format {@value #FORMAT}, version {@value
 * #VERSION}, for everything a {@link ServiceEcosystem} holds — its elements of every kind (actors,
 * resources, institutions, activities, touchpoints, value propositions), the relation types users
 * declared, the relations with their strengths, the perspectives with their aspects and profiles
 * (customer logic and the views of it: Heinonen &amp; Strandvik 2015; Sirgy 1982; Oliver 1980), the
 * value-in-use (Vargo &amp; Lusch 2016, axioms 2 and 4), the episodes and the moods. The format is
 * described field by field in {@code docs/EXCHANGE.md} and by the JSON Schema {@code
 * docs/schema/attune-ecosystem-1.schema.json}.
 *
 * <pre>{@code
 * EcosystemJson.write(eco, Path.of("clinic.json"));
 * ServiceEcosystem again = EcosystemJson.read(Path.of("clinic.json"));   // again.equals(eco)
 * }</pre>
 *
 * <p><b>Exact.</b> What is read equals what was written ({@link ServiceEcosystem#equals}): numbers
 * are written in the shortest form that reads back to the same {@code double}, instants to the
 * nanosecond, and elements, relations and perspectives in the ecosystem's own order.
 *
 * <p><b>Versioned.</b> Every document begins {@code {"format": "attune-ecosystem", "version": 1}};
 * the reader checks both before anything else and names what it found and what it supports.
 *
 * <p><b>Streaming.</b> Both ways go token by token through Jackson's streaming parser and generator,
 * never through a tree: writing holds nothing beyond the ecosystem, and reading feeds the ecosystem
 * builder item by item, holding beside it an index of the ids and a small key per relation and
 * perspective to find duplicates where they are. A million relations go through in memory bounded
 * by the ecosystem itself.
 *
 * <p><b>Errors.</b> A document that cannot be read, as JSON or as an ecosystem, gives an {@link
 * ExchangeFormatException} whose message begins with the line, the column and the JSON path of the
 * problem ({@code line 12, column 19, $.relations[41].strength: }) and says what was expected and
 * what was found. Unknown fields, sections and kinds are errors, never ignored. Nothing half-read is
 * returned. Names of elements (personal data) are never shown in a message.
 *
 * <p>Stateless and thread-safe. Streams given to it are left open (Jackson buffers them itself).
 */
public final class EcosystemJson {

  /** The name of the format, the value of the field {@code "format"}: {@value}. */
  public static final String FORMAT = "attune-ecosystem";

  /** The version of the format this class writes, and the only one it reads: {@value}. */
  public static final int VERSION = 1;

  private EcosystemJson() {}

  /**
   * Writes {@code eco} as a document to {@code out}, which is flushed and left open.
   *
   * @param eco the ecosystem
   * @param out where the text goes
   * @throws IOException if {@code out} fails
   */
  public static void write(ServiceEcosystem eco, Writer out) throws IOException {
    requireNonNull(eco, "eco");
    write(eco, Documents.generator(requireNonNull(out, "out")));
  }

  /**
   * Writes {@code eco} as a document to {@code out} in UTF-8; {@code out} is flushed and left open.
   *
   * @param eco the ecosystem
   * @param out where the bytes go
   * @throws IOException if {@code out} fails
   */
  public static void write(ServiceEcosystem eco, OutputStream out) throws IOException {
    requireNonNull(eco, "eco");
    write(eco, Documents.generator(requireNonNull(out, "out")));
  }

  /**
   * Writes {@code eco} as a document to the file {@code file} in UTF-8, replacing it if it exists.
   *
   * @param eco the ecosystem
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public static void write(ServiceEcosystem eco, Path file) throws IOException {
    requireNonNull(eco, "eco");
    try (OutputStream out = Files.newOutputStream(requireNonNull(file, "file"))) {
      write(eco, out);
    }
  }

  /**
   * {@return the ecosystem of the document read from {@code in}}, read to the end of the document
   * and left open
   *
   * @param in the text
   * @throws ExchangeFormatException if the text is not a document of this format and version, or
   *     does not describe a valid ecosystem: the message names the line, column and JSON path
   * @throws IOException if {@code in} fails
   */
  public static ServiceEcosystem read(Reader in) throws IOException {
    return read(Documents.parser(requireNonNull(in, "in")));
  }

  /**
   * {@return the ecosystem of the document read from {@code in}}: UTF-8 (or UTF-16 or UTF-32, as
   * JSON allows), read to the end of the document and left open
   *
   * @param in the bytes
   * @throws ExchangeFormatException if the text is not a document of this format and version, or
   *     does not describe a valid ecosystem: the message names the line, column and JSON path
   * @throws IOException if {@code in} fails
   */
  public static ServiceEcosystem read(InputStream in) throws IOException {
    return read(Documents.parser(requireNonNull(in, "in")));
  }

  /**
   * {@return the ecosystem of the document in the file {@code file}}
   *
   * @param file the file, in UTF-8
   * @throws ExchangeFormatException if the file is not a document of this format and version, or
   *     does not describe a valid ecosystem: the message names the line, column and JSON path
   * @throws IOException if the file cannot be read
   */
  public static ServiceEcosystem read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(requireNonNull(file, "file"))) {
      return read(in);
    }
  }

  private static void write(ServiceEcosystem eco, JsonGenerator g) throws IOException {
    Documents.writing(g, () -> {
      Documents.writeHeader(g, FORMAT, VERSION);
      ItemWriter.sections(g, eco, declared(eco));
      g.writeEndObject();
    });
    Documents.finish(g);
  }

  private static ServiceEcosystem read(JsonParser parser) throws IOException {
    try (parser) {
      JsonInput in = new JsonInput(parser);
      Documents.readHeader(in, FORMAT, VERSION);
      ServiceEcosystem eco = new EcosystemReader(in).read();
      Documents.readEnd(in);
      return eco;
    }
  }

  /** {@return the relation types of {@code eco} that are not built-ins: they must be declared} */
  static List<RelationType> declared(ServiceEcosystem eco) {
    List<RelationType> declared = new ArrayList<>();
    for (RelationType t : eco.relationTypes()) {
      if (!RelationType.builtIns().contains(t)) {
        declared.add(t);
      }
    }
    return declared;
  }
}
