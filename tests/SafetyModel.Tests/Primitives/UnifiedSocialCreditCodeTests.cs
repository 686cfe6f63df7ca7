using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Tests.Primitives;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("9144030071526726XG")]
    [InlineData("91330100799655058B")]
    [InlineData("91110000802100433B")]
    public void Published_codes_pass_their_check(string text)
    {
        var code = UnifiedSocialCreditCode.Parse(text);

        code.Value.Should().Be(text);
        code.RegistrationAuthority.Should().Be('9');
        code.OrganisationType.Should().Be('1');
        code.DivisionDigits.Should().Be(text.Substring(2, 6));
        code.OrganisationCode.Should().Be(text.Substring(8, 9));
        UnifiedSocialCreditCode.CheckCharacter(text.Substring(0, 17)).Should().Be(text[17]);
    }

    /// <summary>
    /// A code of a government organ, published as the first part of an 索引号 (113715250043286799/2017-26749960) on
    /// http://www.guanxian.gov.cn/site_gxgxyjgljs/channel_x_5414_6333/doc_653808dcfc96dbda3a592aa2.html: registration
    /// authority 1 (机构编制), type 1 (机关), division 371525 (冠县).
    /// </summary>
    [Fact]
    public void A_published_code_of_a_government_organ_passes_its_check()
    {
        var code = UnifiedSocialCreditCode.Parse("113715250043286799");

        code.RegistrationAuthority.Should().Be('1');
        code.OrganisationType.Should().Be('1');
        code.DivisionDigits.Should().Be("371525");
        code.OrganisationCode.Should().Be("004328679");
    }

    /// <summary>
    /// The worked example of the GB 32100-2015 check published at https://www.yc00.com/web/1713075042a2177900.html (and
    /// https://renrendoc.com/p-47802332.html): for 91350100M000100Y4Z the weighted sum of the first 17 characters is 1640,
    /// 1640 mod 31 = 28, the check value 31 − 28 = 3, so the code is malformed and ends in 3 when correct. (Z is not even
    /// a character of the code's alphabet, so the reader stops at it.)
    /// </summary>
    [Fact]
    public void The_standards_worked_example_fails_and_its_corrected_code_passes()
    {
        var error = UnifiedSocialCreditCode.ParseDetailed("91350100M000100Y4Z").Error!;

        error.Code.Should().Be(ParseCodes.UnexpectedCharacter);
        error.Position.Should().Be(17);
        UnifiedSocialCreditCode.CheckCharacter("91350100M000100Y4").Should().Be('3');
        UnifiedSocialCreditCode.ParseDetailed("91350100M000100Y4Y").Error!.Arguments["expected"].Should().Be("3");
        UnifiedSocialCreditCode.TryParse("91350100M000100Y43", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("113715250043286789", "6")]
    [InlineData("113715250043287699", "X")]
    [InlineData("91310115MA1H8R7C6D", "7")]
    public void Corrupted_and_made_up_codes_fail_their_check(string text, string expected)
    {
        // A digit changed, two digits swapped, and the made-up example of a blog post
        // (https://blog.csdn.net/qq_56851614/article/details/145111261) whose check character was never computed.
        var error = UnifiedSocialCreditCode.ParseDetailed(text).Error!;

        error.Code.Should().Be(ParseCodes.CreditCodeCheck);
        error.Arguments["expected"].Should().Be(expected);
    }

    [Fact]
    public void A_wrong_check_character_names_the_right_one()
    {
        var error = UnifiedSocialCreditCode.ParseDetailed("9144030071526726XA").Error!;

        error.Code.Should().Be(ParseCodes.CreditCodeCheck);
        error.Position.Should().Be(17);
        error.Arguments["expected"].Should().Be("G");
        error.Message.English.Should().Be("The check character is 'A' but should be 'G' (GB 32100-2015).");
    }

    [Theory]
    [InlineData("9144030071526726X", ParseCodes.CreditCodeLength, 0)]
    [InlineData("9144030071526726XGG", ParseCodes.CreditCodeLength, 0)]
    [InlineData("9144030071526726IG", ParseCodes.UnexpectedCharacter, 16)]
    [InlineData("9144030071526726OG", ParseCodes.UnexpectedCharacter, 16)]
    [InlineData(null, ParseCodes.NullText, 0)]
    public void Malformed_codes_fail_clearly(string? text, string code, int position)
    {
        var error = UnifiedSocialCreditCode.ParseDetailed(text).Error!;

        error.Code.Should().Be(code);
        error.Position.Should().Be(position);
        UnifiedSocialCreditCode.TryParse(text, out var parsed).Should().BeFalse();
        parsed.Should().Be(default(UnifiedSocialCreditCode));
    }

    [Fact]
    public void Lower_case_letters_are_read_with_a_note()
    {
        var result = UnifiedSocialCreditCode.ParseDetailed("9144030071526726xg");

        result.Value.Value.Should().Be("9144030071526726XG");
        result.Notes.Single().Code.Should().Be(ParseCodes.CreditCodeLowerCase);
    }

    [Fact]
    public void Any_seventeen_characters_with_their_check_character_parse_and_any_other_last_character_fails() =>
        Gen.Char["0123456789ABCDEFGHJKLMNPQRTUWXY"].Array[17].Select(c => new string(c)).Sample(first17 =>
        {
            var check = UnifiedSocialCreditCode.CheckCharacter(first17);
            UnifiedSocialCreditCode.TryParse(first17 + check, out _).Should().BeTrue();
            var wrong = check == '0' ? '1' : '0';
            UnifiedSocialCreditCode.ParseDetailed(first17 + wrong).Error!.Code.Should().Be(ParseCodes.CreditCodeCheck);
        });

    [Fact]
    public void The_check_is_computed_only_over_valid_characters() =>
        ((Func<char>)(() => UnifiedSocialCreditCode.CheckCharacter("914403007152672"))).Should().Throw<ArgumentException>();

    [Fact]
    public void Organisations_carry_their_kind_division_and_code()
    {
        var enterprise = new Organisation
        {
            Name = "某某燃气有限公司",
            Kind = OrganisationKind.Enterprise,
            Division = DivisionCode.Parse("150626103"),
            CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"),
            Sector = Sector.OilAndGasPipelines,
        };

        enterprise.Should().Be(new Organisation
        {
            Name = "某某燃气有限公司",
            Kind = OrganisationKind.Enterprise,
            Division = DivisionCode.Parse("150626103"),
            CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"),
            Sector = Sector.OilAndGasPipelines,
        });
        enterprise.Should().NotBe(new Organisation { Name = "某某燃气有限公司", Kind = OrganisationKind.Enterprise });
        new Organisation { Name = "乌审旗安全生产委员会", ShortName = "乌审旗安委会", Kind = OrganisationKind.Committee }.ToString().Should().Be("乌审旗安全生产委员会");
    }
}
