package city.hotline.router.page;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.router.RouterTestSupport;
import city.hotline.rules.catalogue.CatalogueSource;
import city.hotline.router.privacy.UnmaskedMobile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervisors' page (docs/supervisor-page.md) in a real browser, headless Chromium: sign-in, the dashboard, a
 * search with a ticket's why-view, the statistics' charts, a what-if of the shipped catalogue, and an auditor refused
 * the approval; on every page no phone number in clear. Skipped where Chromium and chromedriver are not installed.
 * With {@code -Dscreenshots.dir=../docs/screenshots} it saves a PNG of each page there.
 */
@RouterOnEmbeddedKafka
class SupervisorPageTest extends RouterTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** An unmasked mainland mobile number. */
    private static final Pattern PHONE = UnmaskedMobile.PATTERN;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<WebDriver> drivers = new ArrayList<>();

    @BeforeAll
    static void browserInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver not installed (apt-get install chromium chromium-driver); browser test skipped");
    }

    @AfterEach
    void quitBrowsers() {
        drivers.forEach(WebDriver::quit);
        drivers.clear();
    }

    @Test
    void aSupervisorReadsEveryPageInChineseAndNoPhoneNumberInClear() throws Exception {
        String marker = marker();
        String police = submit("""
                {"channel":"call","dialledLine":"12345","text":"有人在超市门口打架，已经有人受伤流血了，我电话13912345678 %s",
                 "callerPhone":"13812345678","location":{"address":"厦门市思明区湖滨南路88号"}}""".formatted(marker));
        String wages = submit("""
                {"channel":"call","dialledLine":"110","text":"我在公司干了半年，老板一直拖欠工资不发，回电15912345678 %s",
                 "callerPhone":"13712345678","location":{"address":"厦门市湖里区枋湖北二路"}}""".formatted(marker));
        String moveCar = submit("""
                {"channel":"sms","text":"移车:闽D12345#蓝#湖滨南路与体育路口 %s","callerPhone":"13612345678"}""".formatted(marker));
        List.of(police, wages, moveCar).forEach(this::awaitRouted);
        awaitSupervisionApis(marker, 3);
        JsonNode why = json.readTree(get("/api/v1/supervision/tickets/" + police + "/timeline").body()).get("decisions").get(0);
        String rule = why.get("rules").get(0).asString();
        String version = why.get("rulebaseVersion").asString();

        WebDriver browser = browser();
        signIn(browser, Account.SUPERVISOR);

        // 1. 总览
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(d -> d.findElement(By.cssSelector("#card-110 .card-value")).isDisplayed());
        assertThat(text(browser)).contains("总览", "今日来件", "转办", "有效警情", "挪车已通知占比", "超时工单", "最新督办");
        for (String line : List.of("110", "12345", "114")) {
            String count = browser.findElement(By.cssSelector("#card-" + line + " .card-value")).getText();
            assertThat(count).as("今日来件 %s", line).matches("[\\d,]+");
            assertThat(Long.parseLong(count.replace(",", ""))).as("今日来件 %s", line).isPositive();
        }
        wait.until(d -> !d.findElements(By.cssSelector("#overview-overdue table, #overview-overdue .empty")).isEmpty());
        assertNoPhoneInClear(browser, "总览");
        screenshot(browser, "dashboard.png");

        // 2. 工单查询 and the why-view
        click(browser, By.cssSelector("#tabs a[data-tab=search]"));
        WebElement text = browser.findElement(By.cssSelector("#search-form input[name=text]"));
        text.clear();
        text.sendKeys(marker);
        click(browser, By.id("search-submit"));
        wait.until(d -> d.findElements(By.cssSelector("#search-results tbody tr")).size() >= 3);
        assertThat(browser.findElement(By.id("search-total")).getText()).startsWith("共 3 条");
        assertThat(text(browser)).contains("138****5678", "139****5678", "159****5678");
        click(browser, By.cssSelector("#search-results tr[data-key='" + police + "']"));
        wait.until(d -> d.findElement(By.id("timeline")).getText().contains("为什么派往这里"));
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("为什么派往这里", "触发的规则", "匹配到的事实", "规则库版本", "判定耗时",
                "办理时限", "反馈与督办", "110 报警", rule, version);
        assertNoPhoneInClear(browser, "工单查询");
        screenshot(browser, "search-timeline.png");

        // 3. 统计
        click(browser, By.cssSelector("#tabs a[data-tab=stats]"));
        wait.until(d -> !d.findElements(By.cssSelector("#chart-volume svg rect.bar")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector("#stats-hotspots table, #stats-hotspots .empty, #stats-hotspots .error")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#chart-transfers svg"))).isNotEmpty();
        assertThat(text(browser)).contains("各热线来件量", "双向转办量", "按时办结率", "热点地点", "思明区");
        assertNoPhoneInClear(browser, "统计");
        screenshot(browser, "statistics.png");

        // 4. 规则试算: the shipped catalogue as the candidate. Nothing is approved here: the context is shared.
        click(browser, By.cssSelector("#tabs a[data-tab=whatif]"));
        wait.until(d -> !d.findElements(By.cssSelector("#whatif-versions table, #whatif-versions .empty")).isEmpty());
        String catalogue = CatalogueSource.classpath().orElseThrow().content();
        ((JavascriptExecutor) browser).executeScript(
                "const t = document.getElementById('whatif-body'); t.value = arguments[0];"
                        + " t.dispatchEvent(new Event('input', {bubbles: true}));", catalogue);
        WebElement days = browser.findElement(By.cssSelector("#whatif-form input[name=days]"));
        days.clear();
        days.sendKeys("1");
        click(browser, By.id("whatif-run"));
        new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(d -> !d.findElements(By.cssSelector("#whatif-summary, #whatif-result .error")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#whatif-result .error"))).as(text(browser)).isEmpty();
        String runId = browser.findElement(By.cssSelector("#whatif-result .timeline-head .mono")).getText().replace("编号", "").trim();
        JsonNode run = json.readTree(get("/api/v1/supervision/whatif/" + runId).body());
        assertThat(run.get("replayed").asInt()).isGreaterThanOrEqualTo(3);
        // Tickets decided while another test class had released an edited catalogue may differ; these do not.
        for (JsonNode example : run.path("examples")) {
            assertThat(example.get("ticketId").asString()).isNotIn(police, wages, moveCar);
        }
        for (String field : List.of("line", "category", "item", "department", "any")) {
            assertThat(browser.findElement(By.cssSelector("#whatif-changed-" + field + " .card-value")).getText())
                    .as(field).isEqualTo(String.valueOf(run.get("changed").get(field).asInt()));
        }
        if (run.get("changed").get("any").asInt() == 0) {
            assertThat(browser.findElement(By.id("whatif-summary")).getText()).contains("无变化");
        }
        assertThat(browser.findElement(By.id("whatif-approve-button")).isDisplayed()).isTrue();
        assertThat(text(browser)).contains("试算结果", "现行版本", "候选版本", "规则库版本历史", "批准上线");
        assertNoPhoneInClear(browser, "规则试算");
        screenshot(browser, "whatif.png");
    }

    @Test
    void anAuditorReadsTheWhatIfButIsRefusedTheApprovalAndAnAgentTheWholePage() throws Exception {
        // A run to look at, made through the API by the supervisor.
        HttpResponse<String> made = post("/api/v1/supervision/whatif?days=1&kind=catalogue", "text/csv",
                CatalogueSource.classpath().orElseThrow().content(), Account.SUPERVISOR);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String runId = json.readTree(made.body()).get("id").asString();

        WebDriver browser = browser();
        signIn(browser, Account.AUDITOR);
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        click(browser, By.cssSelector("#tabs a[data-tab=whatif]"));
        wait.until(d -> !d.findElements(By.cssSelector("#whatif-runs tr[data-key='" + runId + "'] button.open-run")).isEmpty());
        click(browser, By.cssSelector("#whatif-runs tr[data-key='" + runId + "'] button.open-run"));
        wait.until(d -> !d.findElements(By.id("whatif-approve-button")).isEmpty());
        click(browser, By.id("whatif-approve-button"));
        click(browser, By.id("whatif-approve-confirm"));
        wait.until(d -> d.findElement(By.id("whatif-approve-msg")).getText().contains("无权限"));

        JsonNode after = json.readTree(get("/api/v1/supervision/whatif/" + runId).body());
        JsonNode approvedBy = after.path("approvedBy");
        assertThat(approvedBy.isNull() || approvedBy.isMissingNode()).as(after.toString()).isTrue();
        assertNoPhoneInClear(browser, "规则试算（审计员）");
        screenshot(browser, "whatif-auditor.png");

        click(browser, By.id("logout"));
        wait.until(ExpectedConditions.urlContains("/login.html?logout"));
        assertThat(text(browser)).contains("您已退出登录");
        browser.get("http://localhost:" + port + "/supervisor/");
        wait.until(ExpectedConditions.urlContains("/login.html"));

        // An agent's account signs in, but the page is not for agents.
        browser.findElement(By.id("username")).sendKeys(Account.AGENT.name());
        browser.findElement(By.id("password")).sendKeys(Account.AGENT.password());
        browser.findElement(By.id("submit")).click();
        wait.until(d -> d.findElement(By.id("error")).getText().contains("无权使用督办台"));
    }

    // ---- helpers ----

    private static String marker() {
        Random random = new Random();
        StringBuilder marker = new StringBuilder("PGT");
        for (int i = 0; i < 6; i++) {
            marker.append((char) ('A' + random.nextInt(26)));
        }
        return marker.toString();
    }

    /** The audit store is filled from the topics: wait until the supervision API finds the tickets. */
    private void awaitSupervisionApis(String marker, int tickets) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            HttpResponse<String> response = get("/api/v1/supervision/decisions?text=" + marker);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json.readTree(response.body()).get("total").asInt()).isGreaterThanOrEqualTo(tickets);
        });
    }

    private WebDriver browser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=zh-CN", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        WebDriver driver = new ChromeDriver(service, options);
        drivers.add(driver);
        return driver;
    }

    private void signIn(WebDriver browser, Account account) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get("http://localhost:" + port + "/supervisor/");
        wait.until(ExpectedConditions.urlContains("/login.html"));
        assertThat(text(browser)).contains("热线工单督办台", "用户名", "密码", "登录");

        browser.findElement(By.id("username")).sendKeys(account.name());
        browser.findElement(By.id("password")).sendKeys("not-" + account.password());
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(browser.findElement(By.id("error")).getText()).contains("用户名或密码错误");

        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys(account.password());
        browser.findElement(By.id("submit")).click();
        wait.until(d -> d.getCurrentUrl().contains("/supervisor/") && !d.getCurrentUrl().contains("login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-overview")));
        wait.until(d -> d.findElement(By.id("live-version")).getText().contains("现行规则库"));
    }

    private static void click(WebDriver browser, By by) {
        WebElement element = new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static String text(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void assertNoPhoneInClear(WebDriver browser, String page) {
        assertThat(PHONE.matcher(browser.getPageSource()).results().map(MatchResult::group).toList())
                .as("phone numbers in clear in the page source of %s", page).isEmpty();
        assertThat(PHONE.matcher(text(browser)).results().map(MatchResult::group).toList())
                .as("phone numbers in clear in the visible text of %s", page).isEmpty();
    }

    /** The whole page as a PNG, only when -Dscreenshots.dir is set (docs/supervisor-page.md). */
    private static void screenshot(WebDriver browser, String name) throws IOException, InterruptedException {
        String dir = System.getProperty("screenshots.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Dimension size = browser.manage().window().getSize();
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(4000, Math.max(size.getHeight(), height + 120))));
        js.executeScript("window.scrollTo(0, 0)");
        Thread.sleep(300);
        Path target = Path.of(dir).resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        }
        browser.manage().window().setSize(size);
    }
}
