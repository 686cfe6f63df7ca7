using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Extraction;
using SafetyModel.Tests.Corpus;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Tests.Documents;

/// <summary>
/// Issue 22: the layouts of legal databases and government web pages, read on the real texts of the development corpus
/// (<c>Fixtures/corpus</c>, each copied exactly with its source address in its annotation).
/// </summary>
public class DocumentLayoutTests
{
    private static ParseResult<OfficialDocument> Read(string id) => DocumentText.ParseDetailed(RealCorpus.Texts.Single(t => t.Id == id).Text);

    [Fact]
    public void An_organ_line_above_a_blank_line_is_the_issuing_organ_mark_not_part_of_the_title()
    {
        // 河南省濮阳市人民政府办公室 / (blank) / 濮阳市人民政府办公室关于印发…的通知 / 濮政办〔2011〕19号
        var document = Read("h-ha-puyang-2011-banfa-19").Value;

        document.IssuingOrgans.Should().Equal("河南省濮阳市人民政府办公室");
        document.Title!.Text.Should().Be("濮阳市人民政府办公室关于印发濮阳市城市道路窨井设施管理暂行办法的通知");
        document.Number!.Value.ToString().Should().Be("濮政办〔2011〕19号");
    }

    [Fact]
    public void A_title_broken_after_the_organ_without_a_blank_line_stays_one_title()
    {
        // 国务院办公厅政府信息与政务公开办公室 / 关于规范政府信息公开平台 / 有关事项的通知 / 国办公开办函〔2019〕61号
        var document = Read("h-gwyb-gongkaiban-2019-61").Value;

        document.IssuingOrgans.Should().BeEmpty();
        document.Title!.Text.Should().Be("国务院办公厅政府信息与政务公开办公室关于规范政府信息公开平台有关事项的通知");
        document.Number!.Value.ToString().Should().Be("国办公开办函〔2019〕61号");
    }

    [Fact]
    public void Web_page_chrome_between_title_and_recipients_is_left_out_with_a_note()
    {
        // 发布时间:2021-12-22 17:45 浏览次数: stands between the title and the recipients.
        var result = Read("h-xz-ali-2021-xingshu-guize");

        string.Join("、", result.Value.PrimaryRecipients).Should().Be("各县人民政府、行署各局、委、办、处");
        result.Notes.Should().Contain(n => n.Code == ParseCodes.PageChromeIgnored);
    }

    [Fact]
    public void A_date_printed_before_the_number_gives_the_number_and_the_date()
    {
        // 2006年10月26日 财建〔2006〕689号, and no date at the end.
        var document = Read("h-czb-2006-caijian-689").Value;

        document.Number!.Value.ToString().Should().Be("财建〔2006〕689号");
        document.Date.Should().Be(new LocalDate(2006, 10, 26));
        document.Title!.Text.Should().Be("财政部关于印发《中央预算内基建投资项目前期工作经费管理暂行办法》的通知");
    }

    [Fact]
    public void A_number_and_a_title_on_one_line_are_both_read()
    {
        var document = Read("h-ln-panjin-2010-zhengfa-22").Value;

        document.Number!.Value.ToString().Should().Be("盘政发〔2010〕22号");
        document.Title!.Text.Should().StartWith("盘锦市人民政府关于表彰");
    }

    [Fact]
    public void Recipients_with_the_first_paragraph_on_their_line_are_split_from_it()
    {
        // 市直有关部门: 为切实做好防汛减灾工作,…
        var document = Read("h-sc-suining-fangxunban-2019-han").Value;

        document.PrimaryRecipients.Should().Equal("市直有关部门");
        document.Preamble.Concat(document.Outline.Select(s => s.Heading)).First().Should().StartWith("为切实做好防汛减灾工作");
    }

    [Fact]
    public void A_title_in_book_title_marks_is_read_without_them_with_a_note()
    {
        var result = Read("h-sc-chengdu-2014-7-trad-pinyin");

        result.Value.Title!.Text.Should().Be("成都市人民政府關于印發〈成都市市級財政專項資金管理暫行辦法〉的通知");
        result.Notes.Should().Contain(n => n.Code == ParseCodes.TitleMarksRemoved);
        result.Notes.Should().Contain(n => n.Code == ParseCodes.PinyinRemoved, "發(fā) in the title is pinyin residue");
    }

