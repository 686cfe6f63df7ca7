using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using SafetyModel.Office.Tests.Fixtures;

namespace SafetyModel.AspNetCore.Tests.Browser;

/// <summary>
/// The clerk's page (samples/TownSystem/wwwroot/index.html) in a real headless Chromium driven by Selenium through
/// Debian's chromedriver — no browser is downloaded. Without Chromium the test reports itself skipped with the packages
/// to install; .ci/run installs them, so CI always runs it.
/// </summary>
public sealed class ClerkPageTests
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("SAFETYMODEL_CHROMIUM") ?? "/usr/bin/chromium";
    private static readonly string ChromeDriver = Environment.GetEnvironmentVariable("SAFETYMODEL_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    [Fact]
    public void The_page_reads_the_seed_docx_marks_its_figures_warns_of_7_versus_12_and_downloads_statistics_that_open()
    {
        Assert.SkipUnless(
            File.Exists(Chromium) && File.Exists(ChromeDriver),
            $"No headless Chromium here ({Chromium}, {ChromeDriver}): install the Debian packages chromium and chromium-driver (apt-get install chromium chromium-driver), as .ci/run does.");

        var work = Directory.CreateTempSubdirectory("safetymodel-clerk-page-");
        try
        {
            var seed = Path.Combine(work.FullName, "seed.docx");
            File.WriteAllBytes(seed, Layouts.Gbt9704(Seed.Lines));
            var downloads = Directory.CreateDirectory(Path.Combine(work.FullName, "downloads"));

            using var factory = new TownSystemFactory();
            factory.UseKestrel(0);
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

            var options = new ChromeOptions { BinaryLocation = Chromium };
            options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,1500", "--lang=zh-CN");
            options.AddUserProfilePreference("download.default_directory", downloads.FullName);
            options.AddUserProfilePreference("download.prompt_for_download", false);
            using var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
            service.SuppressInitialDiagnosticInformation = true;
            service.HideCommandPromptWindow = true;
            using var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
            var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(30));

            driver.Navigate().GoToUrl(address + "/");
            driver.FindElement(By.Id("file")).SendKeys(seed);

            wait.Until(d => d.FindElement(By.Id("number")).Text == "乌兰镇政函〔2022〕297号").Should().BeTrue();
            driver.FindElement(By.Id("period")).Text.Should().Be("2022年上半年");
            driver.FindElements(By.CssSelector("#text mark")).Select(m => m.Text).Should().Contain(t => t.Contains("500余份"), "each figure is marked in the text it came from");
            var warning = driver.FindElement(By.CssSelector("#issues li[data-code='SM5001']"));
            warning.Text.Should().Contain("警告").And.Contain("12").And.Contain("7");

            if (Environment.GetEnvironmentVariable("SAFETYMODEL_SCREENSHOT") is { Length: > 0 } screenshot)
            {
                ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(screenshot);
            }

            driver.FindElement(By.Id("download")).Click();
            var workbook = wait.Until(_ => downloads.GetFiles("*.xlsx").FirstOrDefault(f => f.Length > 0));
            using var opened = SpreadsheetDocument.Open(workbook!.FullName, false);
            opened.WorkbookPart!.Workbook.Sheets!.ChildElements.Should().NotBeEmpty("the statistics workbook opens and holds a sheet");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
