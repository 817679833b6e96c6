package org.attune.io;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attune.model.Actor;
import org.attune.model.Emotion;
import org.attune.model.Episode;
import org.attune.model.Ids;
import org.attune.model.Initiative;
import org.attune.model.Journey;
import org.attune.model.Touchpoint;
import org.attune.model.ValueProposition;
import org.jspecify.annotations.Nullable;

/**
 * Turns the traces and events a reader hands over into episodes and journeys, as the mapping says,
 * and counts everything it reads and skips. Each distinct activity, resource, customer and product
 * becomes one object, shared by every episode that names it. Mutable; one per import.
 */
final class Assembler {

  private static final Optional<Emotion> NO_EMOTION = Optional.empty();

  private final LogMapping mapping;
  private final String source;
  private final String format;
  private final ZoneId zone;
  private final @Nullable DateTimeFormatter timestampFormat;
  private final boolean failOnMalformed;
  private final boolean filtersActivities;

  private long tracesRead;
  private long tracesImported;
  private long eventsRead;
  private long eventsImported;
  private final EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
  private final List<ImportReport.Problem> problems = new ArrayList<>();

  private final Map<String, Boolean> lifecycleKept = new HashMap<>();
  /** The activity filter's answer for each activity met before it became a touchpoint. */
  private final Map<String, Boolean> activityKept = new HashMap<>();
  private final Map<String, Touchpoint> touchpoints = new LinkedHashMap<>();
  private final Map<String, Optional<Actor>> resources = new LinkedHashMap<>();
  private final Map<String, Actor> customers = new LinkedHashMap<>();
  private final Map<String, Optional<ValueProposition>> propositions = new LinkedHashMap<>();
  private final ImmutableList.Builder<Journey> journeys = ImmutableList.builder();
  private @Nullable Instant lastTime;

  private final String caseField;
  private final String activityField;
  private final String timestampField;

  Assembler(LogMapping mapping, String source, String format,
      @Nullable DateTimeFormatter timestampFormat, String caseField, String activityField,
      String timestampField) {
    this.mapping = mapping;
    this.caseField = caseField;
    this.activityField = activityField;
    this.timestampField = timestampField;
    this.source = source;
    this.format = format;
    this.zone = mapping.zone();
    this.timestampFormat = timestampFormat;
    this.failOnMalformed = mapping.malformedInputPolicy() == MalformedInputPolicy.FAIL;
    this.filtersActivities = mapping.filtersActivities();
  }

  /** The fields of one event that the mapping reads; reused from event to event. */
  static final class EventFields {
    @Nullable String activity;
    @Nullable String lifecycle;
    @Nullable String timestamp;
    @Nullable String resource;
    @Nullable String customer;
    @Nullable String product;
    @Nullable String pleasure;
    @Nullable String arousal;
    @Nullable String dominance;
    int line;
    int column;
    /** The 1-based column of the activity, or 0 to use {@link #column}. */
    int activityColumn;
    /** The 1-based column of the resource, or 0 to use {@link #column}. */
    int resourceColumn;

    void clear() {
      activity = null;
      lifecycle = null;
      timestamp = null;
      resource = null;
      customer = null;
      product = null;
      pleasure = null;
      arousal = null;
      dominance = null;
    }
  }

  /** One trace being read: its attributes and the episodes-to-be of its events. */
  static final class Trace {
    @Nullable String caseId;
    @Nullable String customer;
    @Nullable String product;
    final int line;
    final int column;
    int eventsSeen;
    final List<Pending> pending = new ArrayList<>();

    Trace(int line, int column) {
      this.line = line;
      this.column = column;
    }
  }

  /** An event that passed every check, waiting for its trace to end. */
  record Pending(
      Touchpoint touchpoint, Instant time, Optional<Actor> counterpart, Optional<Emotion> emotion) {}

  Trace startTrace(int line, int column) {
    tracesRead++;
    return new Trace(line, column);
  }

  /** Counts an event that cannot be given to a trace (a CSV row of the wrong width). */
  void rejectEvent(SkipReason reason, int line, int column, String detail)
      throws LogFormatException {
    eventsRead++;
    skip(reason, 1, line, column, detail);
  }

