package org.attune.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error catalogue {@code docs/ERRORS.md}, parsed: its sections, one per exception type (a level-2
 * heading holding the type's name in backticks), and its examples. An example is a line {@code
 * Example `id`...} in a section (and, for {@code LogFormatException}, under a level-3 heading
 * {@code `SkipReason.X`}), followed by a {@code text} code block holding the message exactly; the line
 * may say {@code thrown as `type`} where the exception is a subclass of the section's type, or
 * {@code without a message}.
 */
final class Catalogue {

  private static final Pattern SECTION = Pattern.compile("^## `([\\w.$]+)`\\s*$");
  private static final Pattern REASON = Pattern.compile("^### `SkipReason\\.([A-Z_]+)`\\s*$");
  private static final Pattern EXAMPLE = Pattern.compile("^Example `([a-z0-9-]+)`(.*)$");
  private static final Pattern THROWN_AS = Pattern.compile("thrown as `([\\w.$]+)`");

  /**
   * One example of the catalogue.
   *
   * @param id the id, which names its provoker
   * @param type the exact class of the exception
   * @param reason the {@code SkipReason} of a {@code LogFormatException}'s example, if any
   * @param message the message exactly, lines separated by {@code \n}; empty if there is none
   */
  record Example(String id, String type, Optional<String> reason, Optional<String> message) {}

  private final Path file;
  private final Set<String> sections;
  private final List<Example> examples;

  private Catalogue(Path file, Set<String> sections, List<Example> examples) {
    this.file = file;
    this.sections = sections;
    this.examples = examples;
  }

  /** {@return the catalogue of this project, found from the working directory upwards} */
  static Catalogue load() {
    Path file = projectRoot().resolve("docs").resolve("ERRORS.md");
    try {
      return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the directory that holds {@code docs/ERRORS.md}: the working directory or above} */
  static Path projectRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs").resolve("ERRORS.md"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "docs/ERRORS.md must lie in the working directory or above it, but was not found from "
            + Path.of("").toAbsolutePath());
  }

  static Catalogue parse(Path file, List<String> lines) {
    Set<String> sections = new LinkedHashSet<>();
    List<Example> examples = new ArrayList<>();
    String section = null;
    String reason = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = SECTION.matcher(line);
      if (m.matches()) {
        section = m.group(1);
        reason = null;
        if (!sections.add(section)) {
          throw new IllegalStateException(file + ": two sections of " + section);
        }
        continue;
      }
      m = REASON.matcher(line);
      if (m.matches()) {
        reason = m.group(1);
        continue;
      }
      m = EXAMPLE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      if (section == null) {
        throw new IllegalStateException(file + ", line " + (i + 1) + ": an example before any section");
      }
      String rest = m.group(2);
      Matcher as = THROWN_AS.matcher(rest);
      String type = as.find() ? as.group(1) : section;
      Optional<String> message = Optional.empty();
      if (!rest.contains("without a message")) {
        int open = i + 1;
        while (open < lines.size() && !lines.get(open).startsWith("```")
            && !lines.get(open).startsWith("#") && !EXAMPLE.matcher(lines.get(open)).matches()) {
          open++; // the example's description may run over several lines
        }
        if (open >= lines.size() || !lines.get(open).equals("```text")) {
          throw new IllegalStateException(
              file + ", line " + (i + 1) + ": example " + m.group(1) + " must be followed by a"
                  + " ```text block holding the message");
        }
        int close = open + 1;
        while (close < lines.size() && !lines.get(close).equals("```")) {
          close++;
        }
        message = Optional.of(String.join("\n", lines.subList(open + 1, close)));
        i = close;
      }
      examples.add(new Example(m.group(1), type, Optional.ofNullable(reason), message));
    }
    return new Catalogue(file, sections, examples);
  }

  /** {@return the file read} */
  Path file() {
    return file;
  }

  /** {@return the exception types that have a section, in order} */
  Set<String> sections() {
    return sections;
  }

  /** {@return every example, in order} */
  List<Example> examples() {
    return examples;
  }
}
