package org.attune.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.attune.io.EventLog;
import org.attune.io.EventLogs;
import org.attune.io.LogMapping;
import org.attune.journey.DirectlyFollowsGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Importing BPI Challenge 2012 (13,087 traces, 262,200 events) into journeys and mining its
 * directly-follows graph, against the practical limit: a bare StAX pass over the same file that reads
 * every element's name and every attribute's name and value into a {@link Blackhole}, and nothing
 * else. Both decompress the same gzip bytes, held in memory, with the same secure StAX settings.
 *
 * <p>The file is found in the folder named by the system property {@code attune.data.dir}, by default
 * {@code ../shared/data} (relative to the working directory: run from the project root). If it is
 * absent, the setup fails saying where it looked. Never run by the unit tests.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -Dattune.data.dir=../shared/data -jar benchmarks/target/benchmarks.jar EventLogImport \
 *     -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EventLogImportBenchmark {

  /** The log, a file in the data folder. */
  @Param({"bpic2012.xes.gz"})
  public String file;

  private byte[] bytes;

  /**
   * Loads the file's bytes once.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalStateException if it is absent
   */
  @Setup
  public void load() throws IOException {
    Path path = dataDir().resolve(file);
    if (!Files.isReadable(path)) {
      throw new IllegalStateException("EventLogImportBenchmark needs " + path.toAbsolutePath()
          + "; set -Dattune.data.dir to the folder holding " + file
          + " (it is not part of the project: see shared/data/README.md)");
    }
    bytes = Files.readAllBytes(path);
  }

  /** {@return the data folder: -Dattune.data.dir, else ../shared/data} */
  static Path dataDir() {
    return Path.of(System.getProperty("attune.data.dir", "../shared/data"));
  }

  private InputStream open() throws IOException {
    InputStream in = new ByteArrayInputStream(bytes);
    return file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /**
   * The import and the mining: the log becomes journeys, the journeys a directly-follows graph.
   *
   * @return the graph, which holds its figures; the log is consumed
   * @param bh takes the log
   * @throws IOException never, from memory
   */
  @Benchmark
  public DirectlyFollowsGraph importAndMine(Blackhole bh) throws IOException {
    EventLog log = EventLogs.readXes(new ByteArrayInputStream(bytes), LogMapping.defaults());
    bh.consume(log);
    return DirectlyFollowsGraph.of(log.journeys());
  }

  /**
   * The import alone, without the mining.
   *
   * @return the log
   * @throws IOException never, from memory
   */
  @Benchmark
  public EventLog importOnly() throws IOException {
    return EventLogs.readXes(new ByteArrayInputStream(bytes), LogMapping.defaults());
  }

  /**
   * The baseline: a bare StAX pass that reads every element and attribute into nothing.
   *
   * @param bh takes every name and value
   * @throws IOException never, from memory
   * @throws XMLStreamException never, on this file
   */
  @Benchmark
  public void bareStaxPass(Blackhole bh) throws IOException, XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = open()) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          bh.consume(r.getLocalName());
          for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            bh.consume(r.getAttributeLocalName(i));
            bh.consume(r.getAttributeValue(i));
          }
        }
      }
      r.close();
    }
  }
}