  void event(Trace trace, EventFields f) throws LogFormatException {
    eventsRead++;
    trace.eventsSeen++;
    if (trace.customer == null && f.customer != null) {
      trace.customer = f.customer;
    }
    if (trace.product == null && f.product != null) {
      trace.product = f.product;
    }
    String lifecycle = f.lifecycle;
    if (lifecycle != null) {
      Boolean kept = lifecycleKept.get(lifecycle);
      if (kept == null) {
        kept = mapping.keepsLifecycle(lifecycle);
        lifecycleKept.put(lifecycle, kept);
      }
      if (!kept) {
        count(SkipReason.LIFECYCLE_FILTERED, 1);
        return;
      }
    }
    String activity = f.activity;
    if (activity == null) {
      skip(SkipReason.MISSING_ACTIVITY, 1, f.line, f.column,
          "event has no activity (" + activityField + "); expected a non-blank activity name");
      return;
    }
    Touchpoint touchpoint = touchpoints.get(activity);
    if (touchpoint == null) {
      int column = f.activityColumn > 0 ? f.activityColumn : f.column;
      if (Ids.isBlank(activity)) {
        skip(SkipReason.BLANK_ACTIVITY, 1, f.line, column,
            "event's activity (" + activityField + ") is blank; expected a non-blank name");
        return;
      }
      int control = Ids.indexOfControl(activity);
      if (control >= 0) {
        skip(SkipReason.CONTROL_CHARACTER_IN_EVENT, 1, f.line, column,
            "event's activity (" + activityField + ") must be free of control characters to"
                + " become a touchpoint id, but was " + Ids.quote(activity)
                + at(activity, control));
        return;
      }
      if (filtersActivities) {
        Boolean kept = activityKept.computeIfAbsent(activity, mapping::keepsActivity);
        if (!kept) {
          count(SkipReason.ACTIVITY_FILTERED, 1);
          return;
        }
      }
      touchpoint = mapping.touchpointOf(activity);
      touchpoints.put(activity, touchpoint);
    }
    String stamp = f.timestamp;
    if (stamp == null) {
      skip(SkipReason.MISSING_TIMESTAMP, 1, f.line, f.column,
          "event has no timestamp (" + timestampField + "); expected an ISO-8601 date-time");
      return;
    }
    Instant time;
    try {
      time = timestampFormat == null
          ? Timestamps.parse(stamp, zone)
          : Timestamps.parse(stamp, timestampFormat, zone);
    } catch (DateTimeException e) {
      skip(SkipReason.UNPARSEABLE_TIMESTAMP, 1, f.line, f.column,
          timestampField + " must be "
              + (timestampFormat == null
                  ? "an ISO-8601 date-time such as 2011-10-01T00:38:44.546+02:00"
                  : "a date-time in the configured format")
              + ", but was " + Ids.quote(stamp));
      return;
    }
    Instant last = lastTime;
    if (last != null && last.equals(time)) {
      time = last; // share equal instants between neighbouring events
    }
    lastTime = time;
    Optional<Emotion> emotion = NO_EMOTION;
    if (f.pleasure != null) {
      double p = number(f.pleasure);
      double a = f.arousal == null ? 0 : number(f.arousal);
      double d = f.dominance == null ? 0 : number(f.dominance);
      if (Double.isNaN(p) || Double.isNaN(a) || Double.isNaN(d)) {
        skip(SkipReason.UNPARSEABLE_EMOTION, 1, f.line, f.column,
            "emotion (pleasure, arousal, dominance) must be numbers in [-1, 1], but was ("
                + Ids.quote(f.pleasure) + ", " + quoteOrNone(f.arousal) + ", "
                + quoteOrNone(f.dominance) + ")");
        return;
      }
      emotion = Optional.of(Emotion.of(p, a, d));
    }
    Optional<Actor> counterpart = Optional.empty();
    String resource = f.resource;
    if (resource != null) {
      Optional<Actor> known = resources.get(resource);
      if (known != null) {
        counterpart = known;
      } else if (Ids.isBlank(resource)) {
        count(SkipReason.BLANK_RESOURCE, 1);
      } else if (Ids.indexOfControl(resource) >= 0) {
        // a resource is a person's name: say where, never what
        skip(SkipReason.CONTROL_CHARACTER_IN_EVENT, 1, f.line,
            f.resourceColumn > 0 ? f.resourceColumn : f.column,
            "event's resource must be free of control characters to become an actor id, but held"
                + at(resource, Ids.indexOfControl(resource)) + "; its value is not shown");
        return;
      } else {
        counterpart = Optional.of(
            Actor.individual(mapping.resourceIdPrefix() + resource, resource));
        resources.put(resource, counterpart);
      }
    }
    trace.pending.add(new Pending(touchpoint, time, counterpart, emotion));
  }

