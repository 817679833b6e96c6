package org.attune.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The characters of an XML byte stream, on their way to the parser: decoded in the encoding that
 * appendix F of the XML specification finds (a byte order mark, else the XML declaration, else
 * UTF-8), and checked as they pass.
 *
 * <ul>
 *   <li>No start tag (with its attributes), text, comment, CDATA section, processing instruction or
 *       document type declaration may be longer than the limit, so that the parser, which holds each
 *       of them whole, holds no more than the limit.
 *   <li>No element nested more than {@value #MAX_DEPTH} deep, no more than {@value #MAX_NAMES}
 *       distinct names, and no more than the limit in all namespace declarations together: the
 *       parser keeps the open elements, and every name and namespace it meets, to the end.
 *   <li>No entity reference other than the five predefined ones and character references: DTDs are
 *       not read, so no other entity is declared, and a parser that was told of an external DTD
 *       would otherwise drop such a reference silently.
 *   <li>No byte that is not valid in the encoding (the JDK's own decoder would print to stderr).
 *   <li>No character that no XML document may hold as it is: a C0 control character other than
 *       tab, line feed and carriage return, U+FFFE or U+FFFF (the JDK's parser, meeting one in a
 *       document type declaration, throws a {@link java.util.MissingResourceException}).
 * </ul>
 *
 * <p>The first such problem is kept as a {@link LogFormatException} ({@link #problem()}), the
 * characters before it are handed over, and the next read fails; an {@link IOException} of the byte
 * stream itself is kept too ({@link #sourceFailure()}). Mutable; one per import; not thread-safe.
 */
final class XmlGuard extends Reader {

  /** What a {@link #problem()} is: a limit passed, or input that is not well formed. */
  enum Kind {
    /** A limit passed: an item too long, elements too deep, too many names. */
    LIMIT,
    /** An undeclared entity or a byte sequence not valid in the encoding. */
    MALFORMED
  }

  private static final int BUFFER = 1 << 13;
  private static final int MAX_DECLARATION = 512;
  private static final int MAX_SHOWN_NAME = 64;

  /** The deepest elements may nest: XES needs a handful of levels. */
  static final int MAX_DEPTH = 100;

  /** The most distinct element, attribute and processing-instruction names a log may use. */
  static final int MAX_NAMES = 1_000;

  /** Longer names are cut to this length when counted (the parser refuses names of 1,000). */
  private static final int MAX_NAME = 1_000;
  private static final Set<String> PREDEFINED = Set.of("lt", "gt", "amp", "apos", "quot");
  private static final Pattern ENCODING =
      Pattern.compile("\\sencoding\\s*=\\s*([\"'])([^\"']*)\\1");

  // what the characters are in: the states of a small XML lexer
  private static final int TEXT = 0;
  private static final int LT = 1; // after '<'
  private static final int BANG = 2; // after "<!"
  private static final int TAG = 3;
  private static final int VALUE = 4; // a quoted attribute value
  private static final int REF = 5; // after '&' in text or a value
  private static final int COMMENT = 6;
  private static final int CDATA = 7;
  private static final int PI = 8;
  private static final int DECL = 9; // <!DOCTYPE ...>
  private static final int DECL_QUOTE = 10;
  private static final int DECL_COMMENT = 11;
  private static final int DECL_PI = 12;

  private final InputStream bytes;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer in = ByteBuffer.allocate(BUFFER);
  private final int limit;
  private boolean endOfBytes;
  private boolean flushed;
  private @Nullable CoderResult pendingError;
  private final char[] pair = new char[2];
  private int pendingChar = -1;

  private @Nullable LogFormatException problem;
  private Kind problemKind = Kind.MALFORMED;
  private String problemDetail = "";
  private @Nullable IOException sourceFailure;

  private int line = 1;
  private int column;
  private boolean afterCr;

  private int state = TEXT;
  private int returnState = TEXT;
  private char quote;
  private int mark; // dashes or brackets or '?' seen just before, to find an end
  private int depth; // of '[' in a DOCTYPE
  private long last4; // the last four characters, to find "<!--" in a DOCTYPE
  private final StringBuilder bang = new StringBuilder(8);
  private final StringBuilder refName = new StringBuilder(MAX_SHOWN_NAME);
  private int refLine;
  private int refColumn;

  private final char[] name = new char[MAX_NAME];
  private int nameLength;
  private int nameHash;
  /** The distinct names met: open addressing, more than twice as many slots as names allowed. */
  private final char[][] names = new char[Integer.highestOneBit(MAX_NAMES) * 4][];
  private final int[] nameHashes = new int[names.length];
  private int nameCount;
  private boolean naming; // reading the target of a processing instruction
  private boolean endTag;
  private char tagLast;
  private boolean namespaceValue;
  private long namespaceChars;
  private int elementDepth;

  private String kind = "a text";
  private long run;
  private int itemLine = 1;
  private int itemColumn = 1;

  private XmlGuard(InputStream bytes, Charset charset, int limit) {
    this.bytes = bytes;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.limit = limit;
    in.flip(); // empty, ready to be read
  }

  /**
   * {@return the characters of {@code bytes}}, decoded in the encoding the byte order mark or the
   * XML declaration names (default UTF-8); a byte order mark is passed over
   *
   * @param bytes the stream; it must support {@link InputStream#mark}
   * @param limit the most characters one item may hold
   * @throws LogFormatException if the declared encoding is unknown or does not fit the first bytes
   * @throws IOException if the stream cannot be read
   */
  static XmlGuard open(InputStream bytes, int limit) throws IOException {
    bytes.mark(4 * MAX_DECLARATION);
    byte[] head = new byte[4 * MAX_DECLARATION];
    int n = 0;
    for (int r; n < head.length && (r = bytes.read(head, n, head.length - n)) > 0; ) {
      n += r;
    }
    bytes.reset();
    int b0 = n > 0 ? head[0] & 0xff : -1;
    int b1 = n > 1 ? head[1] & 0xff : -1;
    int b2 = n > 2 ? head[2] & 0xff : -1;
    int b3 = n > 3 ? head[3] & 0xff : -1;
    Charset family;
    int bom = 0;
    if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
      family = StandardCharsets.UTF_8;
      bom = 3;
    } else if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff) {
      family = Charset.forName("UTF-32BE");
      bom = 4;
    } else if (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0) {
      family = Charset.forName("UTF-32LE");
      bom = 4;
    } else if (b0 == 0xfe && b1 == 0xff) {
      family = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (b0 == 0xff && b1 == 0xfe) {
      family = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<') {
      family = Charset.forName("UTF-32BE");
    } else if (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0) {
      family = Charset.forName("UTF-32LE");
    } else if (b0 == 0 && b1 == '<' && b2 == 0 && b3 == '?') {
      family = StandardCharsets.UTF_16BE;
    } else if (b0 == '<' && b1 == 0 && b2 == '?' && b3 == 0) {
      family = StandardCharsets.UTF_16LE;
    } else if (b0 == 0x4c && b1 == 0x6f && b2 == 0xa7 && b3 == 0x94) {
      family = charset("IBM037", "EBCDIC");
    } else {
      family = StandardCharsets.UTF_8; // or another encoding its declaration names
    }
    Charset charset = family;
    String declared = declaredEncoding(new String(head, bom, n - bom, family));
    boolean asciiFamily = family.equals(StandardCharsets.UTF_8) && bom == 0;
    boolean ebcdic = family.name().equals("IBM037");
    if (declared != null && (asciiFamily || ebcdic)) {
      charset = charset(declared, declared);
      byte[] start = Arrays.copyOf(head, Math.min(n, 5));
      if (!Arrays.equals("<?xml".getBytes(charset), start)) {
        throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1,
            "the XML declaration names the encoding \"" + declared
                + "\", but the log does not begin in it");
      }
    }
    for (int i = 0; i < bom; i++) {
      bytes.read();
    }
    return new XmlGuard(bytes, charset, limit);
  }

  private static @Nullable String declaredEncoding(String head) {
    if (!head.startsWith("<?xml")) {
      return null;
    }
    int end = head.indexOf("?>");
    if (end < 0) {
      return null; // the parser will say what is wrong with the declaration
    }
    Matcher m = ENCODING.matcher(head.substring(0, end));
    return m.find() ? m.group(2) : null;
  }

  private static Charset charset(String name, String shown) throws LogFormatException {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new LogFormatException(SkipReason.MALFORMED_SYNTAX, 1, 1,
          "the log's encoding \"" + shown + "\" is not one this Java runtime supports;"
              + " expected UTF-8, UTF-16 or another encoding the runtime knows", e);
    }
  }

  /** {@return the first limit passed or malformed input met, if any} */
  @Nullable LogFormatException problem() {
    return problem;
  }

  /** {@return what was wrong, without the line and column; empty if nothing was} */
  String problemDetail() {
    return problemDetail;
  }

  /** {@return what {@link #problem()} is} */
  Kind problemKind() {
    return problemKind;
  }

  /** {@return the exception the byte stream threw, if it threw one} */
  @Nullable IOException sourceFailure() {
    return sourceFailure;
  }

  /** {@return the 1-based line of the last character handed over} */
  int line() {
    return line;
  }

  /** {@return the 1-based column of the last character handed over} */
  int column() {
    return column;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    LogFormatException known = problem;
    if (known != null) {
      throw new IOException(known.getMessage(), known);
    }
    if (len == 0) {
      return 0;
    }
    int n;
    if (pendingChar >= 0) {
      cbuf[off] = (char) pendingChar;
      pendingChar = -1;
      n = 1;
    } else if (len == 1) {
      // room for one char only: decode into two, so that a surrogate pair fits, and keep the second
      n = decode(pair, 0, 2);
      if (n <= 0) {
        return n;
      }
      cbuf[off] = pair[0];
      pendingChar = n == 2 ? pair[1] : -1;
      n = 1;
    } else {
      n = decode(cbuf, off, len);
      if (n <= 0) {
        return n;
      }
    }
    int end = off + n;
    for (int i = off; i < end; ) {
      int plain = plainRun(cbuf, i, end);
      if (plain > 0) {
        i += plain;
        continue;
      }
      step(cbuf[i]);
      LogFormatException found = problem;
      if (found != null) {
        if (i > off) {
          return i - off; // the characters before the problem; the next read fails
        }
        throw new IOException(found.getMessage(), found);
      }
      i++;
    }
    return n;
  }

  @Override
  public void close() {
    // the byte stream belongs to the caller
  }

  private int decode(char[] cbuf, int off, int len) throws IOException {
    CoderResult error = pendingError;
    if (error != null) {
      throw codingProblem(error);
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      if (flushed) {
        return out.position() > off ? out.position() - off : -1;
      }
      CoderResult r = decoder.decode(in, out, endOfBytes);
      if (r.isError()) {
        if (out.position() > off) {
          pendingError = r;
          return out.position() - off;
        }
        throw codingProblem(r);
      }
      if (r.isOverflow()) {
        return out.position() - off;
      }
      if (endOfBytes) {
        if (decoder.flush(out).isOverflow()) {
          return out.position() - off;
        }
        flushed = true;
        continue;
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      in.compact();
      int read;
      try {
        read = bytes.read(in.array(), in.position(), in.remaining());
      } catch (IOException e) {
        sourceFailure = e;
        throw e;
      } finally {
        in.flip();
      }
      if (read < 0) {
        endOfBytes = true;
      } else {
        in.limit(in.limit() + read);
      }
    }
  }

  private IOException codingProblem(CoderResult r) {
    fail(Kind.MALFORMED, line, column + 1, "the log is not valid " + charset.name() + ": "
        + (r.isUnmappable() ? "a character it cannot map" : "a malformed byte sequence")
        + " of " + r.length() + " byte" + (r.length() == 1 ? "" : "s")
        + "; expected text in the encoding its XML declaration names (default UTF-8)");
    LogFormatException e = requireNonNull(problem);
    return new IOException(e.getMessage(), e);
  }

  // ---- the lexer

  /**
   * {@return how many characters from {@code from} this method took at once}: those of a text, a
   * tag or a value (not a namespace value) that end no item, start no reference or line and pass no
   * limit, with the same effect as {@link #step} on each; the others go through {@link #step}
   */
  private int plainRun(char[] cbuf, int from, int end) {
    if (state != TEXT && state != TAG && (state != VALUE || namespaceValue)) {
      return 0;
    }
    long room = limit - run;
    int last = (int) Math.min(end, from + room);
    int i = from;
    scan:
    while (i < last) {
      char c = cbuf[i];
      if (c < 0x20 ? c != '\t' : c == '&' || c >= 0xFFFE) {
        break; // a line break, a character XML forbids, or a reference
      }
      if (state == TEXT) {
        if (c == '<') {
          break;
        }
      } else if (state == VALUE) {
        if (c == quote) {
          state = TAG;
        }
      } else if (c == '"' || c == '\'') {
        name();
        if (namespaceValue) {
          break scan; // a namespace value is counted on its own, in step
        }
        quote = c;
        state = VALUE;
        tagLast = c;
      } else if (c == '>') {
        break;
      } else {
        if (c == '=' || c == '/' || c == ' ' || c == '\t') {
          name();
        } else {
          appendName(c);
        }
        tagLast = c;
      }
      i++;
    }
    int k = i - from;
    if (k > 0) {
      if (run == 0) {
        itemLine = line;
        itemColumn = column + 1;
      }
      run += k;
      column += k;
      afterCr = false;
    }
    return k;
  }

  private void step(char c) {
    if (afterCr && c == '\n') {
      afterCr = false; // the second half of a CR LF line break
      lex(c);
      return;
    }
    column++;
    if (isForbidden(c)) {
      fail(Kind.MALFORMED, line, column, String.format(Locale.ROOT,
          "the log holds the character U+%04X, which XML does not allow%s; expected text without"
              + " control characters other than tab, line feed and carriage return", (int) c,
          c < 0x20 ? String.format(Locale.ROOT, " (XML 1.1 only as a character reference, &#%d;)",
              (int) c) : ""));
      return;
    }
    lex(c);
    afterCr = c == '\r';
    if (c == '\n' || c == '\r') {
      line++;
      column = 0;
    }
  }

  private void begin(String what) {
    kind = what;
    run = 0;
  }

  private void count() {
    if (run == 0) {
      itemLine = line;
      itemColumn = Math.max(column, 1);
    }
    if (++run > limit) {
      fail(Kind.LIMIT, itemLine, itemColumn, kind + " holds more than "
          + String.format(Locale.ROOT, "%,d", limit) + " characters, the limit of"
          + " LogMapping.maxValueLength(); the log was not read on, so that memory stays bounded."
          + " Raise the limit (LogMapping.Builder.maxValueLength) only for a log you trust");
    }
  }

  private void fail(Kind what, int atLine, int atColumn, String detail) {
    problem = new LogFormatException(SkipReason.MALFORMED_SYNTAX, atLine, atColumn, detail);
    problemKind = what;
    problemDetail = detail;
  }

  private void lex(char c) {
    switch (state) {
      case TEXT -> {
        if (c == '<') {
          begin("a start tag with its attribute values");
          count();
          state = LT;
        } else {
          count();
          if (c == '&') {
            startReference(TEXT);
          }
        }
      }
      case LT -> {
        if (c == '!') {
          count();
          bang.setLength(0);
          state = BANG;
        } else if (c == '?') {
          kind = "a processing instruction";
          count();
          mark = 0;
          nameLength = 0;
          nameHash = 0;
          naming = true;
          state = PI;
        } else {
          endTag = c == '/';
          tagLast = c;
          nameLength = 0;
          nameHash = 0;
          namespaceValue = false;
          state = TAG;
          if (endTag) {
            count();
          } else {
            lex(c);
          }
        }
      }
      case BANG -> {
        count();
        bang.append(c);
        String b = bang.toString();
        if (b.equals("--")) {
          kind = "a comment";
          mark = 0;
          state = COMMENT;
        } else if (b.equals("[CDATA[")) {
          kind = "a CDATA section";
          mark = 0;
          state = CDATA;
        } else if (!"--".startsWith(b) && !"[CDATA[".startsWith(b)) {
          kind = "the document type declaration";
          depth = 0;
          last4 = 0;
          state = DECL;
          declaration(c);
        }
      }
      case TAG -> {
        count();
        if (c == '"' || c == '\'') {
          name();
          quote = c;
          state = VALUE;
        } else if (c == '>') {
          name();
          nest();
          endItem();
        } else if (c == '=' || c == '/' || isSpace(c)) {
          name();
        } else {
          appendName(c);
        }
        tagLast = c;
      }
      case VALUE -> {
        count();
        if (c == quote) {
          state = TAG;
        } else {
          if (namespaceValue && ++namespaceChars > limit) {
            fail(Kind.LIMIT, itemLine, itemColumn, "the namespace declarations hold more than "
                + String.format(Locale.ROOT, "%,d", limit) + " characters together, the limit of"
                + " LogMapping.maxValueLength(); expected a few short namespace names");
          }
          if (c == '&') {
            startReference(VALUE);
          }
        }
      }
      case REF -> reference(c);
      case COMMENT -> {
        count();
        if (c == '>' && mark >= 2) {
          endItem();
        } else {
          mark = c == '-' ? mark + 1 : 0;
        }
      }
      case CDATA -> {
        count();
        if (c == '>' && mark >= 2) {
          endItem();
        } else {
          mark = c == ']' ? mark + 1 : 0;
        }
      }
      case PI -> {
        count();
        if (naming) {
          if (c == '?' || isSpace(c)) {
            naming = false;
            name();
          } else {
            appendName(c);
          }
        }
        if (c == '>' && mark == '?') {
          endItem();
        } else {
          mark = c;
        }
      }
      case DECL -> {
        count();
        declaration(c);
      }
      case DECL_QUOTE -> {
        count();
        if (c == quote) {
          state = DECL;
        }
      }
      case DECL_COMMENT -> {
        count();
        if (c == '>' && mark >= 2) {
          state = DECL;
        } else {
          mark = c == '-' ? mark + 1 : 0;
        }
      }
      case DECL_PI -> {
        count();
        if (c == '>' && mark == '?') {
          state = DECL;
        } else {
          mark = c;
        }
      }
      default -> throw new IllegalStateException("lexer state " + state);
    }
  }

  /** A character of the document type declaration, already counted. */
  private void declaration(char c) {
    last4 = last4 << 16 | c;
    if (c == '"' || c == '\'') {
      quote = c;
      state = DECL_QUOTE;
    } else if (c == '[') {
      depth++;
    } else if (c == ']') {
      depth = Math.max(0, depth - 1);
    } else if (c == '>' && depth == 0) {
      endItem();
    } else if (depth > 0 && last4 == COMMENT_OPEN) {
      mark = 0;
      state = DECL_COMMENT;
    } else if (depth > 0 && (last4 & 0xffff_ffffL) == PI_OPEN) {
      mark = 0;
      state = DECL_PI;
    }
  }

  private static final long COMMENT_OPEN =
      (long) '<' << 48 | (long) '!' << 32 | (long) '-' << 16 | '-';
  private static final long PI_OPEN = (long) '<' << 16 | '?';

  /**
   * The name just read in a tag or a processing instruction, if any: counted among the distinct
   * names (the parser keeps each one for the whole import), and remembered to tell a namespace
   * declaration.
   */
  private void name() {
    int length = nameLength;
    if (length == 0) {
      return;
    }
    int hash = nameHash;
    nameLength = 0;
    nameHash = 0;
    namespaceValue = length >= 5 && name[0] == 'x' && name[1] == 'm' && name[2] == 'l'
        && name[3] == 'n' && name[4] == 's' && (length == 5 || name[5] == ':');
    if (addName(length, hash) && ++nameCount > MAX_NAMES) {
      fail(Kind.LIMIT, itemLine, itemColumn, "the log uses more than "
          + String.format(Locale.ROOT, "%,d", MAX_NAMES) + " distinct element, attribute and"
          + " processing-instruction names, the limit; expected the few names of XES");
    }
  }

  /** A character of a name; beyond {@value #MAX_NAME} characters, a name is cut. */
  private void appendName(char c) {
    if (nameLength < MAX_NAME) {
      name[nameLength++] = c;
      nameHash = 31 * nameHash + c;
    }
  }

  /** {@return whether the name of {@code length} characters is new}; adds it if so */
  private boolean addName(int length, int hash) {
    int mask = names.length - 1;
    for (int slot = (hash ^ hash >>> 16) & mask; ; slot = (slot + 1) & mask) {
      char[] known = names[slot];
      if (known == null) {
        names[slot] = Arrays.copyOf(name, length);
        nameHashes[slot] = hash;
        return true;
      }
      if (nameHashes[slot] == hash && known.length == length && sameName(known, length)) {
        return false;
      }
    }
  }

  private boolean sameName(char[] known, int length) {
    for (int i = 0; i < length; i++) {
      if (known[i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return whether {@code c} may not stand in any XML document as it is}: a C0 control character
   * other than tab, line feed and carriage return, or U+FFFE or U+FFFF (neither XML 1.0 nor 1.1
   * allows them; the JDK's parser, meeting one in a DOCTYPE, fails without a message). Unpaired
   * surrogates do not get this far: the decoder refuses them as malformed input.
   */
  private static boolean isForbidden(char c) {
    return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xFFFE;
  }

  /** {@return whether {@code c} is XML white space} */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** The end of a tag: one level deeper for a start tag, one up for an end tag. */
  private void nest() {
    if (endTag) {
      elementDepth = Math.max(0, elementDepth - 1);
    } else if (tagLast != '/' && ++elementDepth > MAX_DEPTH) {
      fail(Kind.LIMIT, itemLine, itemColumn, "elements nest more than " + MAX_DEPTH
          + " deep, the limit; expected the few levels of XES (log, trace, event, attribute)");
    }
  }

  private void endItem() {
    begin("a text");
    state = TEXT;
  }

  private void startReference(int from) {
    returnState = from;
    refName.setLength(0);
    refLine = line;
    refColumn = column;
    state = REF;
  }

  /** A character after '&amp;': the name up to ';', checked there. */
  private void reference(char c) {
    if (c == ';') {
      count();
      state = returnState;
      String name = refName.toString();
      if (!name.startsWith("#") && !PREDEFINED.contains(name)) {
        boolean cut = name.length() >= MAX_SHOWN_NAME;
        fail(Kind.MALFORMED, refLine, refColumn, "the entity &" + name + (cut ? "…" : "")
            + "; is not declared (DTDs are not read, so only &lt; &gt; &amp; &apos; &quot; and"
            + " character references such as &#233; may stand in a value or text); expected"
            + " the character itself");
      }
    } else if (isSpace(c) || c == '<' || c == '>' || c == '&' || c == '"'
        || c == '\'' || c == '/' || c == '=') {
      state = returnState; // not a reference: the parser says what is wrong
      lex(c);
    } else {
      count();
      if (refName.length() < MAX_SHOWN_NAME) {
        refName.append(c);
      }
    }
  }
}
