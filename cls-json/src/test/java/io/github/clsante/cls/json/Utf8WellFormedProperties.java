package io.github.clsante.cls.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader reads bytes of well-formed UTF-8 from the bytes themselves, and everything else through the strict
 * decoder that says where the bytes go wrong. The test of well-formedness must therefore accept exactly what the
 * strict decoder accepts: more, and ill-formed bytes would reach the parser; fewer, and only speed is lost.
 */
class Utf8WellFormedProperties {

  @Property(tries = 3000)
  void wellFormedIsWhatTheStrictDecoderAccepts(@ForAll("utf8ish") byte[] bytes) {
    assertThat(Utf8Input.wellFormed(bytes, 0, bytes.length)).isEqualTo(decodes(bytes));
  }

  private static boolean decodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Byte strings made of pieces: ASCII, whole sequences of each length, and the bytes where well-formedness is
   * decided (continuation bytes, C0 C1, E0, ED, F0, F4, F5 and above): well-formed about half the time.
   */
  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<byte[]> whole = Arbitraries.integers().between(0, 0x10FFFF)
        .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
        .map(cp -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> edge = Arbitraries.of(List.of(0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF)).map(b -> new byte[] {(byte) (int) b});
    Arbitrary<byte[]> ascii = Arbitraries.integers().between(0, 0x7F).map(b -> new byte[] {(byte) (int) b});
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, ascii), net.jqwik.api.Tuple.of(4, whole), net.jqwik.api.Tuple.of(1, edge))
        .list().ofMaxSize(8).map(pieces -> {
          int n = pieces.stream().mapToInt(p -> p.length).sum();
          byte[] out = new byte[n];
          int at = 0;
          for (byte[] p : pieces) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
          }
          return out;
        });
  }
}
