package org.attune.modules.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandles;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.metric.MetricProvider;
import org.attune.metric.MetricRegistry;
import org.attune.metric.Metrics;
import org.attune.metric.Score;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attune as a modular application meets it: these tests run on the module path, patched into this
 * module ({@code org.attune.modules.it}), with {@code org.attune.api} and {@code org.attune.core}
 * loaded as named modules. They check the service lookup ({@code uses} in the API, {@code provides}
 * here and there), that the exported packages serve, and that the unexported ones stay closed.
 */
class ModulePathTest {

  private static final String API = "org.attune.api";
  private static final String CORE = "org.attune.core";
  private static final String INTERNAL = "org.attune.metric.internal";

  private final Module self = ModulePathTest.class.getModule();
  private final Module api = Metrics.class.getModule();

  @Test
  void attune_and_this_module_load_as_named_modules_of_the_boot_layer() {
    // given
    Module core = Profile.class.getModule();

    // then
    assertThat(self.isNamed()).as("the tests run inside a named module").isTrue();
    assertThat(self.getName()).isEqualTo("org.attune.modules.it");
    assertThat(api.isNamed()).isTrue();
    assertThat(api.getName()).isEqualTo(API);
    assertThat(api.getDescriptor().isAutomatic()).as("explicit module-info, not automatic").isFalse();
    assertThat(core.getName()).isEqualTo(CORE);
    assertThat(core.getDescriptor().isAutomatic()).isFalse();
    assertThat(ModuleLayer.boot().findModule(API)).containsSame(api);
    assertThat(ModuleLayer.boot().findModule(CORE)).containsSame(core);
    // this module requires the API only; it reads the core through the API's requires transitive
    assertThat(self.getDescriptor().requires().stream().map(r -> r.name()))
        .contains(API)
        .doesNotContain(CORE);
    assertThat(self.canRead(api)).isTrue();
    assertThat(self.canRead(core)).isTrue();
  }

  @Test
  void the_registry_finds_the_built_in_metrics_and_the_metric_this_module_provides() {
    // when
    MetricRegistry registry = Metrics.registry();

    // then
    assertThat(MetricRegistry.builtIns().names()).isNotEmpty();
    assertThat(registry.names())
        .containsAll(MetricRegistry.builtIns().names())
        .contains(FunctionalFit.NAME)
        .doesNotHaveDuplicates();
    assertThat(registry.metric(FunctionalFit.NAME)).isInstanceOf(FunctionalFit.class);
  }

  @Test
  void the_service_lookup_of_the_boot_layer_sees_both_provides_declarations() {
    // given: a lookup by module layer sees only what modules declare with provides, no
    // META-INF/services file of the class path
    ServiceLoader<MetricProvider> loader = ServiceLoader.load(ModuleLayer.boot(), MetricProvider.class);

    // when
    List<Class<? extends MetricProvider>> types =
        loader.stream().map(ServiceLoader.Provider::type).collect(Collectors.toList());

    // then
    Class<? extends MetricProvider> builtIns = MetricRegistry.builtInProvider().getClass();
    assertThat(types).containsExactlyInAnyOrder(builtIns, FunctionalMetrics.class);
    assertThat(builtIns.getModule()).isSameAs(api);
    // the built-ins' wiring is the module's own: its package is not exported
    assertThat(api.isExported(builtIns.getPackageName())).isFalse();
    assertThat(api.isExported("org.attune.metric.internal")).isFalse();
    assertThat(FunctionalMetrics.class.getModule()).isSameAs(self);
    assertThat(api.getDescriptor().uses()).contains(MetricProvider.class.getName());
  }

  @Test
  void the_exported_packages_serve_a_metric_of_the_library_and_one_of_this_module() {
    // given: the model of the core, the ecosystem of the API, both read across module boundaries
    Actor alice = Actor.individual("alice", "Alice");
    Actor clinic = Actor.organisation("clinic", "City Clinic");
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(alice, clinic)
            .relate(clinic, RelationType.SERVES, alice, 0.8)
            .perspective(alice, alice, Profile.builder().level(Dimension.FUNCTIONAL, 0.9).build())
            .perspective(clinic, clinic, Profile.builder().level(Dimension.FUNCTIONAL, 0.6).build())
            .build();
    Dyad dyad = new Dyad(eco, alice, clinic);

    // when
    Score own = Metrics.registry().metric(FunctionalFit.NAME).measure(dyad);
    Score builtIn = Metrics.registry().metric("profile-deviation").measure(dyad);

    // then
    // functional-fit: 1 − |0.9 − 0.6| = 0.7
    assertThat(own.value()).isCloseTo(0.7, within(1e-12));
    // profile-deviation, one dimension of weight 1: 1 − sqrt(1 × 0.3² / 1) = 1 − 0.3 = 0.7
    assertThat(builtIn.value()).isCloseTo(0.7, within(1e-12));
  }

  @Test
  void every_package_the_api_keeps_to_itself_is_an_internal_one() {
    // when
    Set<String> unexported = new TreeSet<>();
    for (String pkg : api.getPackages()) {
      if (!api.isExported(pkg)) {
        unexported.add(pkg);
      }
    }

    // then
    assertThat(unexported)
        .contains(INTERNAL)
        .allMatch(pkg -> pkg.endsWith(".internal") || pkg.contains(".internal."));
    assertThat(api.isExported(INTERNAL, self)).isFalse();
    assertThat(api.isOpen(INTERNAL, self)).isFalse();
    assertThat(api.isExported("org.attune.metric", self)).isTrue();
  }

