package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quickstart is the code of {@link Quickstart}, and it runs. */
class ReadmeQuickstartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src", "main", "java", "org", "attune", "examples", "Quickstart.java");

  @Test
  void should_show_in_the_readme_exactly_the_code_that_is_compiled() throws IOException {
    assertThat(readmeBlock("Quickstart")).isEqualTo(tagged("quickstart"));
  }

  @Test
  void should_show_in_the_readme_exactly_the_code_of_the_first_change() throws IOException {
    assertThat(readmeBlock("An event arrives: versions")).isEqualTo(tagged("event"));
  }

  /** {@return the first ```java block under the README heading, normalised} */
  private static String readmeBlock(String heading) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("## " + Pattern.quote(heading) + ".*?```java\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README.md has a ```java block under '## %s'", heading).isTrue();
    return normalise(block.group(1));
  }

  /** {@return the lines of {@link Quickstart} between its tag and end comments, normalised} */
  private static String tagged(String tag) throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    return normalise(source.substring(
        source.indexOf('\n', source.indexOf("// tag::" + tag + "[]")) + 1,
        source.indexOf("// end::" + tag + "[]")));
  }

  @Test
  void should_run_and_print_the_customer_logic_and_the_strongest_influence() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      Quickstart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    // the clinic SUPPORTS measuring (0.9), which Alice PERFORMS (1.0): 0.9 beats SERVES 0.8
    // profile-deviation: Σ w (C − P)² = 2 × 0.1² + 1 × 0.3² = 0.11 over Σ w = 3;
    // 1 − sqrt(0.11 / 3) = 1 − 0.19149 = 0.80851
    assertThat(out)
        .contains("Influence[actor=Actor[id=clinic")
        .contains("strength=0.9")
        .contains("0.8085").contains(": The offering lies 0.19")
        .contains("sdl.service-for-service")
        // the new version: Σ w (C − P)² = 2 × 0.1² + 2 × 0.5² = 0.52 over Σ w = 4;
        // 1 − sqrt(0.13) = 1 − 0.36056 = 0.63944; the old version still gives 0.80851
        .containsSubsequence("0.6394", "0.8085");
  }

  /** Strips the common indentation and trailing blanks of a block of code. */
  private static String normalise(String code) {
    List<String> lines = code.lines().map(String::stripTrailing).collect(Collectors.toList());
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"))
        .strip();
  }
}
