package io.github.clsante.cls.json;

import java.util.List;

/** Collects the problems of one reading. Internal; one thread. */
final class Reading {

  final List<DocumentProblem> problems;

  Reading(List<DocumentProblem> problems) {
    this.problems = problems;
  }

  /** Records a problem at a value and returns {@link Kind#FAIL}. */
  Object problem(Pointer ptr, Node at, String expected, String found) {
    problems.add(new DocumentProblem(ptr.toString(), at.line, at.column, expected, found));
    return Kind.FAIL;
  }

  /** Records a problem at a member's name and returns {@link Kind#FAIL}. */
  Object problemAtName(Pointer ptr, Node at, String expected, String found) {
    problems.add(new DocumentProblem(ptr.toString(), at.nameLine, at.nameColumn, expected, found));
    return Kind.FAIL;
  }
}
