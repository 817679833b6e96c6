package org.attune.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's Javadoc links to the core's types, and those links resolve in the build output: both are
 * generated in {@code package}, which in the full build runs for core and api before this module's
 * tests (docs/QUALITY.md, "Javadoc"). Where the Javadoc was not generated, the tests are skipped.
 */
class JavadocLinksTest {

  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  private static Path apiDocs;
  private static List<Link> links;

  record Link(Path page, String href) {}

  @BeforeAll
  static void read_the_links_of_the_api_javadoc() throws IOException {
    apiDocs = Path.of(System.getProperty("attune.apidocs.api", "../api/target/reports/apidocs"));
    assumeTrue(
        Files.isRegularFile(apiDocs.resolve("element-list")),
        "no Javadoc of the API at " + apiDocs.toAbsolutePath() + ": run package on core and api");
    links = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(apiDocs)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = HREF.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
          links.add(new Link(page, m.group(1)));
        }
      }
    }
  }

  @Test
  void should_link_to_the_page_of_every_core_type_it_names() {
    // given: the links to a type of org.attune.model, such as Actor on ServiceEcosystem's page
    List<Link> toCore =
        links.stream().filter(l -> l.href().contains("org/attune/model/")).toList();

    // then: there are some, and every one leads to a page that exists
    assertThat(toCore)
        .anySatisfy(l -> assertThat(l.href()).endsWith("org/attune/model/Actor.html"));
    assertThat(toCore)
        .allSatisfy(
            l -> {
              String file = l.href().replaceFirst("#.*", "");
              assertThat(l.page().resolveSibling(file).normalize())
                  .as("%s on %s", l.href(), apiDocs.relativize(l.page()))
                  .isRegularFile();
            });
  }

  @Test
  void should_link_to_no_web_address_of_the_project() {
    // the project's url has no Javadoc behind it
    assertThat(links).noneSatisfy(l -> assertThat(l.href()).contains("attune.org"));
  }
}