    [Fact]
    public void Pinyin_residue_with_a_space_inside_is_removed_from_the_recipients()
    {
        var document = Read("h-jx-anban-2018-18-trad-pinyin").Value;

        document.PrimaryRecipients.Should().Contain("贛江新區管委會");
        document.PrimaryRecipients.Should().NotContain(r => r.Contains('('.ToString() + "huì", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("二0一九年一月八日", 2019, 1, 8)]
    [InlineData("二OO三年十二月四日", 2003, 12, 4)]
    [InlineData("二O一一年5月16日", 2011, 5, 16)]
    public void A_zero_written_as_the_digit_0_or_the_letter_O_in_a_Chinese_year_is_read_as_ling_with_a_note(string text, int year, int month, int day)
    {
        var result = ChineseDates.ParseDetailed(text);

        result.Value.Should().Be(new LocalDate(year, month, day));
        result.Notes.Should().Contain(n => n.Code == ParseCodes.LookalikeZeroRead);
    }

    [Fact]
    public void A_zero_look_alike_does_not_start_a_Chinese_year()
    {
        ChineseDates.ParseDetailed("O一九年一月八日").Success.Should().BeFalse();
    }

    [Fact]
    public void A_closing_date_with_its_digits_run_together_is_read_when_it_can_be_only_one_date()
    {
        var result = Read("h-fj-2017-minzhengwen-316-pifu");

        result.Value.Date.Should().Be(new LocalDate(2017, 9, 19));
        result.Value.SignatureOrgans.Should().Equal("福建省人民政府");
        result.Notes.Should().Contain(n => n.Code == ParseCodes.DigitsRunTogetherRead);
    }

    [Theory]
    [InlineData("2017111")] // 1月11日 or 11月1日
    [InlineData("2017109")] // 10月9日: a one-digit month is never followed by a zero-padded day
    public void Ambiguous_or_padded_run_together_digits_are_read_only_when_one_reading_remains(string closing)
    {
        var document = DocumentText.Parse("关于开展检查的通知\n各村：\n请按时报送。\n某某镇人民政府\n" + closing);

        if (closing == "2017111")
        {
            document.Date.Should().BeNull("1月11日 and 11月1日 are both possible");
        }
        else
        {
            document.Date.Should().Be(new LocalDate(2017, 10, 9), "a one-digit month is never followed by a zero-padded day");
        }
    }

    [Fact]
    public void The_organs_of_a_joint_signature_are_all_read()
    {
        var document = Read("h-hn-yueyang-2017-banfa-2").Value;

        document.SignatureOrgans.Should().Equal("中共岳阳市委办公室", "岳阳市人民政府办公室");
    }

    [Fact]
    public void An_attachment_note_above_the_date_is_no_signature()
    {
        var document = Read("h-ln-dandong-2008-zhengfa-37").Value;

        document.SignatureOrgans.Should().NotContain(s => s.StartsWith('附'));
    }

    [Fact]
    public void A_garbled_closing_date_is_not_read_but_the_signature_above_it_is()
    {
        var result = Read("h-yn-mouding-2017-banfa-truncated");

        result.Value.Date.Should().BeNull();
        result.Value.SignatureOrgans.Should().Equal("牟定县人民政府办公室");
        result.Value.Remarks.Should().Be("此件公开发布");
        result.Notes.Should().Contain(n => n.Code == ParseCodes.GarbledDateLine);
        result.Value.Title!.Text.Should().Be("牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知", "the truncated number line 牟政办发〔201746 stays out of it");
    }

    [Fact]
    public void A_notice_number_over_two_lines_with_its_serial_in_Chinese_numerals_is_one_number()
    {
        var result = Read("h-gd-shenzhen-rd-2001-gonggao-37");

        result.Value.Number!.Value.ToString().Should().Be("深圳市人民代表大会常务委员会公告第37号");
        result.Notes.Should().Contain(n => n.Code == ParseCodes.SerialInChineseNumeralsRead);
        DocumentNumber.ParseStrict("深圳市人民代表大会常务委员会公告第三十七号").Success.Should().BeFalse();
    }

    [Fact]
    public void The_first_sentence_of_minutes_ending_in_a_colon_is_no_recipient_line()
    {
        Read("h-gd-doumen-2024-jiyao-trad-pinyin").Value.PrimaryRecipients.Should().BeEmpty();
    }

    [Fact]
    public void An_answer_to_a_proposal_has_its_own_document_type()
    {
        var document = Read("h-fj-jinan-minzheng-2020-dafu").Value;

        document.Type.Should().Be(DocumentType.Answer);
        document.Title!.Text.Should().Be("关于区政协九届四次会议第202045号提案办理情况的答复");
    }

    [Theory]
    [InlineData("区政协九届四次会议")]
    [InlineData("已经第12届89次市政府常务会议审议通过")]
    public void The_session_within_a_term_is_no_count_of_meetings(string text)
    {
        FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2020 }).Value.Should().BeEmpty();
    }

    [Fact]
    public void Figures_are_read_through_traditional_characters_and_pinyin_and_their_sources_quote_the_text_as_written()
    {
        var text = RealCorpus.Texts.Single(t => t.Id == "s-jx-anweiban-2022-zhenggai-trad-pinyin").Text;
        var result = FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2022 });

        result.Notes.Should().Contain(n => n.Code == ParseCodes.ReadThroughVariants);
        var found = result.Value.Where(f => f.Indicator == Indicator.HazardsFound).Should().NotBeEmpty().And.Subject.First();
        found.Quantity!.Stated.Should().Be(41);
        found.Quantity!.Unit.Should().Be(QuantityUnit.Item);
        var source = found.Source!;
        text.Substring(source.Offset, source.Text.Length).Should().Be(source.Text, "the span points into the text as written");
        source.Text.Should().Contain("(", "the pinyin residue stays in the quoted source: nothing the user gave is changed");
    }

    [Fact]
    public void A_text_without_variants_is_read_as_it_is_with_no_note()
    {
        var result = FigureExtractor.Extract("共检查企业12家，发现隐患30处。", new FigureExtractionOptions { Year = 2022 });

        result.Notes.Should().NotContain(n => n.Code == ParseCodes.ReadThroughVariants);
        result.Value.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("其他7项问题将在规定时限内整改。")]
    [InlineData("复查问题隐患2541项。")]
    [InlineData("坚持每周至少开展安全生产及消防培训1次。")]
    [InlineData("造成3人以上10人以下死亡，或者10人以上50人以下重伤。")]
    public void Plans_re_checks_rates_and_the_bounds_of_a_grade_are_no_figures(string text)
    {
        FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2022 }).Value.Should().BeEmpty();
    }
}
