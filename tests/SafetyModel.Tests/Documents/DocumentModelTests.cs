using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Text;

namespace SafetyModel.Tests.Documents;

public class DocumentModelTests
{
    [Fact]
    public void The_fifteen_types_of_the_2012_regulation_are_statutory_with_their_Chinese_names()
    {
        var statutory = DocumentType.KnownValues.Where(t => t.IsStatutory).Select(t => t.ChineseName);

        statutory.Should().Equal("决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要");
        DocumentType.Summary.IsStatutory.Should().BeFalse();
        DocumentType.FromCode("细则").IsStatutory.Should().BeFalse();
    }

    [Theory]
    [InlineData("报告", DocumentDirection.Upward)]
    [InlineData("请示", DocumentDirection.Upward)]
    [InlineData("函", DocumentDirection.Parallel)]
    [InlineData("批复", DocumentDirection.Downward)]
    [InlineData("通知", DocumentDirection.Downward)]
    [InlineData("通报", DocumentDirection.Downward)]
    [InlineData("决定", DocumentDirection.Downward)]
    public void Types_have_their_conventional_direction(string name, DocumentDirection direction)
    {
        DocumentType.TryFromName(name, out var type).Should().BeTrue();
        type.DefaultDirection.Should().Be(direction);
    }

    [Fact]
    public void Opinions_and_unknown_types_have_no_default_direction()
    {
        DocumentType.Opinion.DefaultDirection.Should().BeNull();
        DocumentType.FromCode("细则").DefaultDirection.Should().BeNull();
    }

    [Fact]
    public void Types_are_found_by_Chinese_name_alias_and_code_and_unknown_ones_are_kept()
    {
        DocumentType.TryFromName("令", out var order).Should().BeTrue();
        order.Should().Be(DocumentType.Order);
        DocumentType.TryFromName("letter", out var letter).Should().BeTrue();
        letter.Should().Be(DocumentType.Letter);
        DocumentType.FromCode("letter").Should().Be(DocumentType.Letter);
        var rules = DocumentType.FromCode("细则");
        rules.IsKnown.Should().BeFalse();
        rules.ToString().Should().Be("细则");
        DocumentType.Letter.ToString().Should().Be("函");
    }

    [Theory]
    [InlineData("乌兰陶勒盖镇人民政府关于报送乌兰陶勒盖镇2022年安全生产半年工作总结的函", "乌兰陶勒盖镇人民政府", "报送乌兰陶勒盖镇2022年安全生产半年工作总结", "函")]
    [InlineData("关于开展安全生产大检查的通知", null, "开展安全生产大检查", "通知")]
    [InlineData("乌审旗人民政府办公室关于转发鄂尔多斯市人民政府关于加强安全生产工作的通知的通知", "乌审旗人民政府办公室", "转发鄂尔多斯市人民政府关于加强安全生产工作的通知", "通知")]
    [InlineData("乌审旗安委会关于印发《乌审旗2022年“安全生产月”活动方案》的通知", "乌审旗安委会", "印发《乌审旗2022年“安全生产月”活动方案》", "通知")]
    [InlineData("乌审旗安委会第三次全体会议纪要", null, "乌审旗安委会第三次全体", "纪要")]
    [InlineData("国务院令", null, "国务院", "命令")]
    public void Titles_split_into_issuer_subject_and_type(string text, string? issuer, string subject, string type)
    {
        var title = DocumentTitle.Parse(text);

        title.Issuer.Should().Be(issuer);
        title.Subject.Should().Be(subject);
        title.Type.ChineseName.Should().Be(type);
        title.Text.Should().Be(text);
    }

    [Fact]
    public void A_title_without_guanyu_is_read_with_a_note()
    {
        var result = DocumentTitle.ParseDetailed("乌兰陶勒盖镇2022年安全生产工作总结");

        result.Value.Type.Should().Be(DocumentType.Summary);
        result.Value.Issuer.Should().BeNull();
        result.Notes.Single().Code.Should().Be(ParseCodes.TitleWithoutGuanyu);
    }

    [Theory]
    [InlineData("关于开展检查的工作", ParseCodes.TitleWithoutType)]
    [InlineData("", ParseCodes.EmptyText)]
    [InlineData(null, ParseCodes.NullText)]
    public void Titles_that_name_no_type_are_refused(string? text, string code) =>
        DocumentTitle.ParseDetailed(text).Error!.Code.Should().Be(code);

    [Fact]
    public void A_title_longer_than_400_characters_is_refused_at_once()
    {
        var error = DocumentTitle.ParseDetailed("关于" + new string('检', 396) + "的通知").Error!;

        error.Code.Should().Be(ParseCodes.TextTooLong);
        error.Arguments["length"].Should().Be(401L);
        error.Arguments["maximum"].Should().Be(400L);
        DocumentTitle.ParseDetailed("关于" + new string('检', 395) + "的通知").Success.Should().BeTrue("400 characters are allowed");
        DocumentTitle.Parse("乌兰陶勒盖镇人民政府关于安全生产工作的报告").ToString().Should().Be("乌兰陶勒盖镇人民政府关于安全生产工作的报告");
    }

