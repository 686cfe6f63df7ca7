using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Tests.Text;

public class LocalizedTextTests
{
    private static readonly LocalizedText Sample = new("The text is empty.", "文本为空。");

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-Hans")]
    [InlineData("zh-CN")]
    [InlineData("zh-Hant")]
    public void Chinese_cultures_get_the_Chinese_text(string culture) =>
        Sample.Get(CultureInfo.GetCultureInfo(culture)).Should().Be("文本为空。");

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Other_cultures_get_the_English_text(string culture) =>
        Sample.Get(CultureInfo.GetCultureInfo(culture)).Should().Be("The text is empty.");

    [Fact]
    public void ToString_follows_the_current_UI_culture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Sample.ToString().Should().Be("文本为空。");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Sample.ToString().Should().Be("The text is empty.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Equality_compares_both_texts()
    {
        var same = new LocalizedText("The text is empty.", "文本为空。");
        var otherChinese = new LocalizedText("The text is empty.", "文本是空的。");

        Sample.Equals(same).Should().BeTrue();
        Sample.GetHashCode().Should().Be(same.GetHashCode());
        Sample.Equals(otherChinese).Should().BeFalse();
        Sample.Equals((object?)null).Should().BeFalse();
    }

    [Fact]
    public void Null_texts_are_rejected()
    {
        var english = () => new LocalizedText(null!, "中文");
        var chinese = () => new LocalizedText("English", null!);

        english.Should().Throw<ArgumentNullException>().WithParameterName("english");
        chinese.Should().Throw<ArgumentNullException>().WithParameterName("chinese");
    }
}
