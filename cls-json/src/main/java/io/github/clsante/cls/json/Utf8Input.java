package io.github.clsante.cls.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a document's bytes, as a {@link Reader} for the parser. A leading UTF-8 byte order
 * mark is skipped; a document in UTF-16 or UTF-32 (with or without a byte order mark) and every ill-formed UTF-8
 * sequence (stray bytes, overlong forms, encoded surrogates, code points above U+10FFFF, a sequence cut by the
 * end of the input) stop reading with a {@link NotUtf8} that says which bytes and where (line and column of the
 * character they would have been). Internal; one document, one thread; never closes the stream.
 */
final class Utf8Input extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private boolean eof;
  private boolean started;
  private boolean done;
  /** Position of the next character handed out, counted as the parser counts (lines end at CR, LF or CRLF). */
  private int line = 1;
  private int column = 1;
  private boolean afterCr;

  Utf8Input(InputStream in) {
    this.in = in;
    bytes.flip(); // empty, ready to be read
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!started) {
      start();
    }
    if (done) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buf, off, len);
    for (;;) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        if (out.position() > off) {
          break; // hand out what was decoded; the error comes again on the next call, at its exact position
        }
        throw notUtf8(r.length());
      }
      if (out.position() > off) {
        break;
      }
      if (eof) {
        decoder.flush(out); // UTF-8 keeps no state past the bytes it has decoded
        done = true;
        return out.position() > off ? count(buf, off, out.position() - off) : -1;
      }
      fill();
    }
    return count(buf, off, out.position() - off);
  }

  @Override
  public void close() {
    // the caller owns the stream
  }

  private int count(char[] buf, int off, int n) {
    // the position in locals while counting: this runs over every character of every document, and code the
    // first-tier compiler made (all the launcher lets the JIT make) reads and writes fields in memory each time
    int ln = line;
    int col = column;
    boolean cr = afterCr;
    for (int i = off, end = off + n; i < end; i++) {
      char c = buf[i];
      if (c > '\r') {
        col++;
        cr = false;
      } else if (c == '\n' && cr) {
        cr = false;
      } else if (c == '\n' || c == '\r') {
        ln++;
        col = 1;
        cr = c == '\r';
      } else {
        col++;
        cr = false;
      }
    }
    line = ln;
    column = col;
    afterCr = cr;
    return n;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Reads the first bytes: skips a UTF-8 byte order mark, refuses UTF-16 and UTF-32. */
  private void start() throws IOException {
    started = true;
    while (!eof && bytes.remaining() < 4) {
      fill();
    }
    int n = Math.min(4, bytes.remaining());
    int[] b = new int[4];
    for (int i = 0; i < n; i++) {
      b[i] = bytes.get(bytes.position() + i) & 0xff;
    }
    String other = null;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff) {
      other = "UTF-32BE (byte order mark 00 00 FE FF)";
    } else if (n >= 4 && b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0) {
      other = "UTF-32LE (byte order mark FF FE 00 00)";
    } else if (n >= 2 && b[0] == 0xfe && b[1] == 0xff) {
      other = "UTF-16BE (byte order mark FE FF)";
    } else if (n >= 2 && b[0] == 0xff && b[1] == 0xfe) {
      other = "UTF-16LE (byte order mark FF FE)";
    } else if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      other = "UTF-32BE (no byte order mark; starts " + hex(b, 4) + ")";
    } else if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      other = "UTF-32LE (no byte order mark; starts " + hex(b, 4) + ")";
    } else if (n >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
      other = "UTF-16BE (no byte order mark; starts " + hex(b, 4) + ")";
    } else if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
      other = "UTF-16LE (no byte order mark; starts " + hex(b, 4) + ")";
    } else if (n >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf) {
      bytes.position(bytes.position() + 3); // a UTF-8 byte order mark: allowed, and not part of the text
    }
    if (other != null) {
      throw new NotUtf8(1, 1, other);
    }
  }

  private NotUtf8 notUtf8(int length) {
    int at = bytes.position();
    int[] rest = new int[Math.min(4, bytes.remaining())];
    for (int i = 0; i < rest.length; i++) {
      rest[i] = bytes.get(at + i) & 0xff;
    }
    if (eof && bytes.remaining() < 4 && cutSequence(rest)) {
      return new NotUtf8(line, column, "a UTF-8 sequence cut by the end of the input (" + hex(rest, rest.length)
          + ")");
    }
    return new NotUtf8(line, column, "bytes that are not UTF-8 (" + hex(rest, Math.min(length, rest.length))
        + ")");
  }

  /**
   * Whether bytes are well-formed UTF-8 (the Unicode Standard's table 3-7): exactly the bytes this reader's
   * decoder reads without a {@link NotUtf8}, once a byte order mark is skipped.
   *
   * @param b bytes
   * @param from the first to look at
   * @param to past the last
   * @return true when every sequence is well-formed and none is cut by {@code to}
   */
  static boolean wellFormed(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      // ASCII is most of a document: eight bytes at a time, whose OR is negative when one has its top bit set
      // (under the first-tier compiler, about twice as fast as a byte at a time)
      if (i + 8 <= to && (b[i] | b[i + 1] | b[i + 2] | b[i + 3] | b[i + 4] | b[i + 5] | b[i + 6] | b[i + 7]) >= 0) {
        i += 8;
        continue;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      if (c < 0xc2 || c > 0xf4) {
        return false; // a continuation byte, an overlong two-byte form, or no lead byte at all
      }
      int need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      if (i + need > to) {
        return false;
      }
      int c1 = b[i + 1] & 0xff;
      if ((c1 & 0xc0) != 0x80
          || c == 0xe0 && c1 < 0xa0 // overlong three-byte form
          || c == 0xed && c1 > 0x9f // a surrogate
          || c == 0xf0 && c1 < 0x90 // overlong four-byte form
          || c == 0xf4 && c1 > 0x8f) { // past U+10FFFF
        return false;
      }
      for (int k = 2; k < need; k++) {
        if ((b[i + k] & 0xc0) != 0x80) {
          return false;
        }
      }
      i += need;
    }
    return true;
  }

  /** Whether bytes, all there is left, are the well-formed start of a longer UTF-8 sequence. */
  private static boolean cutSequence(int[] b) {
    if (b.length == 0) {
      return false;
    }
    int need = b[0] >= 0xc2 && b[0] <= 0xdf ? 2 : b[0] >= 0xe0 && b[0] <= 0xef ? 3
        : b[0] >= 0xf0 && b[0] <= 0xf4 ? 4 : 0;
    if (need <= b.length) {
      return false;
    }
    for (int i = 1; i < b.length; i++) {
      if ((b[i] & 0xc0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String hex(int[] b, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(String.format("%02X", b[i]));
    }
    return s.toString();
  }

  /** The document is not UTF-8: where, and what was found instead. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final String found;

    NotUtf8(int line, int column, String found) {
      super(found);
      this.line = line;
      this.column = column;
      this.found = found;
    }

    DocumentProblem problem(String pointer) {
      return new DocumentProblem(pointer, line, column, "a UTF-8 document", found);
    }
  }
}
