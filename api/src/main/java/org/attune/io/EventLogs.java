package org.attune.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads event logs into {@link EventLog}s: XES (IEEE 1849-2016 and the older 1.0 files), plain or
 * gzip-compressed (told apart by their first bytes, not their names), and CSV.
 *
 * <p>XES is read as a stream with StAX, never as a DOM, so memory stays bounded by the output: the
 * episodes kept, not the size of the file. DTDs and external entities are off ({@link
 * javax.xml.stream.XMLInputFactory#SUPPORT_DTD}, {@link
 * javax.xml.stream.XMLInputFactory#IS_SUPPORTING_EXTERNAL_ENTITIES} and the JAXP external-access
 * properties): a log cannot make Attune read a local file or expand entities, and an entity
 * reference other than the five predefined ones and character references is malformed input, also
 * where a DOCTYPE names an external DTD. A DOCTYPE declaration is passed over unread. No value, text
 * or tag may be longer than {@link LogMapping#maxValueLength()}: a log holding one is refused, so
 * that memory stays bounded by the result however well the file compresses; so are logs whose
 * elements nest more than 100 deep or that use more than 1,000 distinct names. The encoding is the
 * one a byte order mark or the XML declaration names (default UTF-8); a gzip stream cut short or
 * corrupt is a {@link LogFormatException} saying so. Nothing is printed to {@code System.err}.
 *
 * <p>Every method here is thread-safe: imports share no state.
 *
 * <pre>{@code
 * EventLog log = EventLogs.readXes(Path.of("bpic2012.xes.gz"), LogMapping.defaults());
 * System.out.println(log.report());
 * }</pre>
 */
public final class EventLogs {

  private static final Logger LOG = LoggerFactory.getLogger(EventLogs.class);
  private static final int BUFFER = 1 << 16;

  private EventLogs() {}

  /**
   * {@return the event log in the XES file at {@code path}, plain or gzip}
   *
   * @param path the file
   * @param mapping how the log becomes the model
   * @throws LogFormatException if the log is malformed and the mapping's policy is {@link
   *     MalformedInputPolicy#FAIL}, or it is not XES at all
   * @throws IOException if the file cannot be read
   */
  public static EventLog readXes(Path path, LogMapping mapping) throws IOException {
    requireNonNull(path, "path");
    requireNonNull(mapping, "mapping");
    try (InputStream in = Files.newInputStream(path)) {
      return readXes(in, mapping, String.valueOf(path.getFileName()));
    }
  }

  /**
   * {@return the event log in the XES stream {@code in}, plain or gzip}; the stream is read to the
   * end of the log but not closed
   *
   * @param in the stream; its encoding is the one its XML declaration names (default UTF-8)
   * @param mapping how the log becomes the model
   * @throws LogFormatException if the log is malformed and the mapping's policy is {@link
   *     MalformedInputPolicy#FAIL}, or it is not XES at all
   * @throws IOException if the stream cannot be read
   */
  public static EventLog readXes(InputStream in, LogMapping mapping) throws IOException {
    return readXes(in, mapping, "<input stream>");
  }

  private static EventLog readXes(InputStream in, LogMapping mapping, String source)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(mapping, "mapping");
    BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    boolean gzip = b0 == 0x1f && b1 == 0x8b;
    InputStream xml = buffered;
    if (gzip) {
      try {
        xml = new GZIPInputStream(buffered, BUFFER);
      } catch (IOException e) {
        throw XesReader.sourceProblem(e, true, -1, -1);
      }
    }
    EventLog log = XesReader.read(xml, mapping, source, gzip);
    LOG.debug("read XES{} from {}: {} traces, {} events, {} journeys",
        gzip ? " (gzip)" : "", source, log.report().tracesRead(), log.report().eventsRead(),
        log.journeys().size());
    return log;
  }

  /**
   * {@return the event log in the CSV file at {@code path}, in UTF-8}
   *
   * @param path the file
   * @param columns which columns hold what
   * @param mapping how the log becomes the model
   * @throws LogFormatException if the header lacks a column {@code columns} or {@code mapping}
   *     names, or the log is malformed and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the file cannot be read
   */
  public static EventLog readCsv(Path path, CsvColumns columns, LogMapping mapping)
      throws IOException {
    requireNonNull(path, "path");
    requireNonNull(columns, "columns");
    requireNonNull(mapping, "mapping");
    String source = String.valueOf(path.getFileName());
    try (InputStream in = Files.newInputStream(path)) {
      // read as bytes, so that a byte sequence that is not UTF-8 is named by line and field and,
      // under SKIP, costs only its row
      EventLog log = CsvReader.read(in, columns, mapping, source);
      LOG.debug("read CSV from {}: {} rows, {} journeys", source, log.report().eventsRead(),
          log.journeys().size());
      return log;
    }
  }

  /**
   * {@return the event log in the CSV text {@code in}}; the reader is read to its end but not closed
   *
   * @param in the text
   * @param columns which columns hold what
   * @param mapping how the log becomes the model
   * @throws LogFormatException if the header lacks a column {@code columns} or {@code mapping}
   *     names, or the log is malformed and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the text cannot be read
   */
  public static EventLog readCsv(Reader in, CsvColumns columns, LogMapping mapping)
      throws IOException {
    return readCsv(in, columns, mapping, "<character stream>");
  }

  private static EventLog readCsv(Reader in, CsvColumns columns, LogMapping mapping, String source)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(columns, "columns");
    requireNonNull(mapping, "mapping");
    EventLog log = CsvReader.read(in, columns, mapping, source);
    LOG.debug("read CSV from {}: {} rows, {} journeys", source, log.report().eventsRead(),
        log.journeys().size());
    return log;
  }
}
