package io.github.clsante.cls.cli;

import io.github.clsante.cls.internal.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table: columns padded to their widest cell, two spaces apart. Cells are escaped
 * ({@link Printable}) before they are measured, so a cell from a document can neither break a line nor move the
 * cursor. Colour is applied after padding (a cell may carry a styler), so escapes never break the alignment.
 */
final class Table {

  /** A cell's text and how to colour it once padded. */
  record Cell(String text, java.util.function.UnaryOperator<String> style) {}

  private final List<List<Cell>> rows = new ArrayList<>();

  /**
   * @param cells the plain texts of a row
   * @return this table
   */
  Table row(String... cells) {
    List<Cell> r = new ArrayList<>();
    for (String c : cells) {
      r.add(new Cell(c, s -> s));
    }
    return row(r);
  }

  /**
   * @param cells the cells of a row
   * @return this table
   */
  Table row(List<Cell> cells) {
    rows.add(cells.stream().map(c -> new Cell(Printable.escape(c.text()), c.style())).toList());
    return this;
  }

  void print(PrintWriter out) {
    List<Integer> widths = new ArrayList<>();
    for (List<Cell> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        int w = r.get(i).text().codePointCount(0, r.get(i).text().length());
        if (widths.size() <= i) {
          widths.add(w);
        } else {
          widths.set(i, Math.max(widths.get(i), w));
        }
      }
    }
    for (List<Cell> r : rows) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        String t = r.get(i).text();
        boolean last = i == r.size() - 1;
        String padded = last ? t : t + " ".repeat(widths.get(i) - t.codePointCount(0, t.length()));
        b.append(r.get(i).style().apply(padded));
        if (!last) {
          b.append("  ");
        }
      }
      out.println(b.toString().stripTrailing());
    }
  }
}