    [Theory]
    [InlineData("秘密★1年", SecrecyLevel.Secret, 1)]
    [InlineData("机密★20年", SecrecyLevel.Confidential, 20)]
    [InlineData("绝密", SecrecyLevel.TopSecret, null)]
    [InlineData("秘密 ★ 一年", SecrecyLevel.Secret, 1)]
    public void Secrecy_markings_are_read(string text, SecrecyLevel level, int? years)
    {
        var marking = SecrecyMarking.Parse(text);

        marking.Level.Should().Be(level);
        marking.Years.Should().Be(years);
    }

    [Fact]
    public void Secrecy_markings_write_and_know_their_statutory_maximum()
    {
        new SecrecyMarking(SecrecyLevel.Secret, 1).ToString().Should().Be("秘密★1年");
        new SecrecyMarking(SecrecyLevel.TopSecret).ToString().Should().Be("绝密");
        new SecrecyMarking(SecrecyLevel.TopSecret).DefaultMaximumYears.Should().Be(30);
        new SecrecyMarking(SecrecyLevel.Confidential).DefaultMaximumYears.Should().Be(20);
        new SecrecyMarking(SecrecyLevel.Secret).DefaultMaximumYears.Should().Be(10);
        SecrecyMarking.ParseDetailed("秘密☆1年").Notes.Single().Code.Should().Be(ParseCodes.HollowStar);
        ((Action)(() => _ = new SecrecyMarking(SecrecyLevel.Secret, 0))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("内部", ParseCodes.UnknownSecrecyLevel)]
    [InlineData("秘密1年", ParseCodes.BadSecrecyPeriod)]
    [InlineData("秘密★", ParseCodes.BadSecrecyPeriod)]
    [InlineData("秘密★年", ParseCodes.BadSecrecyPeriod)]
    [InlineData("", ParseCodes.EmptyText)]
    public void Bad_secrecy_markings_are_refused(string text, string code) =>
        SecrecyMarking.ParseDetailed(text).Error!.Code.Should().Be(code);

    [Fact]
    public void Documents_compare_by_every_member_collections_by_content()
    {
        OfficialDocument Build(string recipient) => new()
        {
            Number = new DocumentNumber("乌兰镇政函", 2022, 297),
            Title = DocumentTitle.Parse("乌兰陶勒盖镇人民政府关于报送乌兰陶勒盖镇2022年安全生产半年工作总结的函"),
            Type = DocumentType.Letter,
            PrimaryRecipients = new List<string> { recipient },
            SignatureOrgans = new[] { "乌兰陶勒盖镇人民政府" },
            Date = new LocalDate(2022, 7, 7),
            Outline = new[] { new OutlineSection(1, 1, "一、", "高度重视", new[] { "段落" }) },
        };

        var a = Build("乌审旗安全生产委员会");
        var b = Build("乌审旗安全生产委员会");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(Build("乌审旗安委会"));
        a.Should().NotBe(new OfficialDocument { Number = a.Number, Title = a.Title, Type = a.Type, PrimaryRecipients = a.PrimaryRecipients, SignatureOrgans = a.SignatureOrgans, Date = new LocalDate(2022, 7, 8), Outline = a.Outline });
        a.Should().Be(new OfficialDocument { Number = a.Number, Title = a.Title, Type = a.Type, PrimaryRecipients = a.PrimaryRecipients, SignatureOrgans = a.SignatureOrgans, Date = a.Date, Outline = a.Outline });
        a.ToString().Should().Be("乌兰镇政函〔2022〕297号 乌兰陶勒盖镇人民政府关于报送乌兰陶勒盖镇2022年安全生产半年工作总结的函 2022年7月7日");
    }

    [Fact]
    public void A_document_keeps_its_own_copy_of_every_list()
    {
        var recipients = new List<string> { "乌审旗安全生产委员会" };
        var document = new OfficialDocument { PrimaryRecipients = recipients };

        recipients.Add("另一个机关");

        document.PrimaryRecipients.Should().Equal("乌审旗安全生产委员会");
        ((Action)(() => _ = new OfficialDocument { CopyRecipients = new string[] { null! } })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_direction_defaults_by_type_and_can_be_set()
    {
        new OfficialDocument { Type = DocumentType.Report }.Direction.Should().Be(DocumentDirection.Upward);
        new OfficialDocument { Type = DocumentType.Opinion, Direction = DocumentDirection.Upward }.Direction.Should().Be(DocumentDirection.Upward);
        new OfficialDocument().Direction.Should().BeNull();
    }
}
