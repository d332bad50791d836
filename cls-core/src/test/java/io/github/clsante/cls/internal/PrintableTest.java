package io.github.clsante.cls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void linesAndTerminalEscapesAreShownNotObeyed() {
    assertThat(Printable.escape("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    assertThat(Printable.escape("\u001b[2J\u0000\u007f\u009b"))
        .isEqualTo("\\u001b[2J\\u0000\\u007f\\u009b");
    assertThat(Printable.escape("\u2028\u2029")).isEqualTo("\\u2028\\u2029");
  }

  @Test
  void invisibleCharactersThatReorderOrHideTextAreShown() {
    // right-to-left override, left-to-right mark, isolates, zero width space, byte order mark, a tag character
    assertThat(Printable.escape("a\u202eb\u200ec\u2066d\u200be\ufefff\udb40\udc41"))
        .isEqualTo("a\\u202eb\\u200ec\\u2066d\\u200be\\ufefff\\udb40\\udc41");
  }

  @Test
  void loneSurrogatesAreShownAndPairsKept() {
    assertThat(Printable.escape("x\ud800y\udc00")).isEqualTo("x\\ud800y\\udc00");
    assertThat(Printable.escape("\ud83d")).isEqualTo("\\ud83d");
    assertThat(Printable.escape("é€😀 👨‍👩‍👧 مرحبا")).isEqualTo("é€😀 👨‍👩‍👧 مرحبا");
    assertThat(Printable.loneSurrogate("ok 😀")).isEqualTo(-1);
    assertThat(Printable.loneSurrogate("ab\ud800")).isEqualTo(2);
    assertThat(Printable.loneSurrogate("\udc00\ud800")).isZero();
    assertThat(Printable.loneSurrogate("a😀\udc00")).isEqualTo(3);
  }

  @Test
  void aStringAndAnyOtherTextFindTheSameLoneSurrogate() {
    // every text of up to four of these pieces, read as a String (the reader's fast path) and as a StringBuilder;
    // expected: where String.codePoints() first meets a surrogate code point, which only a lone surrogate is
    String[] pieces = {"a", "é", "\ud800", "\udc00", "😀"};
    java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(""));
    for (int length = 1, from = 0; length <= 4; length++) {
      int to = texts.size();
      for (int i = from; i < to; i++) {
        for (String p : pieces) {
          texts.add(texts.get(i) + p);
        }
      }
      from = to;
    }
    assertThat(texts).hasSize(1 + 5 + 25 + 125 + 625);
    for (String t : texts) {
      int expected = -1;
      int at = 0;
      for (int cp : t.codePoints().toArray()) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
          expected = at;
          break;
        }
        at += Character.charCount(cp);
      }
      assertThat(Printable.loneSurrogate(t)).as(Printable.escape(t)).isEqualTo(expected);
      assertThat(Printable.loneSurrogate(new StringBuilder(t))).as(Printable.escape(t)).isEqualTo(expected);
    }
  }

  @Test
  void printableTextIsUnchangedAndEscapingTwiceChangesNothing() {
    String plain = "C:\\dossier\\cls.json: /organisations/0/name « Mont-Saint-Michel »";
    assertThat(Printable.escape(plain)).isSameAs(plain);
    assertThat(Printable.needsEscaping(plain)).isFalse();
    String hostile = "x\ncls: c.json is conforming\u001b[2J\u202e\ud800";
    assertThat(Printable.needsEscaping(hostile)).isTrue();
    String once = Printable.escape(hostile);
    assertThat(once).doesNotContain("\n", "\u001b", "\u202e").isEqualTo(Printable.escape(once));
    assertThat(Printable.needsEscaping(once)).isFalse();
    assertThat(Printable.escape(null)).isEqualTo("null");
  }

  @Test
  void modelProblemsPrintOnOneLine() {
    assertThat(new io.github.clsante.cls.model.ModelProblem("/people/0/name", "a name", "x\u001b[2J\ny"))
        .hasToString("/people/0/name: expected a name, found x\\u001b[2J\\ny");
  }
}
