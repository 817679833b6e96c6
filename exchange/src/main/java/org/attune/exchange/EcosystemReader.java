package org.attune.exchange;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.ecosystem.EcosystemException;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.exchange.ItemReader.Known;
import org.attune.exchange.ItemReader.PerspectiveItem;
import org.attune.exchange.ItemReader.RelationMode;
import org.attune.model.Element;
import org.attune.model.Ids;
import org.attune.model.Mood;
import org.attune.model.Perspective;
import org.attune.model.Relation;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sections of an ecosystem, feeding an ecosystem builder item by item as the parser goes.
 * What the builder would only find at the end (an unknown element, two elements of one id, two
 * relations of one type between one pair, two profiles for one perspective, two moods of an actor
 * from one instant) is found here, at the item, so that the error names its line, column and path;
 * the builder's own validation still runs at the end, and anything it finds is reported at the end
 * of the ecosystem's object.
 *
 * <p>Beside the builder it keeps an index of the elements by id and a compact key per relation and
 * per perspective (12 bytes each while they come grouped by source or holder, as written; 36 to 60
 * once they do not): memory in proportion to the ecosystem, never to the text.
 * Mutable and not thread-safe: one document.
 */
final class EcosystemReader {

  /** The sections of an ecosystem, in the order they must come. */
  static final List<String> SECTIONS = List.of(
      "relationTypes", "elements", "relations", "perspectives", "valueInUse", "episodes", "moods");

  /** An element index at or above this does not fit in a packed key. */
  private static final int PACKED_ELEMENTS = 1 << 28;

  private record WideKey(int source, int type, int target) {}

  private record MoodKey(String actor, Instant since) {}

  private final JsonInput in;
  private final IdIndex known = new IdIndex();
  private final ItemReader items;
  private final ServiceEcosystem.Builder builder = ServiceEcosystem.builder();
  private final GroupedKeys relationKeys = new GroupedKeys();
  private final Map<WideKey, Integer> wideRelationKeys = new HashMap<>();
  private final GroupedKeys perspectiveKeys = new GroupedKeys();
  private final Map<MoodKey, Integer> moodKeys = new HashMap<>();

  EcosystemReader(JsonInput in) {
    this.in = in;
    this.items = new ItemReader(in, new ItemReader.Scope() {
      @Override
      public @Nullable Known get(String id) {
        return known.get(id);
      }

      @Override
      public @Nullable Known current(JsonInput input) throws IOException {
        return input.currentIn(known);
      }
    });
  }

  /** {@return the items' reader of this document: the relation types in force} */
  ItemReader items() {
    return items;
  }

  /**
   * {@return the ecosystem of the sections of the current object}, read up to its end
   *
   * @throws ExchangeFormatException at the first problem
   */
  ServiceEcosystem read() throws IOException {
    int last = -1;
    for (String f = in.nextField(); f != null; f = in.nextField()) {
      int s = SECTIONS.indexOf(f);
      if (s < 0) {
        throw in.unknownField(f, "one of the sections " + String.join(", ", SECTIONS));
      }
      if (s <= last) {
        throw in.error(s == last
            ? "section \"" + f + "\" is given twice"
            : "section \"" + f + "\" comes after \"" + SECTIONS.get(last)
                + "\": expected the sections in the order " + String.join(", ", SECTIONS));
      }
      last = s;
      switch (f) {
        case "relationTypes" -> items.relationTypes();
        case "elements" -> elements();
        case "relations" -> relations();
        case "perspectives" -> perspectives();
        case "valueInUse" -> {
          in.startArray("the value-in-use");
          while (in.nextItem("a value-in-use")) {
            builder.valueInUse(items.valueInUse());
          }
        }
        case "episodes" -> {
          in.startArray("the episodes");
          while (in.nextItem("an episode")) {
            builder.episode(items.episode());
          }
        }
        case "moods" -> moods();
        default -> throw new AssertionError(f);
      }
    }
    try {
      return builder.build();
    } catch (EcosystemException e) {
      throw in.error(String.valueOf(e.getMessage()), e);
    }
  }

  private void elements() throws IOException {
    in.startArray("the elements");
    while (in.nextItem("an element")) {
      Element e = items.element();
      Known first = known.putIfAbsent(new Known(e, known.size()));
      if (first != null) {
        throw in.error("duplicate id " + Ids.quote(e.id()) + ": the element at $.elements["
            + first.index() + "] has it already; ids are unique across all kinds");
      }
      builder.add(e);
    }
  }

  private void relations() throws IOException {
    in.startArray("the relations");
    int i = 0;
    while (in.nextItem("a relation")) {
      Relation r = items.relation(RelationMode.RELATE);
      int s = items.lastSource;
      int g = items.lastTarget;
      int t = items.lastType;
      int first = s < PACKED_ELEMENTS && g < PACKED_ELEMENTS && t < 256
          ? relationKeys.putIfAbsent(s, ((long) s << 36) | ((long) g << 8) | t, i)
          : wideRelationKeys.getOrDefault(new WideKey(s, t, g), -1);
      if (first < 0 && !(s < PACKED_ELEMENTS && g < PACKED_ELEMENTS && t < 256)) {
        wideRelationKeys.put(new WideKey(s, t, g), i);
      }
      if (first >= 0) {
        throw in.error("duplicate relation: " + r.type().name() + " from "
            + Ids.quote(r.source().id()) + " to " + Ids.quote(r.target().id())
            + " is given at $.relations[" + first + "] already; at most one relation of a type"
            + " joins a pair (change its strength there)");
      }
      builder.relate(r);
      i++;
    }
  }

  @SuppressWarnings("EnumOrdinal") // the aspect's ordinal packs into the key, never leaves it
  private void perspectives() throws IOException {
    in.startArray("the perspectives");
    int i = 0;
    while (in.nextItem("a perspective")) {
      PerspectiveItem p = items.perspective(true);
      long key = ((long) items.lastSource << 32) | ((long) items.lastTarget << 3)
          | p.perspective().aspect().ordinal();
      int first = items.lastTarget < PACKED_ELEMENTS
          ? perspectiveKeys.putIfAbsent(items.lastSource, key, i) : -1;
      if (first >= 0) {
        Perspective named = p.perspective();
        throw in.error("duplicate perspective: the "
            + (named.isActual() ? "" : named.aspect().label() + " ") + "perspective of "
            + Ids.quote(named.holder().id()) + " on " + Ids.quote(named.subject().id())
            + " is given at $.perspectives[" + first + "] already; a perspective has one profile");
      }
      builder.perspective(p.perspective().holder(), p.perspective().subject(),
          p.perspective().aspect(), java.util.Objects.requireNonNull(p.profile()));
      i++;
    }
  }

  private void moods() throws IOException {
    in.startArray("the moods");
    int i = 0;
    while (in.nextItem("a mood")) {
      Mood m = items.mood();
      Integer first = moodKeys.putIfAbsent(new MoodKey(m.actor().id(), m.since()), i);
      if (first != null) {
        throw in.error("duplicate mood: a mood of " + Ids.quote(m.actor().id()) + " since "
            + m.since() + " is given at $.moods[" + first + "] already; an actor has at most one"
            + " mood from an instant");
      }
      builder.mood(m);
      i++;
    }
  }
}
