package org.attune.io;

/**
 * Why a trace, an event or a value was not imported. Every trace and event read is either imported or
 * counted under exactly one reason of {@link Scope#TRACE} or {@link Scope#EVENT} scope, so that
 * {@code tracesRead = tracesImported + Σ skipped(TRACE reasons)} and {@code eventsRead =
 * eventsImported + Σ skipped(EVENT reasons)} always hold (see {@link ImportReport}).
 *
 * <p>For a table ({@link Tables}) an event is a row (for a long survey, one answer) and a trace is a
 * survey profile, the rows of one perspective; the reasons from {@link #MISSING_FIELD} to {@link
 * #INVALID_PROFILE} are met in tables only.
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
  /**
   * A table row left a required field empty (a survey's respondent, dimension or level; an element's
   * id or kind; a relation's source, type or target; a kind-specific column its kind needs).
   */
  MISSING_FIELD(Scope.EVENT, true, "table row with an empty required field"),
  /**
   * A table row's id was blank or held a control character ({@link org.attune.model.Ids#isValid}),
   * or a dimension name was blank.
   */
  INVALID_ID(Scope.EVENT, true, "table row with a blank id or one holding a control character"),
  /**
   * A table row's value did not parse or was out of range (a level outside [0, 1], a negative weight,
   * a strength outside (0, 1]), or did not fit (a name holding a control character, a relation type
   * that does not connect the kinds of its ends, a weight without a level).
   */
  INVALID_VALUE(Scope.EVENT, true, "table row with a value that does not parse, fit or lie in range"),
  /** A table row named an unknown element kind, actor type, aspect, stage or relation type. */
  UNKNOWN_NAME(Scope.EVENT, true, "table row naming an unknown kind, type, aspect or stage"),
  /**
   * A table row named an element that is neither in the table nor among the mapping's {@linkplain
   * TableMapping#elements() known elements}, or one of the wrong kind (a survey's respondent that is
   * not an actor).
   */
  UNKNOWN_ELEMENT(Scope.EVENT, true, "table row naming an element not there or of the wrong kind"),
  /** A table row repeated an element id, a relation or a survey answer already read. */
  DUPLICATE_ROW(Scope.EVENT, true, "table row repeating an id, relation or answer already read"),
  /**
   * A survey profile could not be made: every weight was 0, or (wide format) the respondent gave no
   * level at all.
   */
  INVALID_PROFILE(Scope.TRACE, true, "survey profile without a level or a positive weight"),
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
