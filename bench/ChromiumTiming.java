// Opens js/search-time.html of a served site in headless Chromium and prints its result (bench only):
//   java -cp "$(cat test-classpath)" bench/ChromiumTiming.java http://127.0.0.1:PORT/js/search-time.html
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

public class ChromiumTiming {
  public static void main(String[] args) {
    ChromeOptions o = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking");
    var driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), o);
    try {
      driver.get(args[0]);
      new WebDriverWait(driver, Duration.ofMinutes(5)).until(d -> !d.findElements(By.id("out")).isEmpty());
      System.out.println("chromium " + driver.findElement(By.id("out")).getText());
    } finally {
      driver.quit();
    }
  }
}
