package org.attune.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Every JMH benchmark of this module, run the way JMH runs it but once and small: its state made with
 * each {@code @Param} at its smallest value (or at a small override below, or at each of its values
 * for the parameters below that must all be run), every {@code @Setup} at
 * every level, each {@code @Benchmark} method called once, every {@code @TearDown}; and every main
 * program of the module at a small size. So no benchmark breaks unseen between performance runs.
 *
 * <p>The benchmarks are found by scanning this module's classes, so a new one is covered without
 * a change here; a check against JMH's own list makes sure the scan misses none.
 */
class EveryBenchmarkRunsTest {

  private static final String PACKAGE = EveryBenchmarkRunsTest.class.getPackageName();

  private static final String BLACKHOLE_CHALLENGE =
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

  /**
   * Parameters whose smallest listed value is too big for a unit test, by {@code Class.field} (a
   * nested class as {@code Outer.Inner}), with the small value used instead.
   */
  private static final Map<String, String> SMALL_PARAMS =
      Map.of(
          "BatchScoringBenchmark.customers", "100",
          "EveryMetricBenchmark.customers", "200",
          "HistoryTrajectoryBenchmark.customers", "300",
          // a multiple of RELATIONS_PER_ACTOR * CUSTOMERS_PER_FIRM: one firm of 1,000 customers
          "EcosystemBenchmark.Build.relations", "10000",
          "EcosystemBenchmark.Query.relations", "10000",
          "VersionsBenchmark.Changes.relations", "10000",
          "VersionsBenchmark.Queries.relations", "10000",
          // the textbook log of 42 events instead of BPIC 2012
          "EventLogImportBenchmark.file", "running-example.xes");

  /** Parameters run at each of their values, each value a test of its own. */
  private static final Set<String> EVERY_VALUE_PARAMS = Set.of("EveryMetricBenchmark.metric");

  /** Parameters naming a file of the data folder: the benchmark is skipped when it is absent. */
  private static final Set<String> DATA_FILE_PARAMS = Set.of("EventLogImportBenchmark.file");

  /** The main programs of the module, with the arguments of a small run. */
  private static final Map<String, Function<Path, String[]>> SMALL_MAINS =
      Map.of(
          "Footprint", dir -> new String[] {"10000"},
          "VersionsFootprint", dir -> new String[] {"one-firm", "10000", "100"},
          "HistoryFootprint", dir -> new String[] {"300"},
          "ExchangeFootprint", dir -> new String[] {"10000", dir.toString()},
          "EventLogImportFootprint", dir -> new String[] {tinyLog(dir).toString()});

