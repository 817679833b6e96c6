package org.attune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The run of the README's command, as a newcomer meets it: every scenario, the report folder named
 * at the end, every page and picture well-formed, the ecosystem pictures one node per element.
 */
class ReportTest {

  @TempDir static Path dir;
  static Path folder;
  static String console;

  @BeforeAll
  static void run() throws IOException {
    folder = dir.resolve("report");
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream captured = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(captured);
      Examples.main(new String[] {"--out", folder.toString()});
    } finally {
      System.setOut(original);
    }
    console = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_run_ends_by_naming_the_report() {
    List<String> lines = console.lines().toList();
    assertThat(lines.get(lines.size() - 2))
        .isEqualTo("The report: " + folder.resolve("index.html").toAbsolutePath().normalize());
  }

  @Test
  void the_run_holds_the_five_scenarios_in_order_in_the_console_and_the_page() throws IOException {
    List<String> titles = List.of("1. A patient's ecosystem", "2. A bank customer's journeys",
        "3. Servitization", "4. Who conducts the orchestra?", "5. A firm that adapts");
    assertThat(console).containsSubsequence(titles);
    Document page = parse(Files.readString(folder.resolve("index.html")), false);
    List<String> headings = texts(page.getElementsByTagName("h2"));
    for (int i = 0; i < titles.size(); i++) {
      assertThat(headings.get(i)).startsWith(titles.get(i));
    }
    assertThat(page.getElementsByTagName("section").getLength()).isEqualTo(headings.size());
  }

  @Test
  void every_picture_is_a_file_beside_the_page_and_inline_in_it_and_parses_as_xml()
      throws IOException {
    // given
    Document page = parse(Files.readString(folder.resolve("index.html")), false);
    List<Path> svgs;
    try (Stream<Path> files = Files.list(folder)) {
      svgs = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
    }

    // then: each file parses, and the page holds each one inline in a figure of its name
    NodeList figures = page.getElementsByTagName("figure");
    assertThat(svgs).hasSize(figures.getLength()).hasSizeGreaterThanOrEqualTo(12);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < figures.getLength(); i++) {
      org.w3c.dom.Element f = (org.w3c.dom.Element) figures.item(i);
      ids.add(f.getAttribute("id"));
      assertThat(f.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
          .isEqualTo(1);
    }
    for (Path svg : svgs) {
      Document d = parse(Files.readString(svg), true);
      assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
      String name = svg.getFileName().toString().replace(".svg", "");
      assertThat(ids).contains("figure-" + name);
    }
  }

  @Test
  void each_ecosystem_picture_of_the_run_has_one_node_per_element_of_its_customer_ecosystem()
      throws IOException {
    checkNodes("patient-ecosystem.svg", PatientScenario.ecosystem(), PatientScenario.PATIENT);
    checkNodes("orchestra-cast.svg", OrchestraScenario.arrangement("customer-dominant"), OrchestraScenario.PAT);
    ServiceEcosystem before = ServitizationScenario.engines();
    checkNodes("servitization-before.svg", before, ServitizationScenario.AIRLINE);
    checkNodes("servitization-after.svg", ServitizationScenario.flyingHours(before),
        ServitizationScenario.AIRLINE);
    ServiceEcosystem bank = JourneyScenario.bank().toEcosystem();
    checkNodes("journeys-ann.svg", bank, bank.actor("customer:ann").orElseThrow());
  }

