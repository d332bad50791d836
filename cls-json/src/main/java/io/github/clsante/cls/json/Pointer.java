package io.github.clsante.cls.json;

import org.jspecify.annotations.Nullable;

/**
 * The JSON Pointer (RFC 6901) of a value being mapped to or from the model, made into text only when a problem
 * names it: mapping a valid document, or checking a contract for lone surrogates before writing it, builds no
 * pointer text. A pointer is as deep as the document's nesting, which the
 * reader bounds ({@link ContractReader#MAX_NESTING_DEPTH}). Internal; immutable.
 */
final class Pointer {

  /** The whole document: the pointer {@code ""}. */
  static final Pointer ROOT = new Pointer(null, null, 0);

  private final @Nullable Pointer parent;
  /** The member's name, or null for an array's item. */
  private final @Nullable String name;
  private final int index;

  private Pointer(@Nullable Pointer parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** @return the pointer of this object's member {@code name} */
  Pointer field(String name) {
    return new Pointer(this, name, 0);
  }

  /** @return the pointer of this array's item {@code index} */
  Pointer item(int index) {
    return new Pointer(this, null, index);
  }

  /** @return the pointer as text: {@code ""} for the document, else {@code /} and each segment, escaped */
  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    append(b);
    return b.toString();
  }

  private void append(StringBuilder b) {
    if (parent == null) {
      return;
    }
    parent.append(b);
    b.append('/');
    if (name == null) {
      b.append(index);
    } else {
      b.append(Texts.escapePointer(name));
    }
  }
}
