namespace SafetyModel.Cli.Tests;

public class TextCommandTests
{
    [Fact]
    public void Number_that_conforms_exits_0_with_its_components()
    {
        var run = CliRun.Of("number", "乌兰镇政函〔2022〕297号", "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("conforms").GetBoolean().Should().BeTrue();
        json.GetProperty("strict").GetProperty("issuerCode").GetString().Should().Be("乌兰镇政函");
        json.GetProperty("strict").GetProperty("year").GetInt32().Should().Be(2022);
        json.GetProperty("strict").GetProperty("serial").GetInt32().Should().Be(297);
    }

    [Fact]
    public void Number_in_the_seeds_style_fails_strictly_exits_1_and_is_read_leniently_with_a_note_per_change()
    {
        var run = CliRun.Of("number", "乌兰镇政函[2022]第0297号", "-f", "json");

        run.ExitCode.Should().Be(1);
        var json = run.Json();
        json.GetProperty("conforms").GetBoolean().Should().BeFalse();
        json.GetProperty("strict").GetProperty("error").GetProperty("code").GetString().Should().Be("SM1002");
        json.GetProperty("lenient").GetProperty("canonical").GetString().Should().Be("乌兰镇政函〔2022〕297号");
        json.GetProperty("lenient").GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("code").GetString())
            .Should().Equal("SM1010", "SM1012", "SM1011");
    }

    [Fact]
    public void Number_as_a_table_shows_strict_and_lenient_readings()
    {
        var run = CliRun.Of("number", "乌兰镇政函[2022]第0297号", "--language", "zh");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("严格（GB/T 9704-2012 第7.2.4条）：不符合")
            .And.Contain("宽松读取：乌兰镇政函〔2022〕297号")
            .And.Contain("SM1012");
    }

    [Fact]
    public void Number_that_cannot_be_read_at_all_exits_1_with_the_reason()
    {
        var run = CliRun.Of("number", "没有文号", "-f", "json");

        run.ExitCode.Should().Be(1);
        var json = run.Json();
        json.GetProperty("lenient").GetProperty("success").GetBoolean().Should().BeFalse();
        json.GetProperty("lenient").GetProperty("error").GetProperty("code").GetString().Should().StartWith("SM");
    }

    [Fact]
    public void Number_in_traditional_characters_reads_leniently_with_notes_and_is_refused_strictly()
    {
        var run = CliRun.Of("number", "穗府辦[2010]15號", "-f", "json");

        run.ExitCode.Should().Be(1);
        var json = run.Json();
        json.GetProperty("strict").GetProperty("success").GetBoolean().Should().BeFalse();
        json.GetProperty("lenient").GetProperty("canonical").GetString().Should().Be("穗府辦〔2010〕15号");
        json.GetProperty("lenient").GetProperty("issuerCode").GetString().Should().Be("穗府辦");
        json.GetProperty("lenient").GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("code").GetString())
            .Should().BeEquivalentTo(new[] { "SM1010", "SM1015" });
    }

    [Fact]
    public void Number_of_an_order_reads_as_an_order_number()
    {
        var run = CliRun.Of("number", "某某部令第15号");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("order or notice number").And.Contain("某某部令第15号");
    }

    [Fact]
    public void Number_with_a_bidirectional_override_does_not_conform()
    {
        var run = CliRun.Of("number", "乌兰镇政函\u202e〔2022〕297号", "-f", "json");

        run.ExitCode.Should().Be(1);
        run.Json().GetProperty("strict").GetProperty("error").GetProperty("code").GetString().Should().Be("SM1008");
        run.Json().GetProperty("lenient").GetProperty("canonical").GetString().Should().Be("乌兰镇政函〔2022〕297号");
    }

    [Fact]
    public void Quantity_of_an_approximate_figure_gives_its_open_interval()
    {
        var run = CliRun.Of("quantity", "500余份", "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var value = run.Json().GetProperty("value");
        value.GetProperty("qualifier").GetString().Should().Be("more-than");
        value.GetProperty("lower").GetInt32().Should().Be(500);
        value.GetProperty("lowerInclusive").GetBoolean().Should().BeFalse();
        value.GetProperty("upper").GetInt32().Should().Be(600);
        value.GetProperty("rawText").GetString().Should().Be("500余份");
        run.Json().GetProperty("english").GetString().Should().Be("more than 500 copies (500 < n < 600)");
    }

    [Fact]
    public void Quantity_with_ji_is_an_interval_inside_two_and_three_hundred_thousand_yuan()
    {
        var run = CliRun.Of("quantity", "二十几万元", "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json().GetProperty("value").GetProperty("qualifier").GetString().Should().Be("several");
        run.Json().GetProperty("inYuan").GetString().Should().Be("200,000 < n < 300,000 元");
    }

    [Theory]
    [InlineData("零点五吨", "0.5 吨")]
    [InlineData("1,200万元", "12,000,000 元")]
    public void Quantity_reads_decimals_with_dian_and_thousands_separators_whole(string text, string expected)
    {
        var run = CliRun.Of("quantity", text);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain(expected);
    }

    [Fact]
    public void Quantity_it_cannot_read_whole_is_refused_at_the_character_not_split()
    {
        var run = CliRun.Of("quantity", "5点吨");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("SM0306 at 1");
    }

    [Fact]
    public void Quantity_with_irregular_usage_carries_its_note()
    {
        var run = CliRun.Of("quantity", "16多条");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("SM0").And.Contain("lower bound");
    }

    [Fact]
    public void Quantity_that_is_not_one_exits_1_with_the_reason_in_the_chosen_language()
    {
        var run = CliRun.Of("quantity", "abc", "--language", "zh");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("不是数量").And.Contain("此处应为数字");
    }

    [Fact]
    public void Date_in_Chinese_numerals_is_read_with_a_note()
    {
        var run = CliRun.Of("date", "二〇二二年七月七日", "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json().GetProperty("value").GetString().Should().Be("2022-07-07");
        run.Json().GetProperty("dayOfWeek").GetString().Should().Be("thursday");
        run.Json().GetProperty("notes").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void Date_without_a_year_takes_the_year_given()
    {
        var run = CliRun.Of("date", "7月7日", "--year", "2022");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("2022-07-07");
    }

    [Fact]
    public void Date_that_does_not_exist_exits_1_naming_the_month_length()
    {
        var run = CliRun.Of("date", "2022年2月30日", "-f", "json");

        run.ExitCode.Should().Be(1);
        var error = run.Json().GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("SM0203");
        error.GetProperty("arguments").GetProperty("days").GetInt32().Should().Be(28);
        error.GetProperty("message").GetProperty("zh").GetString().Should().Be("2022年2月只有28天，不存在30日。");
    }
}
