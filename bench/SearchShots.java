// Screenshots of the search page for a person to look at (bench only, not a test): a query with
// its results, then the same with the filter panel open, then no query with the filters open (a
// box of many values opened), at 1280 and 390 px, light and dark.
//   java -cp "$(cat test-classpath)" bench/SearchShots.java https://127.0.0.1:PORT/ <out dir> [query]
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

public class SearchShots {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path out = Files.createDirectories(Path.of(args[1]));
    String q = args.length > 2 ? args[2] : "memory leak";
    ChromeOptions o = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--ignore-certificate-errors", "--hide-scrollbars");
    ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), o);
    try {
      for (String scheme : List.of("light", "dark")) {
        for (int width : new int[] {1280, 390}) {
          driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
              width > 600 ? 1100 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
          driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
              List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
          driver.get(base + "search.html?q=" + java.net.URLEncoder.encode(q, "UTF-8"));
          WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
          wait.until(d -> !d.findElements(By.cssSelector("#search-results li:first-child .snippet:not(.pending)")).isEmpty());
          Thread.sleep(500);
          Files.write(out.resolve("search-" + width + "-" + scheme + ".png"), driver.getScreenshotAs(OutputType.BYTES));
          driver.findElement(By.cssSelector("#search-facets summary")).click();
          wait.until(d -> !d.findElements(By.cssSelector("#search-facet-groups fieldset")).isEmpty());
          Thread.sleep(300);
          Files.write(out.resolve("search-filters-" + width + "-" + scheme + ".png"), driver.getScreenshotAs(OutputType.BYTES));
          // No query: every incident, newest first, to browse with the filters (a box of many values opened).
          driver.get(base + "search.html");
          wait.until(d -> !d.findElements(By.cssSelector("#search-results li:first-child .snippet")).isEmpty());
          driver.findElement(By.cssSelector("#search-facets summary")).click();
          wait.until(d -> !d.findElements(By.cssSelector("#search-facet-groups fieldset")).isEmpty());
          List<org.openqa.selenium.WebElement> lazy = driver.findElements(By.cssSelector("#search-facet-groups legend button"));
          if (!lazy.isEmpty()) {
            lazy.get(0).click();
            wait.until(d -> !d.findElements(By.cssSelector("#search-facet-groups fieldset.search-lazy input")).isEmpty());
          }
          Thread.sleep(300);
          Files.write(out.resolve("search-browse-" + width + "-" + scheme + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
      }
    } finally {
      driver.quit();
    }
  }
}
