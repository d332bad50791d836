package io.github.clsante.cls.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.clsante.cls.agenda.Agenda;
import io.github.clsante.cls.model.LocalHealthContract;
import io.github.clsante.cls.portfolio.Portfolio;
import io.github.clsante.cls.portfolio.PortfolioReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven through Debian's chromedriver (given
 * explicitly, so that Selenium never looks for or downloads a browser or a driver). Each example's report, and
 * the portfolio of the three, at 1280 px (a projector) and 390 px (a phone held upright): the page is never wider
 * than the window, every finding and every to-do is displayed with a size, and printing gives pages.
 *
 * <p>Without Chromium and chromedriver the test is skipped, saying so; with {@code -Dcls.browser.required=true}
 * (as {@code .ci/run} passes it) it fails instead. {@code -Dcls.browser.screenshots=DIR} keeps a full-page
 * screenshot and the PDF of each page in DIR, to look at (never in the repository).
 */
class BrowserTest {

  static final Path CHROMIUM = Path.of(System.getProperty("cls.browser.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("cls.browser.chromedriver", "/usr/bin/chromedriver"));
  static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

  private static ChromeDriverService service;
  private static ChromeDriver driver;
  private static Path profile;
  private static Path pages;

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      String what = "no browser to test the pages in: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
          + "(apt-get install -y chromium chromium-driver)";
      if (Boolean.getBoolean("cls.browser.required")) {
        fail(what + ", and -Dcls.browser.required=true says the test must run");
      }
      Assumptions.abort("BrowserTest skipped: " + what + "; -Dcls.browser.required=true makes this a failure");
    }
    System.setProperty("SE_OFFLINE", "true"); // Selenium Manager, were it ever asked, stays offline
    profile = Files.createTempDirectory("cls-chromium-");
    pages = Files.createTempDirectory("cls-pages-");
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream()).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    for (Path p : new Path[] {profile, pages}) {
      if (p != null) {
        try (Stream<Path> s = Files.walk(p)) {
          s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    }
  }

  /** A page to look at, with the findings and to-dos it must show. */
  record Page(String name, String html, int findings, int toDos) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> pages() {
    List<Page> all = new ArrayList<>();
    List<LocalHealthContract> contracts = new ArrayList<>();
    int findings = 0;
    int toDos = 0;
    for (Examples.Checked c : Examples.all()) {
      String name = c.file().replace(".json", "");
      int f = c.report().findings().size();
      int t = Agenda.of(c.report(), c.contract()).items().size();
      all.add(new Page(name + "-fr", c.html(Locale.FRENCH), f, t));
      all.add(new Page(name + "-en", c.html(Locale.ENGLISH), f, t));
      contracts.add(c.contract());
      findings += f;
      toDos += t;
    }
    PortfolioReport p = Portfolio.asOf(Examples.AS_OF).check(contracts);
    all.add(new Page("portfolio-fr", ReportRenderer.portfolioHtml(p, e -> contracts.stream()
        .filter(c -> e.contractId().equals(Optional.of(c.id()))).findFirst(), Locale.FRENCH), findings,
        toDos + p.agenda().dueWithin(ReportRenderer.DUE_WITHIN_DAYS).size()));
    List<Arguments> out = new ArrayList<>();
    for (Page page : all) {
      out.add(Arguments.of(page, 1280));
      out.add(Arguments.of(page, 390));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @MethodSource("pages")
  void readsWithoutHorizontalScrollingShowsEveryFindingAndToDoAndPrints(Page page, int width) throws IOException {
    Path file = pages.resolve(page.name() + ".html");
    Files.writeString(file, page.html(), StandardCharsets.UTF_8);
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
        "deviceScaleFactor", 1, "mobile", width < 500));
    driver.get(file.toUri().toString());
    JavascriptExecutor js = driver;
    long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
    long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    assertThat(inner).as("the window's width").isEqualTo(width);
    assertThat(scroll).as("%s at %d px: the page is wider than the window", page, width).isLessThanOrEqualTo(inner);

    List<WebElement> findings = driver.findElements(By.cssSelector("li.finding"));
    List<WebElement> toDos = driver.findElements(By.cssSelector("li.todo-item"));
    assertThat(findings).as("findings").hasSize(page.findings());
    assertThat(toDos).as("to-dos").hasSize(page.toDos());
    List<String> hidden = new ArrayList<>();
    for (WebElement e : concat(findings, toDos)) {
      Rectangle r = e.getRect();
      if (!e.isDisplayed() || r.getWidth() <= 0 || r.getHeight() <= 0 || r.getX() + r.getWidth() > width) {
        hidden.add(e.getAttribute("data-rule") + " " + r.getX() + "," + r.getY() + " " + r.getWidth() + "×"
            + r.getHeight());
      }
    }
    assertThat(hidden).as("%s at %d px: findings or to-dos not displayed, empty, or past the window", page, width)
        .isEmpty();

    if (width != 1280) {
      keep(page, width, null);
      return; // a print does not depend on the window's width
    }
    PrintOptions print = new PrintOptions();
    print.setPageSize(new PageSize(29.7, 21.0)); // A4, in centimetres
    byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    int printed = pages(pdf);
    assertThat(printed).as("%s printed pages", page).isPositive();
    if (page.name().startsWith("cls-draft-diagnosis")) {
      // its 21 findings, one row and one quote each, used to print on 9 pages (#14)
      assertThat(printed).as("%s printed pages", page).isLessThanOrEqualTo(6);
    }
    keep(page, width, pdf);
  }

  private static List<WebElement> concat(List<WebElement> a, List<WebElement> b) {
    List<WebElement> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** @return the number of pages of a PDF as Chromium writes it (page objects left uncompressed) */
  static int pages(byte[] pdf) {
    Matcher m = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Keeps a full-page screenshot and the PDF where -Dcls.browser.screenshots says, if it does. */
  private static void keep(Page page, int width, byte[] pdf) throws IOException {
    String dir = System.getProperty("cls.browser.screenshots", "");
    if (dir.isEmpty()) {
      return;
    }
    Path out = Files.createDirectories(Path.of(dir));
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true));
    Files.write(out.resolve(page.name() + "-" + width + ".png"),
        Base64.getDecoder().decode((String) shot.get("data")));
    if (pdf != null) {
      Files.write(out.resolve(page.name() + ".pdf"), pdf);
    }
  }
}
