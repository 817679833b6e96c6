package org.attune.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attune.errors.Catalogue.Example;
import org.attune.io.LogFormatException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The error catalogue {@code docs/ERRORS.md} and the code agree: every example message is exactly
 * what its provoking call throws; every provoker has its example; every exception type the main code
 * constructs, declares public or documents with {@code @throws} has a section.
 */
class ErrorCatalogueTest {

  private static final Catalogue CATALOGUE = Catalogue.load();

  /**
   * What javac constructs in the default branch it adds to an exhaustive {@code switch} over an enum
   * or a sealed type: thrown only when a class changed after compilation, never by the library.
   */
  private static final List<String> SYNTHESIZED =
      List.of("java.lang.IncompatibleClassChangeError", "java.lang.MatchException");
  private static final Map<String, Provokers.Provoker> PROVOKERS = Provokers.all();

  @TestFactory
  Stream<DynamicTest> every_example_is_the_exact_message_of_its_provoking_call() {
    return CATALOGUE.examples().stream()
        .map(e -> DynamicTest.dynamicTest(e.id(), () -> check(e)));
  }

  private static void check(Example example) throws ClassNotFoundException {
    // given
    Provokers.Provoker provoker = PROVOKERS.get(example.id());
    assertThat(provoker).as("the provoker of example %s", example.id()).isNotNull();
    // when
    Throwable thrown = catchThrowable(provoker::run);
    // then
    assertThat(thrown).as("what %s throws", example.id())
        .isExactlyInstanceOf(Class.forName(example.type()));
    String message = thrown.getMessage();
    assertThat(message == null ? null : message.replace(System.lineSeparator(), "\n"))
        .as("the message of %s", example.id())
        .isEqualTo(example.message().orElse(null));
    if (example.reason().isPresent()) {
      assertThat(((LogFormatException) thrown).reason().name())
          .as("the reason of %s", example.id())
          .isEqualTo(example.reason().get());
    }
  }

  @Test
  void every_provoker_has_its_example_in_the_catalogue() {
    // given
    List<String> ids = CATALOGUE.examples().stream().map(Example::id).toList();
    // then
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(PROVOKERS.keySet());
  }

  @Test
  void every_section_names_a_throwable_type() throws ClassNotFoundException {
    for (String type : CATALOGUE.sections()) {
      assertThat(Throwable.class.isAssignableFrom(Class.forName(type))).as(type).isTrue();
    }
  }

  @Test
  void every_exception_type_the_main_code_constructs_or_declares_has_a_section() {
    // given
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.attune");
    TreeSet<String> types = new TreeSet<>();
    for (JavaClass c : classes) {
      for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
        if (call.getTargetOwner().isAssignableTo(Throwable.class)
            && !SYNTHESIZED.contains(call.getTargetOwner().getName())) {
          types.add(call.getTargetOwner().getName());
        }
      }
      if (c.isAssignableTo(Throwable.class) && c.getModifiers().contains(JavaModifier.PUBLIC)) {
        types.add(c.getName());
      }
    }
    // then: the library's own classes are there, and each type has a section
    assertThat(classes.contain("org.attune.model.Profile")).isTrue();
    assertThat(classes.contain("org.attune.ecosystem.ServiceEcosystem")).isTrue();
    assertThat(types).contains("org.attune.io.LogFormatException");
    assertThat(CATALOGUE.sections()).containsAll(types);
  }

  @Test
  void every_exception_type_the_public_api_documents_has_a_section() throws IOException {
    // given: the @throws tags of the public types of the exported packages of core and api
    Path root = Catalogue.projectRoot();
    TreeSet<String> types = new TreeSet<>();
    for (String module : List.of("core", "api")) {
      List<Path> sources;
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        sources = files.filter(f -> f.toString().endsWith(".java")).toList();
      }
      for (Path source : sources) {
        types.addAll(documentedThrows(source));
      }
    }
    // then
    assertThat(types).contains("java.lang.IllegalArgumentException", "java.io.IOException");
    assertThat(CATALOGUE.sections()).containsAll(types);
  }

  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("(?m)^public (?:abstract |final |sealed |non-sealed )*(?:class|interface|record|enum) ");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern THROWS = Pattern.compile("@throws\\s+([\\w.]+)");

  /** {@return the exception types named by {@code @throws} in a public type of an exported package} */
  private static List<String> documentedThrows(Path source) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    Matcher pkg = PACKAGE.matcher(text);
    if (!pkg.find() || pkg.group(1).contains(".internal") || !PUBLIC_TYPE.matcher(text).find()) {
      return List.of();
    }
    List<String> types = new ArrayList<>();
    Matcher m = THROWS.matcher(text);
    while (m.find()) {
      types.add(resolve(m.group(1), pkg.group(1), text));
    }
    return types;
  }

  private static String resolve(String name, String pkg, String text) {
    if (name.contains(".")) {
      return name;
    }
    Matcher imported = Pattern.compile("(?m)^import ([\\w.]+\\." + name + ");").matcher(text);
    if (imported.find()) {
      return imported.group(1);
    }
    for (String candidate : List.of(pkg + "." + name, "java.lang." + name)) {
      try {
        return Class.forName(candidate).getName();
      } catch (ClassNotFoundException e) {
        // try the next
      }
    }
    return name;
  }
}
