package org.attune.testlib.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/METRICS.md, "Testing a metric of your own", is this package's code. */
class MetricsDocTest {

  private static final Path SOURCES = Path.of("src/test/java/org/attune/testlib/docs");

  @Test
  void the_docs_show_the_metric_and_its_test_as_they_are() throws IOException {
    // given
    String docs = Files.readString(Path.of("../docs/METRICS.md"), StandardCharsets.UTF_8);
    String section = docs.substring(docs.indexOf("## Testing a metric of your own"));
    section = section.substring(0, section.indexOf("\n## ", 1));

    // when
    List<String> blocks = javaBlocks(section);

    // then: each file without its package line
    assertThat(blocks).containsExactly(body("EmotionalFit.java"), body("EmotionalFitTest.java"));
  }

  private static String body(String file) throws IOException {
    String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
    return source.substring(source.indexOf("\n\n") + 2).stripTrailing();
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    int at = 0;
    while ((at = markdown.indexOf("```java\n", at)) >= 0) {
      int end = markdown.indexOf("\n```", at);
      blocks.add(markdown.substring(at + "```java\n".length(), end).stripTrailing());
      at = end + 4;
    }
    return blocks;
  }
}
