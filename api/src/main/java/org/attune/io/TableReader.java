package org.attune.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.ActorType;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.Element;
import org.attune.model.ElementKind;
import org.attune.model.Ids;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.JourneyStage;
import org.attune.model.PaymentBasis;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.ResourceNature;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueProposition;
import org.attune.model.internal.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tables of {@link Tables} with {@link CsvRecordReader}, the CSV parser of event logs: the
 * header first, then row by row, each row either kept or counted under one {@link SkipReason}. What
 * is kept is built only once the whole table is read, so a failure leaves nothing half-built.
 *
 * <p>Mutable and not thread-safe: one reader per table.
 */
final class TableReader {

  /** A decimal number, as a spreadsheet writes it: no hex, no {@code NaN}, no type suffix. */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  /** The separator of a proposition's shared risks in the {@code risks} column. */
  private static final String RISK_SEPARATOR = "|";

  private final CsvRecordReader csv;
  private final TableMapping mapping;
  private final String source;
  private final String format;
  private final boolean failOnMalformed;

  private long tracesRead;
  private long tracesImported;
  private long eventsRead;
  private long eventsImported;
  private final EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
  private final List<ImportReport.Problem> problems = new ArrayList<>();

  private List<String> header = List.of();
  private final Map<String, Integer> index = new HashMap<>();

  private TableReader(CsvRecordReader csv, TableMapping mapping, String source, String format) {
    this.csv = csv;
    this.mapping = mapping;
    this.source = source;
    this.format = format;
    this.failOnMalformed = mapping.malformedInputPolicy() == MalformedInputPolicy.FAIL;
  }

  static TableReader of(Reader in, TableMapping mapping, String source, String format) {
    return new TableReader(CsvRecordReader.of(in, source, mapping.delimiter(),
        mapping.maxValueLength(), mapping.maxFieldCount(), "TableMapping", "table"),
        mapping, source, format);
  }

  static TableReader of(InputStream in, TableMapping mapping, String source, String format) {
    return new TableReader(CsvRecordReader.of(in, source, mapping.delimiter(),
        mapping.maxValueLength(), mapping.maxFieldCount(), "TableMapping", "table"),
        mapping, source, format);
  }

  /** What to do with one row of the header's width. */
  @FunctionalInterface
  private interface RowHandler {
    void row(List<String> row, int line) throws LogFormatException;
  }

  // ------------------------------------------------------------------------------------------
  // the formats

  /** {@return the survey of one row per answer} */
  TableImport longSurvey() throws IOException {
    readHeader();
    int respondentCol = required("respondent", "the respondent (a customer id)");
    int subjectCol = optional("subject");
    int aspectCol = optional("aspect");
    int dimensionCol = required("dimension", "the dimension");
    int levelCol = required("level", "the level in [0, 1]");
    int weightCol = optional("weight");
    Map<Perspective, Answers> traces = new LinkedHashMap<>();
    Map<String, Actor> actors = new HashMap<>();
    rows((row, line) -> {
      Perspective p = perspective(row, line, respondentCol, subjectCol, aspectCol, actors);
      if (p == null) {
        return;
      }
      String name = id(row, line, dimensionCol, "a dimension name");
      if (name == null) {
        return;
      }
      double level = number(row, line, levelCol, 0, 1, true, Double.NaN);
      if (Double.isNaN(level)) {
        return;
      }
      double weight = weightCol < 0 ? Profile.DEFAULT_WEIGHT
          : number(row, line, weightCol, 0, Double.MAX_VALUE, false, Profile.DEFAULT_WEIGHT);
      if (Double.isNaN(weight)) {
        return;
      }
      p = same(p, actors);
      Answers answers = traces.get(p);
      if (answers == null) {
        answers = new Answers(line, respondentCol + 1);
        traces.put(p, answers);
        tracesRead++;
      }
      Dimension dimension = Dimension.of(name);
      int[] before = answers.lines.get(dimension);
      if (before != null) {
        skip(SkipReason.DUPLICATE_ROW, line, dimensionCol + 1, source + ": " + p
            + " already has an answer for dimension " + Ids.quote(name) + " on line " + before[0]
            + "; expected one row per respondent, subject, aspect and dimension");
        return;
      }
      answers.lines.put(dimension, new int[] {line});
      answers.profile.level(dimension, level, weight);
      answers.count++;
    });
    Map<Perspective, Profile> perspectives = new LinkedHashMap<>();
    for (Map.Entry<Perspective, Answers> e : traces.entrySet()) {
      Answers a = e.getValue();
      Profile profile = profile(e.getKey(), a.profile, a.line, a.column, a.count);
      if (profile != null) {
        perspectives.put(e.getKey(), profile);
        tracesImported++;
        eventsImported += a.count;
      }
    }
    return result(actorsOf(perspectives), List.of(), perspectives);
  }