  @TestFactory
  Stream<DynamicTest> every_benchmark_sets_up_runs_once_and_tears_down_at_a_small_size()
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Method method : benchmarkMethods()) {
      for (Map<String, String> values : everyValue(method.getDeclaringClass())) {
        String label = label(method) + (values.isEmpty() ? "" : values.values());
        tests.add(DynamicTest.dynamicTest(label, () -> runOnce(method, values)));
      }
    }
    return tests.stream();
  }

  @Test
  void the_scan_finds_every_benchmark_that_jmh_lists() throws IOException {
    // given: the list JMH's annotation processor wrote, which the benchmark runner reads
    Set<String> listed = new TreeSet<>();
    try (InputStream in = Footprint.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
      assertThat(in).as("JMH's benchmark list").isNotNull();
      for (BenchmarkListEntry entry : BenchmarkList.readBenchmarkList(in)) {
        listed.add(entry.getUsername());
      }
    }

    // when
    Set<String> scanned = new TreeSet<>();
    for (Method method : benchmarkMethods()) {
      scanned.add(method.getDeclaringClass().getCanonicalName() + "." + method.getName());
    }

    // then
    assertThat(listed).isNotEmpty();
    assertThat(scanned).isEqualTo(listed);
  }

  @Test
  void every_small_override_names_a_param_of_a_benchmark() throws IOException {
    // given
    Set<String> params = new TreeSet<>();
    for (Class<?> type : classes()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(Param.class)) {
          params.add(shortName(type) + "." + field.getName());
        }
      }
    }

    // then
    assertThat(params).containsAll(SMALL_PARAMS.keySet()).containsAll(DATA_FILE_PARAMS)
        .containsAll(EVERY_VALUE_PARAMS);
  }

  @Test
  void every_main_program_has_a_small_run() throws IOException {
    // given
    Set<String> mains = new TreeSet<>();
    for (Class<?> type : classes()) {
      if (mainOf(type) != null) {
        mains.add(shortName(type));
      }
    }

    // then
    assertThat(mains)
        .as("main programs of the benchmarks module; give each a small run in SMALL_MAINS")
        .isEqualTo(new TreeSet<>(SMALL_MAINS.keySet()));
  }

  @TestFactory
  Stream<DynamicTest> every_main_program_completes_a_small_run(@TempDir Path dir)
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : classes()) {
      Method main = mainOf(type);
      Function<Path, String[]> args = SMALL_MAINS.get(shortName(type));
      if (main != null && args != null) {
        tests.add(DynamicTest.dynamicTest(shortName(type), () -> runMain(main, args.apply(dir))));
      }
    }
    return tests.stream();
  }

  // ---- running a benchmark ----

  /**
   * {@return one map per value of the parameter of {@code type} that must be run at every value,
   * from its key to the value}; a single empty map when it has none
   */
  private static List<Map<String, String>> everyValue(Class<?> type) {
    for (Field field : type.getDeclaredFields()) {
      Param param = field.getAnnotation(Param.class);
      String key = param == null ? null : shortName(type) + "." + field.getName();
      if (key != null && EVERY_VALUE_PARAMS.contains(key)) {
        return Arrays.stream(param.value()).map(value -> Map.of(key, value))
            .collect(Collectors.toList());
      }
    }
    return List.of(Map.of());
  }

  private static void runOnce(Method benchmark, Map<String, String> values) throws Exception {
    // given: every state the method needs, the benchmark's own first, set up at every level
    Blackhole blackhole = new Blackhole(BLACKHOLE_CHALLENGE);
    Map<Class<?>, Object> states = new LinkedHashMap<>();
    Object target = state(benchmark.getDeclaringClass(), states, values);
    Object[] args = new Object[benchmark.getParameterCount()];
    Class<?>[] types = benchmark.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      if (types[i] == Blackhole.class) {
        args[i] = blackhole;
      } else if (types[i].isAnnotationPresent(State.class)) {
        args[i] = state(types[i], states, values);
      } else {
        fail("%s takes a %s, which this test cannot supply yet", label(benchmark), types[i]);
      }
    }
    List<Object> ordered = new ArrayList<>(states.values());
    for (Level level : List.of(Level.Trial, Level.Iteration, Level.Invocation)) {
      for (Object state : ordered) {
        call(Setup.class, level, state);
      }
    }

    // when
    Object result = invoke(benchmark, target, args);

    // then
    for (Level level : List.of(Level.Invocation, Level.Iteration, Level.Trial)) {
      for (int i = ordered.size() - 1; i >= 0; i--) {
        call(TearDown.class, level, ordered.get(i));
      }
    }
    if (benchmark.getReturnType() != void.class) {
      assertSensible(label(benchmark), result);
    }
  }

  /**
   * {@return the instance of {@code type}, made with its small parameters if new, or with those of
   * {@code values}}
   */
  private static Object state(Class<?> type, Map<Class<?>, Object> states,
      Map<String, String> values) throws Exception {
    Object existing = states.get(type);
    if (existing != null) {
      return existing;
    }
    Object state = type.getConstructor().newInstance();
    for (Field field : type.getDeclaredFields()) {
      Param param = field.getAnnotation(Param.class);
      if (param != null) {
        String key = shortName(type) + "." + field.getName();
        String value = values.containsKey(key)
            ? values.get(key)
            : SMALL_PARAMS.getOrDefault(key, smallest(key, param.value()));
        if (DATA_FILE_PARAMS.contains(key)) {
          Path file = EventLogImportBenchmark.dataDir().resolve(value);
          assumeTrue(Files.isReadable(file),
              () -> "skipped: " + key + " needs " + file.toAbsolutePath()
                  + " (set -Dattune.data.dir to the folder holding it)");
        }
        field.setAccessible(true);
        field.set(state, convert(value, field.getType(), key));
      }
    }
    states.put(type, state);
    return state;
  }

  /** Calls every {@code annotation} ({@code @Setup} or {@code @TearDown}) method of this level. */
  private static void call(Class<? extends java.lang.annotation.Annotation> annotation,
      Level level, Object state) throws Exception {
    for (Method method : annotated(state.getClass(), annotation)) {
      Level at = annotation == Setup.class
          ? method.getAnnotation(Setup.class).value()
          : method.getAnnotation(TearDown.class).value();
      if (at == level) {
        if (method.getParameterCount() > 0) {
          fail("%s.%s takes parameters, which this test cannot supply yet",
              shortName(state.getClass()), method.getName());
        }
        invoke(method, state);
      }
    }
  }

  /** {@return the public methods of {@code type} with {@code annotation}, superclasses' first} */
  private static List<Method> annotated(Class<?> type,
      Class<? extends java.lang.annotation.Annotation> annotation) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.isAnnotationPresent(annotation))
        .sorted(Comparator.comparingInt((Method m) -> depth(m.getDeclaringClass()))
            .thenComparing(Method::getName))
        .collect(Collectors.toList());
  }

  private static int depth(Class<?> type) {
    int depth = 0;
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      depth++;
    }
    return depth;
  }

  /** Calls {@code method}, unwrapping what it throws so the failure shows the benchmark's error. */
  private static Object invoke(Method method, Object target, Object... args) throws Exception {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** The smallest of the listed values: numerically if they are numbers, else the first. */
  private static String smallest(String key, String[] values) {
    if (values.length == 0) {
      fail("%s lists no value; give it one in SMALL_PARAMS", key);
    }
    try {
      return Arrays.stream(values).min(Comparator.comparing(BigDecimal::new)).orElseThrow();
    } catch (NumberFormatException notNumbers) {
      return values[0];
    }
  }

  private static Object convert(String value, Class<?> type, String key) {
    if (type == String.class) {
      return value;
    } else if (type == int.class || type == Integer.class) {
      return Integer.valueOf(value);
    } else if (type == long.class || type == Long.class) {
      return Long.valueOf(value);
    } else if (type == double.class || type == Double.class) {
      return Double.valueOf(value);
    } else if (type == boolean.class || type == Boolean.class) {
      return Boolean.valueOf(value);
    } else if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(value)) {
          return constant;
        }
      }
    }
    throw new AssertionError(key + ": cannot set a " + type + " to " + value);
  }

  /** What a benchmark returns must be there, and numbers in it finite. */
  private static void assertSensible(String what, Object result) {
    assertThat(result).as("result of %s", what).isNotNull();
    if (result instanceof Double || result instanceof Float) {
      assertThat(((Number) result).doubleValue()).as("result of %s", what).isFinite();
    } else if (result instanceof Number number) {
      assertThat(number.longValue()).as("result of %s", what).isNotNegative();
    } else if (result instanceof double[] values) {
      assertThat(values).as("result of %s", what).isNotEmpty();
      for (int i = 0; i < values.length; i++) {
        assertThat(values[i]).as("element %d of the result of %s", i, what).isFinite();
      }
    } else if (result.getClass().isArray()) {
      assertThat(Array.getLength(result)).as("length of the result of %s", what).isPositive();
    } else if (result instanceof Collection<?> collection) {
      assertThat(collection).as("result of %s", what).isNotEmpty();
    }
  }

  // ---- running a main program ----

  private static void runMain(Method main, String[] args) throws Exception {
    // given
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    // when
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      invoke(main, null, (Object) args);
    } finally {
      System.setOut(out);
    }

    // then
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).as("what %s printed", main.getDeclaringClass().getSimpleName()).isNotBlank();
    if (main.getDeclaringClass() == Footprint.class) {
      assertThat(text).contains("round 2: ServiceEcosystem").contains("bytes/relation");
    } else if (main.getDeclaringClass() == EventLogImportFootprint.class) {
      assertThat(text).contains("retained result").endsWith("ok" + System.lineSeparator());
    }
  }

  private static Method mainOf(Class<?> type) {
    try {
      Method main = type.getMethod("main", String[].class);
      return Modifier.isStatic(main.getModifiers()) ? main : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** {@return a well-formed XES log of two journeys of three episodes each, in {@code dir}} */
  private static Path tinyLog(Path dir) {
    StringBuilder xes = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log>\n");
    String[] activities = {"register", "decide", "notify"};
    for (int t = 1; t <= 2; t++) {
      xes.append("  <trace>\n    <string key=\"concept:name\" value=\"case-").append(t)
          .append("\"/>\n");
      for (int e = 0; e < activities.length; e++) {
        xes.append("    <event>\n      <string key=\"concept:name\" value=\"")
            .append(activities[e]).append("\"/>\n")
            .append("      <string key=\"lifecycle:transition\" value=\"complete\"/>\n")
            .append("      <date key=\"time:timestamp\" value=\"2026-01-0").append(t)
            .append("T1").append(e).append(":00:00.000+00:00\"/>\n    </event>\n");
      }
      xes.append("  </trace>\n");
    }
    xes.append("</log>\n");
    try {
      return Files.writeString(dir.resolve("tiny.xes"), xes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot write the tiny log into " + dir, e);
    }
  }

  // ---- finding the benchmarks ----

  /** {@return every {@code @Benchmark} method of the module, ordered by class and name} */
  private static List<Method> benchmarkMethods() throws IOException {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type : classes()) {
      methods.addAll(annotated(type, Benchmark.class).stream()
          .filter(m -> m.getDeclaringClass() == type)
          .collect(Collectors.toList()));
    }
    return methods;
  }

  /**
   * {@return every class of this package in the module's compiled classes, nested ones included,
   * JMH's generated code excluded}, by name
   */
  private static List<Class<?>> classes() throws IOException {
    Path root;
    try {
      root = Path.of(Footprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the benchmark classes", e);
    }
    assertThat(root).as("the benchmark classes, as a folder").isDirectory();
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.equals("package-info.class")) {
          Class<?> type = load(PACKAGE + "." + name.substring(0, name.length() - 6));
          if (type.getCanonicalName() != null) {
            classes.add(type);
          }
        }
      }
    }
    return classes;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, EveryBenchmarkRunsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("listed but not loadable: " + name, e);
    }
  }

  /** {@return the class's name without the package, a nested class as {@code Outer.Inner}} */
  private static String shortName(Class<?> type) {
    return type.getCanonicalName().substring(PACKAGE.length() + 1);
  }

  private static String label(Method method) {
    return shortName(method.getDeclaringClass()) + "." + method.getName();
  }
}