  /**
   * Renders the page in a real headless Chromium, as a reader's browser would, to a screenshot:
   * it must be of the size asked for, far from blank, and show the pictures (the colour of actors
   * in the ecosystem pictures, drawn only by the inline SVG). Chromium comes from the distribution's
   * packages ({@code .ci/run} installs it); where none is found the test is skipped, unless the
   * environment variable {@value #REQUIRE_BROWSER} is {@code true}, as in CI, where it fails.
   */
  @Test
  void the_page_renders_in_headless_chromium_to_a_screenshot_that_shows_the_pictures()
      throws IOException, InterruptedException {
    // given
    Optional<Path> chromium = chromium();
    if (chromium.isEmpty()) {
      assertThat(System.getenv(REQUIRE_BROWSER))
          .as("no Chromium found (chromium, chromium-browser or google-chrome on the PATH), but "
              + REQUIRE_BROWSER + " asks for one")
          .isNotEqualTo("true");
      Assumptions.abort("no Chromium found on the PATH: the page was not rendered");
    }
    Path shot = dir.resolve("screenshot.png");
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    int width = 1280;
    int height = 2400;

    // when
    Process p = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
        "--screenshot=" + shot, folder.resolve("index.html").toUri().toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile())
        .start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }

    // then
    assertThat(done).as("Chromium finished within two minutes").isTrue();
    assertThat(shot).as(Files.readString(dir.resolve("chromium.log"))).exists();
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    int white = 0;
    int actors = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb == 0xffffff) {
          white++;
        }
        if (close(rgb, ACTOR_COLOUR)) {
          actors++;
        }
      }
    }
    double inked = 1 - (double) white / (width * height);
    assertThat(inked).as("share of the screenshot that is not white").isGreaterThan(0.05);
    assertThat(colours).as("distinct colours").hasSizeGreaterThan(100);
    assertThat(actors).as("pixels of the actors' colour, drawn by the inline pictures")
        .isGreaterThan(500);
  }

  /** The colour the ecosystem pictures fill actors with (Okabe and Ito's sky blue). */
  private static final int ACTOR_COLOUR = 0x56b4e9;

  /** The environment variable that makes a missing Chromium a failure rather than a skip. */
  static final String REQUIRE_BROWSER = "ATTUNE_REQUIRE_BROWSER";

  private static boolean close(int rgb, int colour) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((rgb >> shift) & 0xff) - ((colour >> shift) & 0xff)) > 6) {
        return false;
      }
    }
    return true;
  }

  /** {@return Chromium, as the distribution packages it, if it is on the PATH} */
  private static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String d : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(d, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static void checkNodes(String file, ServiceEcosystem eco, Actor customer)
      throws IOException {
    Document svg = parse(Files.readString(folder.resolve(file)), true);
    NodeList groups = svg.getElementsByTagName("g");
    List<String> nodes = new ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      org.w3c.dom.Element g = (org.w3c.dom.Element) groups.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains("node")) {
        nodes.add(g.getAttribute("data-id"));
      }
    }
    List<String> elements = eco.around(customer, ServiceEcosystem.DEFAULT_RADIUS).elements()
        .stream().map(Element::id).toList();
    assertThat(nodes).as(file).hasSameSizeAs(elements).containsExactlyInAnyOrderElementsOf(elements);
  }

  @Test
  void a_second_run_writes_the_same_bytes() throws IOException {
    // when
    Path again = Examples.run(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        dir.resolve("again").resolve("report"), Optional.empty());

    // then: the page and every picture, byte for byte
    assertThat(Files.readString(again)).isEqualTo(Files.readString(folder.resolve("index.html")));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
        assertThat(again.resolveSibling(svg.getFileName())).hasSameBinaryContentAs(svg);
      }
    }
  }

  @Test
  void the_picture_the_readme_shows_is_the_one_the_run_draws() throws IOException {
    // the README shows docs/images/patient-ecosystem.svg: it must not drift from the report
    assertThat(Files.readString(Path.of("../docs/images/patient-ecosystem.svg")))
        .as("docs/images/patient-ecosystem.svg is stale: copy it from the report folder")
        .isEqualTo(Files.readString(folder.resolve("patient-ecosystem.svg")));
  }

  private static List<String> texts(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** Parses as XML, securely: no DTD loaded, no external entity; a doctype only in a page. */
  static Document parse(String text, boolean noDoctype) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", noDoctype);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setNamespaceAware(true);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }
}
