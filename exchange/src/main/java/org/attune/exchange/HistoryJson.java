package org.attune.exchange;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.dynamics.History;
import org.attune.ecosystem.EcosystemException;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.exchange.ItemReader.Known;
import org.attune.exchange.ItemReader.PerspectiveItem;
import org.attune.exchange.ItemReader.RelationMode;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Ids;
import org.attune.model.Perspective;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A history saved and loaded: the JSON exchange format {@value #FORMAT}, version {@value #VERSION},
 * for a {@link History}, the versions of an ecosystem in time order that the flexibility essay asks
 * a firm to keep re-evaluating as its customers change. The first version is written whole, as
 * {@link EcosystemJson} writes an ecosystem; every later one as its changes from the version before
 * it (elements removed and added, relations unrelated, re-weighted and related, perspectives removed
 * and set, value-in-use, episodes and moods removed and added), with the customers whose own logic
 * it may have changed where the history knows them ({@link History#ownLogicChanges(int)}). The
 * format is described in {@code docs/EXCHANGE.md} and by {@code
 * docs/schema/attune-history-1.schema.json}.
 *
 * <pre>{@code
 * HistoryJson.write(history, Path.of("waves.json"));
 * History again = HistoryJson.read(Path.of("waves.json"));
 * }</pre>
 *
 * <p><b>How the changes are found.</b> The API does not expose what a version changed, so the writer
 * compares each version with the one before it: time in proportion to their size, and each version
 * makes (and keeps, as any call would) its whole lists of perspectives, value-in-use, episodes and
 * moods. The document holds only the changes. The reader derives each version from the one before it
 * with {@link ServiceEcosystem#toBuilder()}, so the versions it returns share what they did not
 * change, as versions made that way do.
 *
 * <p><b>Exact.</b> Every version read equals the version written ({@link ServiceEcosystem#equals}),
 * at the same instant, with the same {@link History#ownLogicChanges(int)}.
 *
 * <p><b>Errors.</b> As {@link EcosystemJson}'s: an {@link ExchangeFormatException} naming the line,
 * the column and the JSON path. A change the builder of a version rejects (such as unrelating a
 * relation the version does not hold) is reported at the end of that version's changes.
 *
 * <p>Stateless and thread-safe. Streams given to it are left open.
 */
public final class HistoryJson {

  /** The name of the format, the value of the field {@code "format"}: {@value}. */
  public static final String FORMAT = "attune-history";

  /** The version of the format this class writes, and the only one it reads: {@value}. */
  public static final int VERSION = 1;

  private HistoryJson() {}

  /**
   * Writes {@code history} as a document to {@code out}, which is flushed and left open.
   *
   * @param history the history
   * @param out where the text goes
   * @throws IllegalArgumentException if a relation type changes its definition from one version to
   *     the next while the earlier version uses it, which the format does not carry
   * @throws IOException if {@code out} fails
   */
  public static void write(History history, Writer out) throws IOException {
    requireNonNull(history, "history");
    write(history, Documents.generator(requireNonNull(out, "out")));
  }

  /**
   * Writes {@code history} as a document to {@code out} in UTF-8; {@code out} is flushed and left
   * open.
   *
   * @param history the history
   * @param out where the bytes go
   * @throws IllegalArgumentException if a relation type changes its definition from one version to
   *     the next while the earlier version uses it, which the format does not carry
   * @throws IOException if {@code out} fails
   */
  public static void write(History history, OutputStream out) throws IOException {
    requireNonNull(history, "history");
    write(history, Documents.generator(requireNonNull(out, "out")));
  }

  /**
   * Writes {@code history} as a document to the file {@code file} in UTF-8, replacing it if it
   * exists.
   *
   * @param history the history
   * @param file the file
   * @throws IllegalArgumentException if a relation type changes its definition from one version to
   *     the next while the earlier version uses it, which the format does not carry
   * @throws IOException if the file cannot be written
   */
  public static void write(History history, Path file) throws IOException {
    requireNonNull(history, "history");
    try (OutputStream out = Files.newOutputStream(requireNonNull(file, "file"))) {
      write(history, out);
    }
  }

  /**
   * {@return the history of the document read from {@code in}}, read to the end of the document and
   * left open
   *
   * @param in the text
   * @throws ExchangeFormatException if the text is not a document of this format and version, or a
   *     version is not valid: the message names the line, column and JSON path
   * @throws IOException if {@code in} fails
   */
  public static History read(Reader in) throws IOException {
    return read(Documents.parser(requireNonNull(in, "in")));
  }

  /**
   * {@return the history of the document read from {@code in}} (UTF-8, UTF-16 or UTF-32), read to
   * the end of the document and left open
   *
   * @param in the bytes
   * @throws ExchangeFormatException if the text is not a document of this format and version, or a
   *     version is not valid: the message names the line, column and JSON path
   * @throws IOException if {@code in} fails
   */
  public static History read(InputStream in) throws IOException {
    return read(Documents.parser(requireNonNull(in, "in")));
  }

  /**
   * {@return the history of the document in the file {@code file}}
   *
   * @param file the file, in UTF-8
   * @throws ExchangeFormatException if the file is not a document of this format and version, or a
   *     version is not valid: the message names the line, column and JSON path
   * @throws IOException if the file cannot be read
   */
  public static History read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(requireNonNull(file, "file"))) {
      return read(in);
    }
  }

  // ------------------------------------------------------------------------------------------
  // writing

  private static void write(History history, JsonGenerator g) throws IOException {
    Documents.writing(g, () -> {
      Documents.writeHeader(g, FORMAT, VERSION);
      g.writeName("versions");
      g.writeStartArray();
      Map<String, RelationType> inForce = new HashMap<>();
      for (RelationType t : RelationType.builtIns()) {
        inForce.put(t.name(), t);
      }
      ServiceEcosystem first = history.first();
      g.writeStartObject();
      g.writeStringProperty("instant", history.instant(0).toString());
      g.writeName("ecosystem");
      g.writeStartObject();
      List<RelationType> declared = EcosystemJson.declared(first);
      declared.forEach(t -> inForce.put(t.name(), t));
      ItemWriter.sections(g, first, declared);
      g.writeEndObject();
      g.writeEndObject();
      for (int i = 1; i < history.size(); i++) {
        g.writeStartObject();
        g.writeStringProperty("instant", history.instant(i).toString());
        g.writeName("changes");
        g.writeStartObject();
        Changes.between(history.version(i - 1), history.version(i), inForce, history.instant(i))
            .write(g);
        g.writeEndObject();
        Optional<Set<Actor>> changed = history.ownLogicChanges(i);
        if (changed.isPresent()) {
          g.writeName("ownLogicChanged");
          g.writeStartArray();
          for (Actor a : changed.get()) {
            g.writeString(a.id());
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    Documents.finish(g);
  }

  // ------------------------------------------------------------------------------------------
  // reading

  /** The sections of a version's changes, in the order they must come. */
  static final List<String> CHANGES = List.of(
      "relationTypes", "removeElements", "addElements", "unrelate", "reweight", "relate",
      "removePerspectives", "perspectives", "removeValueInUse", "valueInUse", "removeEpisodes",
      "episodes", "removeMoods", "moods");

  private static History read(JsonParser parser) throws IOException {
    try (parser) {
      JsonInput in = new JsonInput(parser);
      Documents.readHeader(in, FORMAT, VERSION);
      History.Builder history = History.builder();
      boolean any = false;
      for (String f = in.nextField(); f != null; f = in.nextField()) {
        if (!f.equals("versions") || any) {
          throw f.equals("versions") ? in.error("field \"versions\" is given twice")
              : in.unknownField(f, "versions");
        }
        any = true;
        versions(in, history);
      }
      if (!any) {
        throw in.missing("versions", "a history");
      }
      Documents.readEnd(in);
      return history.build();
    }
  }

  private static void versions(JsonInput in, History.Builder history) throws IOException {
    in.startArray("the versions");
    ServiceEcosystem previous = null;
    Instant previousInstant = null;
    ItemReader items = null;
    while (in.nextItem("a version")) {
      String f = in.nextField();
      if (!"instant".equals(f)) {
        throw in.error("expected the field \"instant\" first in a version, found " + in.found());
      }
      Instant instant = in.instant("the instant of the version");
      if (previousInstant != null && !instant.isAfter(previousInstant)) {
        throw in.error("expected an instant after the previous version's, " + previousInstant
            + ", found " + instant + ": versions come in time order, one per instant");
      }
      f = in.nextField();
      ServiceEcosystem version;
      if (previous == null) {
        if (!"ecosystem".equals(f)) {
          throw in.error("expected the field \"ecosystem\" after the instant of the first version,"
              + " holding it whole, found " + in.found());
        }
        in.startObject("the ecosystem");
        EcosystemReader reader = new EcosystemReader(in);
        version = reader.read();
        items = reader.items();
      } else {
        if (!"changes".equals(f)) {
          throw in.error("expected the field \"changes\" after the instant of a version after the"
              + " first, holding its changes from the version before it, found " + in.found());
        }
        in.startObject("the changes");
        version = changes(in, requireNonNull(items), previous);
      }
      f = in.nextField();
      Set<Actor> changed = null;
      if ("ownLogicChanged".equals(f)) {
        if (previous == null) {
          throw in.unknownField("ownLogicChanged",
              "the end of the first version (it has no changes)");
        }
        changed = ownLogicChanged(in, version);
        f = in.nextField();
      }
      if (f != null) {
        throw in.unknownField(f, previous == null ? "instant, ecosystem"
            : "instant, changes, ownLogicChanged, in this order");
      }
      if (changed == null) {
        history.add(instant, version);
      } else {
        history.add(instant, version, changed);
      }
      previous = version;
      previousInstant = instant;
    }
    if (previous == null) {
      throw in.error("expected at least one version, found none");
    }
  }

  private static Set<Actor> ownLogicChanged(JsonInput in, ServiceEcosystem version)
      throws IOException {
    in.startArray("the customers whose own logic changed");
    Set<Actor> changed = new LinkedHashSet<>();
    for (String id = in.nextStringItem("an actor id"); id != null;
        id = in.nextStringItem("an actor id")) {
      Optional<Actor> a = version.actor(id);
      if (a.isEmpty()) {
        throw in.error("unknown actor " + Ids.quote(id)
            + ": expected the id of an actor of this version");
      }
      if (!changed.add(a.get())) {
        throw in.error("actor " + Ids.quote(id) + " is listed twice");
      }
    }
    return changed;
  }

  private static ServiceEcosystem changes(JsonInput in, ItemReader items,
      ServiceEcosystem previous) throws IOException {
    ServiceEcosystem.Builder b = previous.toBuilder();
    Map<String, Element> added = new HashMap<>();
    Set<String> removed = new HashSet<>();
    items.scope(id -> {
      Element e = added.get(id);
      if (e != null) {
        return new Known(e, -1);
      }
      return removed.contains(id) ? null : previous.element(id).map(x -> new Known(x, -1))
          .orElse(null);
    });
    int last = -1;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      int s = CHANGES.indexOf(f);
      if (s < 0) {
        throw in.unknownField(f, "one of the sections of changes " + String.join(", ", CHANGES));
      }
      if (s <= last) {
        throw in.error(s == last
            ? "section \"" + f + "\" is given twice"
            : "section \"" + f + "\" comes after \"" + CHANGES.get(last)
                + "\": expected the sections in the order " + String.join(", ", CHANGES));
      }
      last = s;
      switch (f) {
        case "relationTypes" -> items.relationTypes();
        case "removeElements" -> {
          in.startArray("the ids of the elements to remove");
          for (String id = in.nextStringItem("an element id"); id != null;
              id = in.nextStringItem("an element id")) {
            Optional<Element> e = previous.element(id);
            if (e.isEmpty() || !removed.add(id)) {
              throw in.error("unknown element " + Ids.quote(id) + ": expected the id of an"
                  + " element of the version before, not removed yet");
            }
            b.remove(e.get());
          }
        }
        case "addElements" -> {
          in.startArray("the elements to add");
          while (in.nextItem("an element")) {
            Element e = items.element();
            if ((previous.element(e.id()).isPresent() && !removed.contains(e.id()))
                || added.putIfAbsent(e.id(), e) != null) {
              throw in.error("duplicate id " + Ids.quote(e.id())
                  + ": the version holds an element of this id already; remove it first");
            }
            b.add(e);
          }
        }
        case "unrelate" -> relations(in, "the relations to remove", RelationMode.UNRELATE,
            items, r -> b.unrelate(r.source(), r.type(), r.target()));
        case "reweight" -> relations(in, "the relations to re-weight", RelationMode.REWEIGHT,
            items, r -> b.reweight(r.source(), r.type(), r.target(), r.strength()));
        case "relate" -> relations(in, "the relations to add", RelationMode.RELATE, items,
            b::relate);
        case "removePerspectives" -> {
          in.startArray("the perspectives to remove");
          while (in.nextItem("a perspective")) {
            Perspective p = items.perspective(false).perspective();
            b.removePerspective(p.holder(), p.subject(), p.aspect());
          }
        }
        case "perspectives" -> {
          in.startArray("the perspectives to set");
          while (in.nextItem("a perspective")) {
            PerspectiveItem p = items.perspective(true);
            b.perspective(p.perspective().holder(), p.perspective().subject(),
                p.perspective().aspect(), requireNonNull(p.profile()));
          }
        }
        case "removeValueInUse" -> {
          in.startArray("the value-in-use to remove");
          while (in.nextItem("a value-in-use")) {
            b.removeValueInUse(items.valueInUse());
          }
        }
        case "valueInUse" -> {
          in.startArray("the value-in-use to add");
          while (in.nextItem("a value-in-use")) {
            b.valueInUse(items.valueInUse());
          }
        }
        case "removeEpisodes" -> {
          in.startArray("the episodes to remove");
          while (in.nextItem("an episode")) {
            b.removeEpisode(items.episode());
          }
        }
        case "episodes" -> {
          in.startArray("the episodes to add");
          while (in.nextItem("an episode")) {
            b.episode(items.episode());
          }
        }
        case "removeMoods" -> {
          in.startArray("the moods to remove");
          while (in.nextItem("a mood")) {
            b.removeMood(items.mood());
          }
        }
        case "moods" -> {
          in.startArray("the moods to add");
          while (in.nextItem("a mood")) {
            b.mood(items.mood());
          }
        }
        default -> throw new AssertionError(f);
      }
    }
    try {
      return b.build();
    } catch (EcosystemException e) {
      throw in.error("the changes do not apply to the version before: " + e.getMessage(), e);
    }
  }

  private interface RelationEdit {
    void apply(Relation r);
  }

  private static void relations(JsonInput in, String what, RelationMode mode, ItemReader items,
      RelationEdit edit) throws IOException {
    in.startArray(what);
    while (in.nextItem("a relation")) {
      edit.apply(items.relation(mode));
    }
  }
}
