package org.attune.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.exchange.EcosystemJson;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Saving and loading an ecosystem with {@link EcosystemJson} (issue 14), against the practical
 * limit: Jackson's streaming generator and parser alone, writing and reading the same records (the
 * same document, byte for byte) from and into plain arrays, with no model behind them.
 *
 * <p>The ecosystem is {@link GeneratedEcosystem}'s (at 1,000,000 relations: 100,100 actors, ten
 * relations per customer) with two profiles of six dimensions per customer, its own logic and its
 * firm's model of it: 200,000 perspectives at 1,000,000 relations. Writing goes into a byte array
 * reused from one operation to the next; reading reads from the bytes written in the setup.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar ExchangeBenchmark -p relations=1000000 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ExchangeBenchmark {

  /** Dimensions per profile. */
  static final int DIMENSIONS = 6;

  /** How many relations: a multiple of 10,000. */
  @Param({"10000", "1000000"})
  public int relations;

  private ServiceEcosystem eco;
  private byte[] document;
  private ByteArrayOutputStream out;

  // the same records as plain arrays, for the baseline
  private String[] ids;
  private String[] names;
  private String[] actorTypes;
  private String[] relationSources;
  private String[] relationTypes;
  private String[] relationTargets;
  private double[] strengths;
  private String[] holders;
  private String[] subjects;
  private String[] dimensions;
  private double[][] levels;
  private JsonFactory factory;

  /**
   * Generates the ecosystem, writes it once, and lays the same records out in arrays.
   *
   * @throws IOException never, in memory
   */
  @Setup
  public void setUp() throws IOException {
    GeneratedEcosystem data = new GeneratedEcosystem(relations, 42);
    ServiceEcosystem.Builder builder = data.builder();
    SplittableRandom random = new SplittableRandom(7);
    Dimension[] dims = Dimension.defaults().toArray(new Dimension[0]);
    int customers = relations / GeneratedEcosystem.RELATIONS_PER_ACTOR;
    int firms = data.actors.length - customers;
    holders = new String[2 * customers];
    subjects = new String[2 * customers];
    levels = new double[2 * customers][];
    for (int c = 0; c < customers; c++) {
      Actor customer = data.actors[firms + c];
      Actor firm = data.actors[c / GeneratedEcosystem.CUSTOMERS_PER_FIRM];
      // grouped by holder in element order, as the ecosystem lists them: the firms (whose
      // customers come in customer order) first, then each customer's own logic
      int model = c;
      int own = customers + c;
      double[] ownLevels = levels(random);
      double[] modelLevels = levels(random);
      builder.perspective(customer, customer, profile(dims, ownLevels));
      builder.perspective(firm, customer, profile(dims, modelLevels));
      holders[own] = customer.id();
      subjects[own] = customer.id();
      levels[own] = ownLevels;
      holders[model] = firm.id();
      subjects[model] = customer.id();
      levels[model] = modelLevels;
    }
    eco = builder.build();
    dimensions = new String[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      dimensions[d] = dims[d].name();
    }
    ids = new String[data.actors.length];
    names = new String[data.actors.length];
    actorTypes = new String[data.actors.length];
    for (int i = 0; i < data.actors.length; i++) {
      ids[i] = data.actors[i].id();
      names[i] = data.actors[i].name();
      actorTypes[i] = data.actors[i].type().name();
    }
    // in the ecosystem's order: by source, then type name, then target
    int m = eco.relationCount();
    relationSources = new String[m];
    relationTypes = new String[m];
    relationTargets = new String[m];
    strengths = new double[m];
    int r = 0;
    for (org.attune.model.Relation rel : eco.relations()) {
      relationSources[r] = rel.source().id();
      relationTypes[r] = rel.type().name();
      relationTargets[r] = rel.target().id();
      strengths[r] = rel.strength();
      r++;
    }
    factory = JsonFactory.builder()
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .build();
    out = new ByteArrayOutputStream(1 << 20);
    EcosystemJson.write(eco, out);
    document = out.toByteArray();
    out.reset();
    baselineWrite();
    if (!java.util.Arrays.equals(document, out.toByteArray())) {
      throw new IllegalStateException("the baseline does not write the same document");
    }
    if (!EcosystemJson.read(new ByteArrayInputStream(document)).equals(eco)) {
      throw new IllegalStateException("the document does not read back equal");
    }
  }

  private static double[] levels(SplittableRandom random) {
    double[] l = new double[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      l[d] = random.nextInt(101) / 100.0;
    }
    return l;
  }

  private static Profile profile(Dimension[] dims, double[] levels) {
    Profile.Builder b = Profile.builder();
    for (int d = 0; d < levels.length; d++) {
      b.level(dims[d], levels[d]);
    }
    return b.build();
  }

  /**
   * {@return the size of the document}: the ecosystem written by {@link EcosystemJson}
   *
   * @throws IOException never, in memory
   */
  @Benchmark
  public int write() throws IOException {
    out.reset();
    EcosystemJson.write(eco, out);
    return out.size();
  }

  /** {@return the size of the document}: the same document from the arrays, Jackson alone */
  @Benchmark
  public int baselineWrite() {
    out.reset();
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("format", "attune-ecosystem");
      g.writeNumberProperty("version", 1);
      g.writeName("relationTypes");
      g.writeStartArray();
      g.writeEndArray();
      g.writeName("elements");
      g.writeStartArray();
      for (int i = 0; i < ids.length; i++) {
        g.writeStartObject();
        g.writeStringProperty("kind", "ACTOR");
        g.writeStringProperty("id", ids[i]);
        g.writeStringProperty("name", names[i]);
        g.writeStringProperty("type", actorTypes[i]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("relations");
      g.writeStartArray();
      for (int r = 0; r < relationSources.length; r++) {
        g.writeStartObject();
        g.writeStringProperty("source", relationSources[r]);
        g.writeStringProperty("type", relationTypes[r]);
        g.writeStringProperty("target", relationTargets[r]);
        if (strengths[r] != 1.0) {
          g.writeNumberProperty("strength", strengths[r]);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("perspectives");
      g.writeStartArray();
      for (int p = 0; p < holders.length; p++) {
        g.writeStartObject();
        g.writeStringProperty("holder", holders[p]);
        g.writeStringProperty("subject", subjects[p]);
        g.writeName("profile");
        g.writeStartArray();
        for (int d = 0; d < DIMENSIONS; d++) {
          g.writeStartObject();
          g.writeStringProperty("dimension", dimensions[d]);
          g.writeNumberProperty("level", levels[p][d]);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      for (String empty : new String[] {"valueInUse", "episodes", "moods"}) {
        g.writeName(empty);
        g.writeStartArray();
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return out.size();
  }

  /**
   * {@return the ecosystem read from the document by {@link EcosystemJson}}
   *
   * @throws IOException never, in memory
   */
  @Benchmark
  public ServiceEcosystem read() throws IOException {
    return EcosystemJson.read(new ByteArrayInputStream(document));
  }

  /**
   * {@return the number of tokens}: the same document parsed by Jackson alone, every name, string
   * and number read into the blackhole and nothing built
   *
   * @param bh takes every value
   */
  @Benchmark
  public long baselineRead(Blackhole bh) {
    long tokens = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), document)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens++;
        switch (t) {
          case PROPERTY_NAME -> bh.consume(p.currentName());
          case VALUE_STRING -> bh.consume(p.getString());
          case VALUE_NUMBER_FLOAT, VALUE_NUMBER_INT -> bh.consume(p.getDoubleValue());
          default -> bh.consume(t);
        }
      }
    }
    return tokens;
  }
}