  /** {@return the survey of one row per respondent, a column per dimension} */
  TableImport wideSurvey() throws IOException {
    readHeader();
    int respondentCol = required("respondent", "the respondent (a customer id)");
    int subjectCol = optional("subject");
    int aspectCol = optional("aspect");
    String suffix = mapping.weightSuffix();
    List<Dimension> dimensions = new ArrayList<>();
    List<Integer> levelCols = new ArrayList<>();
    Map<String, Integer> weightCols = new HashMap<>();
    List<Integer> unnamedCols = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i == respondentCol || i == subjectCol || i == aspectCol) {
        continue;
      }
      String name = header.get(i).strip();
      if (name.isEmpty()) {
        unnamedCols.add(i);
        continue;
      }
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        weightCols.put(name.substring(0, name.length() - suffix.length()).strip(), i);
        continue;
      }
      if (!Ids.isValid(name)) {
        throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, i + 1, source
            + ": header column " + (i + 1) + " must name a dimension (non-blank, free of control"
            + " characters), but was " + Ids.quote(name));
      }
      dimensions.add(Dimension.of(name));
      levelCols.add(i);
    }
    if (dimensions.isEmpty()) {
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1, source
          + ": the header has no dimension column; expected a column per dimension besides '"
          + mapping.column("respondent") + "'; its columns are " + header);
    }
    int[] weightOf = new int[dimensions.size()];
    for (int d = 0; d < dimensions.size(); d++) {
      Integer w = weightCols.remove(dimensions.get(d).name());
      weightOf[d] = w == null ? -1 : w;
    }
    if (!weightCols.isEmpty()) {
      Map.Entry<String, Integer> orphan = weightCols.entrySet().iterator().next();
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, orphan.getValue() + 1, source
          + ": header " + column(orphan.getValue())
          + " is the weight of dimension " + Ids.quote(orphan.getKey())
          + ", but the header has no column of that dimension; its columns are " + header);
    }
    Map<Perspective, Profile> perspectives = new LinkedHashMap<>();
    Map<Perspective, Integer> lines = new HashMap<>();
    Map<String, Actor> actors = new HashMap<>();
    rows((row, line) -> {
      for (int col : unnamedCols) {
        if (!row.get(col).isEmpty()) {
          skip(SkipReason.INVALID_VALUE, line, col + 1, source + ": column " + (col + 1)
              + " has no name in the header, but holds a value; expected it empty (a column"
              + " without a name is read as no dimension)");
          return;
        }
      }
      Perspective p = perspective(row, line, respondentCol, subjectCol, aspectCol, actors);
      if (p == null) {
        return;
      }
      Profile.Builder profile = Profile.builder();
      for (int d = 0; d < dimensions.size(); d++) {
        int levelCol = levelCols.get(d);
        boolean hasLevel = !row.get(levelCol).isEmpty();
        double level = hasLevel ? number(row, line, levelCol, 0, 1, false, Double.NaN) : 0;
        if (Double.isNaN(level)) {
          return;
        }
        double weight = weightOf[d] < 0 ? Profile.DEFAULT_WEIGHT : number(row, line, weightOf[d],
            0, Double.MAX_VALUE, false, Profile.DEFAULT_WEIGHT);
        if (Double.isNaN(weight)) {
          return;
        }
        if (!hasLevel) {
          if (weightOf[d] >= 0 && !row.get(weightOf[d]).isEmpty()) {
            skip(SkipReason.INVALID_VALUE, line, weightOf[d] + 1, source + ": "
                + column(weightOf[d]) + " gives a weight to dimension "
                + Ids.quote(dimensions.get(d).name())
                + ", which has no level in this row; expected a level in [0, 1] beside it");
            return;
          }
          continue;
        }
        profile.level(dimensions.get(d), level, weight);
      }
      p = same(p, actors);
      Integer before = lines.get(p);
      if (before != null) {
        skip(SkipReason.DUPLICATE_ROW, line, respondentCol + 1, source + ": " + p
            + " already has a row, on line " + before
            + "; expected one row per respondent, subject and aspect");
        return;
      }
      lines.put(p, line);
      tracesRead++;
      Profile built = profile(p, profile, line, respondentCol + 1, 1);
      if (built != null) {
        perspectives.put(p, built);
        tracesImported++;
        eventsImported++;
      }
    });
    return result(actorsOf(perspectives), List.of(), perspectives);
  }

  /** {@return the elements of a table of one row per element} */
  TableImport elements() throws IOException {
    readHeader();
    int idCol = required("id", "the element's id");
    int kindCol = required("kind", "the element's kind");
    int nameCol = optional("name");
    int typeCol = optional("type");
    int stageCol = optional("stage");
    int risksCol = optional("risks");
    Map<String, Element> elements = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    rows((row, line) -> {
      String id = id(row, line, idCol, "the element's id");
      if (id == null) {
        return;
      }
      ElementKind kind = name(row, line, kindCol, ElementKind.class, null);
      if (kind == null) {
        return;
      }
      String name = nameCol < 0 || row.get(nameCol).isEmpty() ? id : row.get(nameCol);
      try {
        Arguments.name(name, "column '" + header.get(nameCol < 0 ? idCol : nameCol).strip() + "'");
      } catch (IllegalArgumentException e) {
        skip(SkipReason.INVALID_VALUE, line, nameCol + 1, source + ": " + e.getMessage());
        return;
      }
      if (!absentUnless(row, line, stageCol, kind == ElementKind.TOUCHPOINT, "a touchpoint", kind)
          || !absentUnless(row, line, risksCol, kind == ElementKind.VALUE_PROPOSITION,
              "a value proposition", kind)) {
        return;
      }
      Element element = element(row, line, id, name, kind, typeCol, stageCol, risksCol);
      if (element == null) {
        return;
      }
      Integer before = lines.get(id);
      if (before != null) {
        skip(SkipReason.DUPLICATE_ROW, line, idCol + 1, source + ": id " + Ids.quote(id)
            + " is already the id of the element on line " + before
            + "; expected ids unique across all kinds");
        return;
      }
      lines.put(id, line);
      elements.put(id, element);
      eventsImported++;
    });
    return result(List.copyOf(elements.values()), List.of(), Map.of());
  }

  /** {@return the relations of a table of one row per relation} */
  TableImport relations() throws IOException {
    readHeader();
    int sourceCol = required("source", "the id of the relation's source");
    int typeCol = required("type", "the relation type");
    int targetCol = required("target", "the id of the relation's target");
    int strengthCol = optional("strength");
    List<Relation> relations = new ArrayList<>();
    Set<Element> ends = new LinkedHashSet<>();
    Map<List<String>, Integer> lines = new HashMap<>();
    rows((row, line) -> {
      String sourceId = id(row, line, sourceCol, "the id of an element");
      if (sourceId == null) {
        return;
      }
      RelationType type = relationType(row, line, typeCol);
      if (type == null) {
        return;
      }
      String targetId = id(row, line, targetCol, "the id of an element");
      if (targetId == null) {
        return;
      }
      double strength = strengthCol < 0 ? Relation.DEFAULT_STRENGTH
          : number(row, line, strengthCol, 0, 1, false, Relation.DEFAULT_STRENGTH);
      if (Double.isNaN(strength)) {
        return;
      }
      if (strength == 0) {
        skip(SkipReason.INVALID_VALUE, line, strengthCol + 1, source + ": " + column(strengthCol) + " must be a number in (0, 1], but was "
            + Ids.quote(row.get(strengthCol)));
        return;
      }
      Element from = known(line, sourceCol, sourceId);
      Element to = from == null ? null : known(line, targetCol, targetId);
      if (from == null || to == null) {
        return;
      }
      if (!type.connects(from, to)) {
        skip(SkipReason.INVALID_VALUE, line, typeCol + 1, source + ": relation type "
            + type.name() + " runs from " + type.sources() + " to " + type.targets() + ", but "
            + Ids.quote(sourceId) + " is " + from.elementKind() + " and " + Ids.quote(targetId)
            + " is " + to.elementKind());
        return;
      }
      List<String> key = List.of(sourceId, type.name(), targetId);
      Integer before = lines.get(key);
      if (before != null) {
        skip(SkipReason.DUPLICATE_ROW, line, typeCol + 1, source + ": the relation "
            + Ids.quote(sourceId) + " " + type.name() + " " + Ids.quote(targetId)
            + " is already on line " + before + "; expected one row per source, type and target");
        return;
      }
      lines.put(key, line);
      relations.add(Relation.of(from, type, to, strength));
      ends.add(from);
      ends.add(to);
      eventsImported++;
    });
    return result(List.copyOf(ends), relations, Map.of());
  }

  // ------------------------------------------------------------------------------------------
  // the parts of the formats

  /** The answers of one perspective of a long survey. */
  private static final class Answers {
    final int line;
    final int column;
    final Profile.Builder profile = Profile.builder();
    final Map<Dimension, int[]> lines = new HashMap<>();
    int count;

    Answers(int line, int column) {
      this.line = line;
      this.column = column;
    }
  }

  /**
   * {@return the perspective of a survey row, or null if the row was skipped}; actors are looked up
   * but not yet kept (see {@link #same})
   */
  private @Nullable Perspective perspective(List<String> row, int line, int respondentCol,
      int subjectCol, int aspectCol, Map<String, Actor> actors) throws LogFormatException {
    String respondent = id(row, line, respondentCol, "the respondent's id");
    if (respondent == null) {
      return null;
    }
    String subject = respondent;
    if (subjectCol >= 0 && !row.get(subjectCol).isEmpty()) {
      subject = id(row, line, subjectCol, "the id of the actor whose logic is viewed");
      if (subject == null) {
        return null;
      }
    }
    Aspect aspect = Aspect.ACTUAL;
    if (aspectCol >= 0 && !row.get(aspectCol).isEmpty()) {
      aspect = name(row, line, aspectCol, Aspect.class, Aspect.ACTUAL);
      if (aspect == null) {
        return null;
      }
    }
    Actor holder = actor(line, respondentCol, respondent, actors);
    Actor viewed = holder == null ? null
        : subject.equals(respondent) ? holder : actor(line, subjectCol, subject, actors);
    return holder == null || viewed == null ? null : Perspective.of(holder, viewed, aspect);
  }

  /** {@return the perspective, its actors those kept for their ids the first time} */
  private static Perspective same(Perspective p, Map<String, Actor> actors) {
    Actor holder = actors.computeIfAbsent(p.holder().id(), k -> p.holder());
    Actor subject = actors.computeIfAbsent(p.subject().id(), k -> p.subject());
    return Perspective.of(holder, subject, p.aspect());
  }

  /**
   * {@return the actor of {@code id}: met before, known to the mapping, or else a new individual of
   * that id and name}; null if the mapping knows {@code id} as another kind of element
   */
  private @Nullable Actor actor(int line, int col, String id, Map<String, Actor> actors)
      throws LogFormatException {
    Actor met = actors.get(id);
    if (met != null) {
      return met;
    }
    Element known = mapping.elements().get(id);
    if (known == null) {
      return Actor.individual(id, id);
    }
    if (known instanceof Actor a) {
      return a;
    }
    skip(SkipReason.UNKNOWN_ELEMENT, line, col + 1, source + ": " + column(col) + " names " + Ids.quote(id) + ", which is "
        + known.elementKind() + "; expected the id of an actor");
    return null;
  }

  /** {@return the actors of the perspectives, holders and subjects, each once, in order} */
  private static List<Element> actorsOf(Map<Perspective, Profile> perspectives) {
    Set<Element> actors = new LinkedHashSet<>();
    for (Perspective p : perspectives.keySet()) {
      actors.add(p.holder());
      actors.add(p.subject());
    }
    return List.copyOf(actors);
  }

  /**
   * {@return the profile of the answers, or null if it cannot be made}: counted as {@link
   * SkipReason#INVALID_PROFILE}, its answers as {@link SkipReason#IN_SKIPPED_TRACE}
   */
  private @Nullable Profile profile(Perspective p, Profile.Builder answers, int line, int column,
      int count) throws LogFormatException {
    try {
      return answers.build();
    } catch (IllegalArgumentException e) {
      skip(SkipReason.INVALID_PROFILE, line, column, source + ": the profile of " + p
          + (e.getMessage() != null && e.getMessage().startsWith("levels must hold")
              ? " has no level; expected a level in [0, 1] for at least one dimension"
              : " has every weight 0; expected at least one positive weight"));
      count(SkipReason.IN_SKIPPED_TRACE, count);
      return null;
    }
  }

  /** {@return the element a row describes, or null if the row was skipped} */
  private @Nullable Element element(List<String> row, int line, String id, String name,
      ElementKind kind, int typeCol, int stageCol, int risksCol) throws LogFormatException {
    return switch (kind) {
      case ACTOR -> {
        ActorType type = name(row, line, typeCol, ActorType.class, ActorType.INDIVIDUAL);
        yield type == null ? null : new Actor(id, name, type);
      }
      case RESOURCE -> {
        ResourceNature nature = name(row, line, typeCol, ResourceNature.class, null);
        yield nature == null ? null : new Resource(id, name, nature);
      }
      case INSTITUTION -> {
        InstitutionKind k = name(row, line, typeCol, InstitutionKind.class, null);
        yield k == null ? null : Institution.of(id, name, k);
      }
      case ACTIVITY -> {
        yield absentUnless(row, line, typeCol, false, "an actor, resource, institution,"
            + " touchpoint or value proposition", kind) ? Activity.of(id, name) : null;
      }
      case TOUCHPOINT -> {
        TouchpointOwnership ownership =
            name(row, line, typeCol, TouchpointOwnership.class, TouchpointOwnership.BRAND_OWNED);
        if (ownership == null) {
          yield null;
        }
        JourneyStage stage = name(row, line, stageCol, JourneyStage.class,
            JourneyStage.POSTPURCHASE);
        yield stage == null ? null : Touchpoint.of(id, name, ownership, stage);
      }
      case VALUE_PROPOSITION -> {
        PaymentBasis basis = name(row, line, typeCol, PaymentBasis.class, PaymentBasis.OWNERSHIP);
        if (basis == null) {
          yield null;
        }
        Set<String> risks = new LinkedHashSet<>();
        if (risksCol >= 0 && !row.get(risksCol).isEmpty()) {
          for (String risk : row.get(risksCol).split(Pattern.quote(RISK_SEPARATOR), -1)) {
            String r = risk.strip();
            if (!Ids.isValid(r)) {
              skip(SkipReason.INVALID_ID, line, risksCol + 1, source + ": " + column(risksCol) + " must list shared risks, each"
                  + " non-blank and free of control characters, separated by '" + RISK_SEPARATOR
                  + "', but held " + Ids.quote(r));
              yield null;
            }
            risks.add(r);
          }
        }
        yield new ValueProposition(id, name, basis, risks);
      }
    };
  }

  /**
   * {@return true if the column is absent or empty in this row, or {@code allowed}}; else counts
   * the row as {@link SkipReason#INVALID_VALUE}
   */
  private boolean absentUnless(List<String> row, int line, int col, boolean allowed, String forWhom,
      ElementKind kind) throws LogFormatException {
    if (allowed || col < 0 || row.get(col).isEmpty()) {
      return true;
    }
    skip(SkipReason.INVALID_VALUE, line, col + 1, source + ": " + column(col) + " is for " + forWhom + " only, but the row is of"
        + " kind " + kind + " and gives " + Ids.quote(row.get(col)) + "; expected it empty");
    return false;
  }

  /** {@return the relation type a row names, or null if the row was skipped} */
  private @Nullable RelationType relationType(List<String> row, int line, int col)
      throws LogFormatException {
    String name = row.get(col);
    if (name.isEmpty()) {
      missing(line, col, "a relation type, one of " + mapping.relationTypes().keySet());
      return null;
    }
    RelationType type = mapping.relationTypes().get(name.strip());
    if (type == null) {
      type = mapping.relationTypes().get(name.strip().toUpperCase(Locale.ROOT));
    }
    if (type == null) {
      skip(SkipReason.UNKNOWN_NAME, line, col + 1, source + ": " + column(col) + " must name a relation type, one of "
          + mapping.relationTypes().keySet() + " (declare others with"
          + " TableMapping.Builder.relationTypes), but was " + Ids.quote(name));
    }
    return type;
  }

  /** {@return the element the mapping knows by {@code id}, or null if the row was skipped} */
  private @Nullable Element known(int line, int col, String id) throws LogFormatException {
    Element e = mapping.elements().get(id);
    if (e == null) {
      skip(SkipReason.UNKNOWN_ELEMENT, line, col + 1, source + ": " + column(col) + " names " + Ids.quote(id)
          + ", which is not among the " + mapping.elements().size()
          + " known elements; expected the id of an element given to"
          + " TableMapping.Builder.elements (such as those of an elements table)");
    }
    return e;
  }

  // ------------------------------------------------------------------------------------------
  // fields

  /** {@return the id in the field, or null if the row was skipped} */
  private @Nullable String id(List<String> row, int line, int col, String what)
      throws LogFormatException {
    String v = row.get(col);
    if (v.isEmpty()) {
      missing(line, col, what);
      return null;
    }
    if (!Ids.isValid(v)) {
      skip(SkipReason.INVALID_ID, line, col + 1, source + ": " + column(col) + " must be " + what
          + ", non-blank and free of control characters, but was " + Ids.quote(v));
      return null;
    }
    return v;
  }

  /** {@return the column as messages name it, such as {@code column 'level'}} */
  private String column(int col) {
    return "column '" + header.get(col).strip() + "'";
  }

  private void missing(int line, int col, String what) throws LogFormatException {
    skip(SkipReason.MISSING_FIELD, line, col + 1, source + ": " + column(col) + " is empty; expected " + what);
  }

  /**
   * {@return the number in the field, or NaN if the row was skipped}
   *
   * @param required whether an empty field is missing; if not, it gives {@code absent}
   */
  private double number(List<String> row, int line, int col, double min, double max,
      boolean required, double absent) throws LogFormatException {
    String v = row.get(col);
    if (v.isEmpty()) {
      if (required) {
        missing(line, col, "a number in " + range(min, max));
        return Double.NaN;
      }
      return absent;
    }
    String s = v.strip();
    double d = NUMBER.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN;
    if (!(d >= min && d <= max) || Double.isInfinite(d)) {
      skip(SkipReason.INVALID_VALUE, line, col + 1, source + ": " + column(col) + " must be a number in " + range(min, max)
          + ", written with a decimal point, such as 0.75, but was " + Ids.quote(v));
      return Double.NaN;
    }
    return d;
  }

  /** {@return the range as a message gives it: {@code [0, 1]}, or {@code [0, ∞)} for no bound} */
  private static String range(double min, double max) {
    return "[" + (long) min + ", " + (max == Double.MAX_VALUE ? "∞)" : (long) max + "]");
  }

  /**
   * {@return the constant of {@code type} the field names (case-insensitive; spaces, hyphens and
   * underscores ignored, so that {@code "pre-purchase"} is {@code PREPURCHASE}), {@code absent} if the field is empty or the column
   * absent, or null if the row was skipped}
   */
  private <E extends Enum<E>> @Nullable E name(List<String> row, int line, int col, Class<E> type,
      @Nullable E absent) throws LogFormatException {
    String v = col < 0 ? "" : row.get(col);
    if (v.isEmpty()) {
      if (absent == null) {
        if (col < 0) {
          skip(SkipReason.MISSING_FIELD, line, -1, source + ": the row's kind needs column '"
              + mapping.column("type") + "' (one of " + names(type)
              + "), which the header lacks");
        } else {
          missing(line, col, "one of " + names(type));
        }
        return null;
      }
      return absent;
    }
    String wanted = bare(v);
    for (E e : EnumSet.allOf(type)) {
      if (bare(e.name()).equals(wanted)) {
        return e;
      }
    }
    skip(SkipReason.UNKNOWN_NAME, line, col + 1, source + ": " + column(col) + " must be one of " + names(type) + ", but was "
        + Ids.quote(v));
    return null;
  }

  /** {@return the text in upper case without spaces, hyphens and underscores} */
  private static String bare(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "").replace("_", "");
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : EnumSet.allOf(type)) {
      names.add(e.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return names;
  }

  // ------------------------------------------------------------------------------------------
  // the header, the rows and the report

  private void readHeader() throws IOException {
    List<String> h = new ArrayList<>();
    if (!csv.record(h)) {
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1,
          source + ": the table is empty; expected a header row naming the columns");
    }
    if (csv.badLine() >= 0) {
      throw new LogFormatException(SkipReason.MALFORMED_ENCODING, csv.badLine(), csv.badField(),
          csv.badMessage("header"));
    }
    for (int i = 0; i < h.size(); i++) {
      String name = h.get(i).strip();
      if (name.isEmpty()) {
        continue; // a column without a name, as spreadsheets export them: no column to look up
      }
      Integer before = index.putIfAbsent(name, i);
      if (before != null) {
        throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, i + 1, source
            + ": the header names column '" + name + "' twice, as columns "
            + (before + 1) + " and " + (i + 1) + "; expected each column once");
      }
    }
    header = ImmutableList.copyOf(h);
  }

  private int required(String standard, String what) throws LogFormatException {
    String name = mapping.column(standard);
    Integer i = index.get(name);
    if (i == null) {
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1, source
          + ": the header has no column '" + name + "' (" + what + "); its columns are "
          + header + (name.equals(standard) ? "; TableMapping.Builder.column(\"" + standard
              + "\", name) renames it" : ""));
    }
    return i;
  }

  private int optional(String standard) {
    Integer i = index.get(mapping.column(standard));
    return i == null ? -1 : i;
  }

  private void rows(RowHandler handler) throws IOException {
    List<String> row = new ArrayList<>(header.size());
    try {
      while (csv.record(row)) {
        if (csv.badLine() >= 0) {
          eventsRead++;
          skip(SkipReason.MALFORMED_ENCODING, csv.badLine(), csv.badField(),
              csv.badMessage(csv.badField() <= header.size()
                  ? column(csv.badField() - 1)
                  : "beyond the header"));
          continue;
        }
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue; // a blank line
        }
        eventsRead++;
        if (row.size() != header.size()) {
          skip(SkipReason.WRONG_FIELD_COUNT, csv.recordLine(),
              Math.min(row.size(), header.size()) + 1, source + ": the row has " + row.size()
                  + " fields; expected " + header.size() + ", one per header column");
          continue;
        }
        handler.row(row, csv.recordLine());
      }
    } catch (LogFormatException e) {
      if (e.reason() != SkipReason.MALFORMED_SYNTAX || csv.limitPassed() || failOnMalformed) {
        throw e; // a field or row longer than its limit too, whatever the policy
      }
      skip(SkipReason.MALFORMED_SYNTAX, e.line(), e.column(), String.valueOf(e.getMessage()));
    }
  }

  private void skip(SkipReason reason, int line, int column, String detail)
      throws LogFormatException {
    if (reason.isMalformed()) {
      if (failOnMalformed) {
        throw new LogFormatException(reason, line, column, detail);
      }
      if (problems.size() < ImportReport.MAX_PROBLEMS) {
        problems.add(new ImportReport.Problem(reason, line, column, detail));
      }
    }
    count(reason, 1);
  }

  private void count(SkipReason reason, long n) {
    skipped.merge(reason, n, Long::sum);
  }

  private TableImport result(List<Element> elements, List<Relation> relations,
      Map<Perspective, Profile> perspectives) {
    ImportReport report = new ImportReport(source, format, tracesRead, tracesImported, eventsRead,
        eventsImported, skipped, problems);
    return new TableImport(elements, relations, perspectives, report);
  }
}
