package org.attune.io;

/**
 * Why a trace, an event or a value was not imported. Every trace and event read is either imported or
 * counted under exactly one reason of {@link Scope#TRACE} or {@link Scope#EVENT} scope, so that
 * {@code tracesRead = tracesImported + Σ skipped(TRACE reasons)} and {@code eventsRead =
 * eventsImported + Σ skipped(EVENT reasons)} always hold (see {@link ImportReport}).
 */
public enum SkipReason {
  /** The rest of the file is not well-formed XML or CSV and was not read (only under SKIP). */
  MALFORMED_SYNTAX(Scope.FILE, true, "the rest of the file was not well formed and was not read"),
  /** A trace had no case id (XES: no {@code concept:name} on the trace). */
  MISSING_CASE_ID(Scope.TRACE, true, "trace without a case id"),
  /**
   * A trace's case id was blank: empty, or only white space and invisible characters such as the
   * no-break or zero-width space ({@link org.attune.model.Ids#isBlank}). Ids must be non-blank, so
   * the trace was skipped.
   */
  BLANK_CASE_ID(Scope.TRACE, true, "trace with a blank case id"),
  /**
   * A trace's case id, customer attribute or product held a control character ({@link
   * org.attune.model.Ids#isControl}), so it cannot become an id; the trace was skipped rather than
   * the text altered.
   */
  CONTROL_CHARACTER_IN_TRACE(Scope.TRACE, true,
      "trace whose case id, customer or product holds a control character"),
  /** The mapping reads the customer from an attribute that the trace and its events lack or leave blank. */
  MISSING_CUSTOMER(Scope.TRACE, true, "trace without a customer attribute"),
  /** A trace held no events at all. */
  EMPTY_TRACE(Scope.TRACE, true, "trace without events"),
  /** A trace was cut short by malformed syntax (only under SKIP). */
  TRUNCATED_TRACE(Scope.TRACE, true, "trace cut short by malformed syntax"),
  /**
   * Every event of a trace was skipped for reasons of its own (typically the lifecycle filter), so
   * the trace yields no journey. Not malformed.
   */
  NO_EVENT_IMPORTED(Scope.TRACE, false, "trace all of whose events were skipped"),
  /** An event's lifecycle transition is not one the mapping keeps (default: complete only). Not malformed. */
  LIFECYCLE_FILTERED(Scope.EVENT, false, "event of a lifecycle transition not kept"),
  /**
   * An event's activity is not one the mapping keeps ({@link LogMapping#keepsActivity}: activities
   * included or excluded by name or pattern). Not malformed.
   */
  ACTIVITY_FILTERED(Scope.EVENT, false, "event of an activity filtered out"),
  /** An event had no activity name. */
  MISSING_ACTIVITY(Scope.EVENT, true, "event without an activity"),
  /**
   * An event's activity name was blank (see {@link #BLANK_CASE_ID}). Touchpoint ids must be
   * non-blank, so the event was skipped.
   */
  BLANK_ACTIVITY(Scope.EVENT, true, "event with a blank activity"),
  /** An event had no timestamp. */
  MISSING_TIMESTAMP(Scope.EVENT, true, "event without a timestamp"),
  /** An event's timestamp was not an ISO-8601 date-time (or the CSV's configured format). */
  UNPARSEABLE_TIMESTAMP(Scope.EVENT, true, "event with an unparseable timestamp"),
  /** An event's emotion attribute was not a number in [-1, 1]. */
  UNPARSEABLE_EMOTION(Scope.EVENT, true, "event with an emotion value outside [-1, 1]"),
  /**
   * An event's activity or resource held a control character ({@link
   * org.attune.model.Ids#isControl}), so it cannot become a touchpoint or actor id; the event was
   * skipped rather than the text altered.
   */
  CONTROL_CHARACTER_IN_EVENT(Scope.EVENT, true,
      "event whose activity or resource holds a control character"),
  /**
   * An XES event stood directly under the log, outside any trace, so it belongs to no case and
   * cannot join a journey.
   */
  EVENT_OUTSIDE_TRACE(Scope.EVENT, true, "event outside any trace"),
  /** A CSV row had more or fewer fields than the header. */
  WRONG_FIELD_COUNT(Scope.EVENT, true, "CSV row with the wrong number of fields"),
  /** A CSV row held bytes that are not UTF-8. */
  MALFORMED_ENCODING(Scope.EVENT, true, "CSV row holding bytes that are not UTF-8"),
  /** The event was fine, but its trace was skipped for one of the trace reasons. */
  IN_SKIPPED_TRACE(Scope.EVENT, false, "event of a skipped trace"),
  /**
   * An event's resource was blank: the episode was imported without a counterpart (actor ids must be
   * non-blank). Not malformed; counts values, not events.
   */
  BLANK_RESOURCE(Scope.VALUE, false, "blank resource dropped, episode kept without counterpart"),
  /**
   * A trace's product was blank: the journey was imported without a value proposition. Not
   * malformed; counts values, not traces.
   */
  BLANK_PRODUCT(Scope.VALUE, false, "blank product dropped, journey kept without proposition");

  /** What a {@link SkipReason} counts. */
  public enum Scope {
    /** The rest of a file. */
    FILE,
    /** Whole traces (cases), with their events counted under {@link SkipReason#IN_SKIPPED_TRACE}. */
    TRACE,
    /** Single events. */
    EVENT,
    /** Single values dropped from a trace or event that was imported all the same. */
    VALUE
  }

  private final Scope scope;
  private final boolean malformed;
  private final String description;

  SkipReason(Scope scope, boolean malformed, String description) {
    this.scope = scope;
    this.malformed = malformed;
    this.description = description;
  }

  /** {@return what this reason counts: the rest of a file, traces, events or values} */
  public Scope scope() {
    return scope;
  }

  /**
   * {@return whether this reason is malformed input}: under {@link MalformedInputPolicy#FAIL} it
   * stops the import with a {@link LogFormatException}; otherwise it is always a counted skip
   */
  public boolean isMalformed() {
    return malformed;
  }

  /** {@return a short description for reports} */
  public String description() {
    return description;
  }
}
