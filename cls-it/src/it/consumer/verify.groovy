// What the consumer printed, run by exec-maven-plugin in the verify phase: once as a module on the module path
// with cls' real modules, once from its shaded jar on the class path.
def read = { String name ->
  File f = new File(basedir, "target/" + name)
  assert f.isFile() : "missing " + f
  return f.getText("UTF-8")
}

String modulePath = read("run-module-path.txt")
[
  "cls-core: module io.github.clsante.cls.core",
  "cls-rules: module io.github.clsante.cls.rules",
  "cls-json: module io.github.clsante.cls.json",
  "cls-render: module io.github.clsante.cls.render",
  "Normandie findings",
  "referentiel: normandie",
  "NOR-ACTION-INDICATORS fr: La fiche action fa-12 n'a pas d'indicateur.",
  "NOR-ACTION-INDICATORS en: Fiche action fa-12 has no indicator.",
  "html: ",
].each { assert modulePath.contains(it) : "the module-path run did not print \"" + it + "\":\n" + modulePath }

String page = read("report-module-path.html")
assert page.startsWith("<!DOCTYPE html>") && page.contains("<html lang=\"fr\">") : "not the French page"
assert page.contains("La fiche action fa-12 n&#39;a pas d&#39;indicateur.") : "the page lacks the finding's message"
assert page.contains("NOR-ACTION-INDICATORS") : "the page lacks the finding"

String shaded = read("run-shaded-jar.txt")
assert shaded.contains("cls-rules: class path") : "the shaded jar runs on the class path:\n" + shaded
assert shaded.contains("NOR-ACTION-INDICATORS en: Fiche action fa-12 has no indicator.") : shaded
assert read("report-shaded.html") == page : "the shaded jar renders the same page as the module path"
println "verify.groovy: the module-path run and the shaded jar printed and rendered what they should"
return true