  @Test
  void the_core_shares_its_internal_package_with_the_api_and_no_one_else() {
    // given
    Module core = Actor.class.getModule();
    String shared = "org.attune.model.internal";

    // then: a qualified export, to the API only
    assertThat(core.getPackages()).contains(shared);
    assertThat(core.isExported(shared, api)).isTrue();
    assertThat(core.isExported(shared)).isFalse();
    assertThat(core.isExported(shared, self)).isFalse();
    assertThat(core.isOpen(shared, self)).isFalse();
    assertThat(core.isExported("org.attune.model", self)).isTrue();
  }

  @Test
  void reflection_cannot_reach_into_an_unexported_package() throws Exception {
    // given: every public static method and public constructor of the public classes there
    List<Executable> members = new ArrayList<>();
    for (Class<?> type : classesOf(API, INTERNAL)) {
      if (Modifier.isPublic(type.getModifiers())) {
        for (Method method : type.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
            members.add(method);
          }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
          if (Modifier.isPublic(constructor.getModifiers())) {
            members.add(constructor);
          }
        }
      }
    }
    assertThat(members).as("public members in %s to try", INTERNAL).isNotEmpty();

    for (Executable member : members) {
      // then: the class loads, but no call gets through, and it cannot be forced open
      assertThatThrownBy(() -> MethodHandles.lookup().accessClass(member.getDeclaringClass()))
          .isInstanceOf(IllegalAccessException.class);
      assertThatThrownBy(() -> call(member))
          .as("calling %s", member)
          .isInstanceOf(IllegalAccessException.class)
          .hasMessageContaining("does not export " + INTERNAL + " to module " + self.getName());
      assertThatThrownBy(() -> member.setAccessible(true))
          .isInstanceOf(InaccessibleObjectException.class);
    }
    // and an exported class, for contrast
    assertThat(MethodHandles.lookup().accessClass(Metrics.class)).isSameAs(Metrics.class);
  }

  @Test
  void code_that_uses_an_unexported_package_does_not_compile_against_the_modules(
      @TempDir Path dir) throws IOException {
    // given: a public class of the unexported package, as it is today
    Class<?> hidden = classesOf(API, INTERNAL).stream()
        .filter(type -> Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null)
        .findFirst()
        .orElseThrow();

    // when: a module requiring the API, once calling an exported class, once naming the hidden one
    StringWriter exportedOut = new StringWriter();
    int exported = compile(dir.resolve("exported"), "org.attune.metric.Metrics.registry()",
        exportedOut);
    StringWriter internalOut = new StringWriter();
    int internal = compile(dir.resolve("internal"), hidden.getCanonicalName() + ".class", internalOut);

    // then: the diagnostic keys, not their translations, so the locale does not matter
    assertThat(exported).as("javac said: %s", exportedOut).isZero();
    assertThat(internal).as("javac said: %s", internalOut).isNotZero();
    assertThat(internalOut.toString())
        .contains("compiler.err.package.not.visible")
        .contains(INTERNAL);
  }

  /** {@return the classes of {@code pkg} in module {@code module}, read from the module itself} */
  private static List<Class<?>> classesOf(String module, String pkg) throws IOException {
    ResolvedModule resolved = ModuleLayer.boot().configuration().findModule(module).orElseThrow();
    String prefix = pkg.replace('.', '/') + "/";
    List<Class<?>> classes = new ArrayList<>();
    try (ModuleReader reader = resolved.reference().open();
        Stream<String> names = reader.list()) {
      for (String name : names.sorted().collect(Collectors.toList())) {
        String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
        if (rest.endsWith(".class") && !rest.contains("/") && !rest.equals("package-info.class")) {
          String binary = pkg + "." + rest.substring(0, rest.length() - ".class".length());
          classes.add(Class.forName(ModuleLayer.boot().findModule(module).orElseThrow(), binary));
        }
      }
    }
    return classes;
  }

  /** Calls {@code member} with default arguments; the access check comes before them. */
  private static Object call(Executable member) throws Exception {
    Object[] args = new Object[member.getParameterCount()];
    Class<?>[] types = member.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      args[i] = types[i].isPrimitive() ? defaultOf(types[i]) : null;
    }
    return member instanceof Method method
        ? method.invoke(null, args)
        : ((Constructor<?>) member).newInstance(args);
  }

  private static Object defaultOf(Class<?> primitive) {
    return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(primitive, 1), 0);
  }

  /** Compiles a module {@code probe} that requires the API and evaluates {@code expression}. */
  private static int compile(Path dir, String expression, StringWriter out) throws IOException {
    Path source = Files.createDirectories(dir.resolve("src/probe"));
    Files.writeString(dir.resolve("src/module-info.java"),
        "module probe { requires " + API + "; }\n", StandardCharsets.UTF_8);
    Files.writeString(source.resolve("Probe.java"),
        "package probe;\nfinal class Probe {\n  Object value() {\n    return " + expression
            + ";\n  }\n}\n", StandardCharsets.UTF_8);
    String modulePath = System.getProperty("jdk.module.path");
    assertThat(modulePath).as("the module path of this run").isNotBlank();
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    try (PrintWriter writer = new PrintWriter(out)) {
      return javac.run(writer, writer,
          "-XDrawDiagnostics",
          "-d", dir.resolve("out").toString(),
          "--module-path", modulePath,
          dir.resolve("src/module-info.java").toString(),
          source.resolve("Probe.java").toString());
    }
  }
}
