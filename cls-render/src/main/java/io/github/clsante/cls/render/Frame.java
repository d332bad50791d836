package io.github.clsante.cls.render;

/**
 * Where a report's body goes: its own page (a level-1 title, the ids as they are) or a section of a bigger page
 * (the ids prefixed so that they stay unique, the titles one level down).
 *
 * @param idPrefix prefixed to every id of the body
 * @param level the level of the contract's title (1 to 4); the body's sections are one level down
 */
record Frame(String idPrefix, int level) {

  /** The single-contract page. */
  static final Frame PAGE = new Frame("", 1);

  Frame {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("level: 1 to 4, was " + level);
    }
  }

  /** @return the id, prefixed */
  String id(String id) {
    return idPrefix + id;
  }

  /** @return the opening tag of a heading {@code down} levels below the contract's title */
  String open(int down) {
    return "<h" + (level + down) + ">";
  }

  /** @return the closing tag of that heading */
  String close(int down) {
    return "</h" + (level + down) + ">";
  }
}
