package org.supplieresg.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Debian's chromedriver; saves screenshots under target/screenshots. */
final class Browser implements AutoCloseable {

    /** Selenium warns on every start that it has no CDP binding for this Chromium; the tests use WebDriver only. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(Level.OFF);
    }

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    final WebDriver driver;
    private final WebDriverWait wait;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Ajax updates replace elements; a wait simply looks again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    Browser open(String path) {
        driver.get(Http.BASE.resolve(path).toString());
        return this;
    }

    Browser login(String username, String password) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.urlContains("/app/"));
        return this;
    }

    void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Types a date into a PrimeFaces date picker and leaves it, trying again while the pop-up of a picker just left
     * swallows the keys (seen in headless Chromium), until the field holds the date.
     */
    void typeDate(By field, String isoDate) {
        for (int attempt = 0; attempt < 4; attempt++) {
            wait.until(d -> d.findElements(By.cssSelector(".ui-datepicker-panel")).stream().noneMatch(WebElement::isDisplayed));
            type(field, isoDate + org.openqa.selenium.Keys.TAB);
            if (isoDate.equals(driver.findElement(field).getAttribute("value"))) {
                wait.until(d -> d.findElements(By.cssSelector(".ui-datepicker-panel")).stream().noneMatch(WebElement::isDisplayed));
                return;
            }
        }
        throw new AssertionError("the date picker " + field + " did not take " + isoDate);
    }

    /** Clicks, trying again if an Ajax update replaced the element between finding and clicking it. */
    /** Replaces a field's whole content, also in inputs that format as you type (select all, then type). */
    void replace(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.click();
        element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        element.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        element.sendKeys(text);
    }

    void click(By target) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /**
     * Chooses an option of a PrimeFaces select-one menu by the start of its label, as a user does (open, click), and
     * tries again while the overlay is still opening or closing.
     */
    void choose(String menuId, String labelStart) {
        String css = menuId.replace(":", "\\:");
        wait.until(d -> {
            WebElement label = d.findElement(By.id(menuId + "_label"));
            if (label.getText().startsWith(labelStart)) {
                return !d.findElement(By.id(menuId + "_panel")).isDisplayed();
            }
            WebElement panel = d.findElement(By.id(menuId + "_panel"));
            if (!panel.isDisplayed()) {
                d.findElement(By.id(menuId)).click();
                return false;
            }
            List<WebElement> items = d.findElements(By.cssSelector("#" + css + "_items li[data-label^='" + labelStart + "']"));
            if (!items.isEmpty() && items.get(0).isDisplayed()) {
                items.get(0).click();
            }
            return false;
        });
    }

    /**
     * Clicks bar or slice {@code index} of the first series of a p:chart, where a user would: at the middle of the
     * element as Chart.js drew it (Chart.js knows where it drew each element; the canvas itself has no parts).
     */
    void clickChart(String chartId, int index) {
        WebElement canvas = find(By.cssSelector("#" + chartId.replace(":", "\\:") + " canvas"));
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); const chart = Chart.getChart(arguments[0]); const p = chart.getDatasetMeta(0).data[arguments[1]].getCenterPoint();"
                        + " const box = arguments[0].getBoundingClientRect(); return [p.x, p.y, box.width, box.height];", canvas, index);
        // Selenium 4 offsets are from the element's centre.
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(canvas, (int) Math.round(point.get(0).doubleValue() - point.get(2).doubleValue() / 2),
                        (int) Math.round(point.get(1).doubleValue() - point.get(3).doubleValue() / 2))
                .click().perform();
    }

    WebElement find(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    void waitForText(By target, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + System.currentTimeMillis()); // what the page showed, for whoever reads the failure
            throw e;
        }
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            wait.until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + System.currentTimeMillis());
            throw e;
        }
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Browser console errors, such as scripts blocked by the Content-Security-Policy. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    /**
     * What axe-core finds against WCAG 2.1 A and AA on the page as it is now: one line per rule broken, with how many
     * elements break it and the first of them.
     */
    List<String> accessibilityViolations() {
        return accessibilityViolations(new com.deque.html.axecore.selenium.AxeBuilder());
    }

    /** The violations inside the elements {@code cssSelector} finds only. */
    List<String> accessibilityViolationsIn(String cssSelector) {
        return accessibilityViolations(new com.deque.html.axecore.selenium.AxeBuilder().include(cssSelector));
    }

    private List<String> accessibilityViolations(com.deque.html.axecore.selenium.AxeBuilder axe) {
        com.deque.html.axecore.results.Results results = axe
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().size() + " element(s), e.g. "
                        + v.getNodes().get(0).getTarget() + " - " + v.getHelp() + ": " + v.getNodes().get(0).getFailureSummary())
                .toList();
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
