using SafetyModel.Cli.Output;

namespace SafetyModel.Cli.Tests;

public class TextTableTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("乌兰陶勒盖镇", 12)]
    [InlineData("〔2022〕", 8)]
    [InlineData("５００", 6)]
    [InlineData("𠀋", 2)]
    public void Width_counts_East_Asian_wide_characters_as_two_columns(string text, int width)
    {
        TextTable.Width(text).Should().Be(width);
    }

    [Fact]
    public void Columns_line_up_across_Chinese_and_Latin_text_and_numbers_are_right_aligned()
    {
        var table = new TextTable("town", "records").Numeric(1);
        table.Add("乌兰陶勒盖镇", "7");
        table.Add("Tuke", "12");
        var writer = new StringWriter();

        table.Write(writer);

        writer.ToString().Split(Environment.NewLine).Should().StartWith(new[]
        {
            "town          records",
            "------------  -------",
            "乌兰陶勒盖镇        7",
            "Tuke               12",
        });
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_refused()
    {
        var table = new TextTable("a", "b");

        var act = () => table.Add("only one");

        act.Should().Throw<ArgumentException>().WithMessage("*1 cells*2 columns*");
    }
}