  void endTrace(Trace trace) throws LogFormatException {
    String caseId = trace.caseId;
    if (caseId == null) {
      skipTrace(trace, SkipReason.MISSING_CASE_ID,
          "trace has no case id (" + caseField + "); expected a non-blank case id");
      return;
    }
    if (Ids.isBlank(caseId)) {
      skipTrace(trace, SkipReason.BLANK_CASE_ID,
          "trace's case id (" + caseField + ") is blank; expected a non-blank case id");
      return;
    }
    int control = Ids.indexOfControl(caseId);
    if (control >= 0) {
      skipTrace(trace, SkipReason.CONTROL_CHARACTER_IN_TRACE,
          "trace's case id (" + caseField + ") must be free of control characters to become a"
              + " customer id, but was " + Ids.quote(caseId) + at(caseId, control));
      return;
    }
    if (trace.eventsSeen == 0) {
      skipTrace(trace, SkipReason.EMPTY_TRACE, "trace has no events; expected at least one");
      return;
    }
    String customerValue = caseId;
    if (mapping.customerAttribute().isPresent()) {
      String c = trace.customer;
      if (c == null || Ids.isBlank(c)) {
        skipTrace(trace, SkipReason.MISSING_CUSTOMER,
            "trace has no non-blank customer attribute '" + mapping.customerAttribute().get()
                + "' on itself or its events");
        return;
      }
      int inCustomer = Ids.indexOfControl(c);
      if (inCustomer >= 0) {
        skipTrace(trace, SkipReason.CONTROL_CHARACTER_IN_TRACE,
            "trace's customer attribute '" + mapping.customerAttribute().get()
                + "' must be free of control characters to become a customer id, but held"
                + at(c, inCustomer) + "; its value is not shown");
        return;
      }
      customerValue = c;
    }
    String product = trace.product;
    if (product != null && !Ids.isBlank(product) && Ids.indexOfControl(product) >= 0) {
      skipTrace(trace, SkipReason.CONTROL_CHARACTER_IN_TRACE,
          "trace's product must be free of control characters to become a value proposition id,"
              + " but was " + Ids.quote(product) + at(product, Ids.indexOfControl(product)));
      return;
    }
    if (trace.pending.isEmpty()) {
      skipTrace(trace, SkipReason.NO_EVENT_IMPORTED, "");
      return;
    }
    Actor customer = customers.get(customerValue);
    if (customer == null) {
      customer = Actor.individual(mapping.customerIdPrefix() + customerValue, customerValue);
      customers.put(customerValue, customer);
    }
    Optional<ValueProposition> proposition = Optional.empty();
    if (product != null) {
      Optional<ValueProposition> known = propositions.get(product);
      if (known != null) {
        proposition = known;
      } else if (Ids.isBlank(product)) {
        count(SkipReason.BLANK_PRODUCT, 1);
      } else {
        proposition =
            Optional.of(ValueProposition.of(mapping.propositionIdPrefix() + product, product));
        propositions.put(product, proposition);
      }
    }
    List<Episode> episodes = new ArrayList<>(trace.pending.size());
    for (Pending p : trace.pending) {
      episodes.add(new Episode(customer, p.touchpoint(), p.time(), p.emotion(), NO_EMOTION,
          Initiative.UNKNOWN, false, p.counterpart(), proposition));
    }
    journeys.add(Journey.of(episodes));
    tracesImported++;
    eventsImported += episodes.size();
  }

  /**
   * Malformed syntax under SKIP: counts the rest of the file and the trace it cut short; under FAIL,
   * throws.
   */
  void truncated(@Nullable Trace trace, int line, int column, String detail)
      throws LogFormatException {
    skip(SkipReason.MALFORMED_SYNTAX, 1, line, column, detail);
    if (trace != null) {
      count(SkipReason.TRUNCATED_TRACE, 1);
      count(SkipReason.IN_SKIPPED_TRACE, trace.pending.size());
    }
  }

  EventLog finish() {
    EnumMap<SkipReason, Long> counts = new EnumMap<>(SkipReason.class);
    for (SkipReason r : SkipReason.values()) {
      counts.put(r, skipped.getOrDefault(r, 0L));
    }
    ImportReport report = new ImportReport(source, format, tracesRead, tracesImported, eventsRead,
        eventsImported, counts, problems);
    List<Actor> resourceActors = new ArrayList<>();
    for (Optional<Actor> a : resources.values()) {
      a.ifPresent(resourceActors::add);
    }
    List<ValueProposition> props = new ArrayList<>();
    for (Optional<ValueProposition> p : propositions.values()) {
      p.ifPresent(props::add);
    }
    return new EventLog(journeys.build(), customers.values(), touchpoints.values(), resourceActors,
        props, mapping, report);
  }

  private void skipTrace(Trace trace, SkipReason reason, String detail)
      throws LogFormatException {
    skip(reason, 1, trace.line, trace.column, detail);
    count(SkipReason.IN_SKIPPED_TRACE, trace.pending.size());
  }

  private void skip(SkipReason reason, long n, int line, int column, String detail)
      throws LogFormatException {
    if (reason.isMalformed()) {
      if (failOnMalformed) {
        throw new LogFormatException(reason, line, column, detail);
      }
      if (problems.size() < ImportReport.MAX_PROBLEMS) {
        problems.add(new ImportReport.Problem(reason, line, column, detail));
      }
    }
    count(reason, n);
  }

  private void count(SkipReason reason, long n) {
    skipped.merge(reason, n, Long::sum);
  }

  /** {@return where the control character at {@code i} is, such as " (U+001B at index 1)"} */
  private static String at(String text, int i) {
    return String.format(Locale.ROOT, " (U+%04X at index %d)", (int) text.charAt(i), i);
  }

  private static String quoteOrNone(@Nullable String text) {
    return text == null ? "none" : Ids.quote(text);
  }

  /** {@return the number, or NaN if it is not a number in [-1, 1]} */
  private static double number(String text) {
    try {
      double v = Double.parseDouble(text.strip());
      return v >= -1 && v <= 1 ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
