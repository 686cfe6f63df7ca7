namespace SafetyModel.Documents;

/// <summary>
/// Which numbering a <see cref="DocumentNumber"/> follows: the 发文字号 of GB/T 9704-2012 §7.2.4 (issuer code, year,
/// serial) or the running 序号 of orders (令) and notices (公告), which have no year. A closed list.
/// </summary>
public enum DocumentNumberKind
{
    /// <summary>A 发文字号 with its year: <c>国发〔2018〕1号</c> (GB/T 9704-2012 §7.2.4).</summary>
    Dated = 0,

    /// <summary>
    /// The 序号 of a 令 or 公告, counted on without a year: <c>国务院令第493号</c>, <c>某省人民政府令第201号</c>,
    /// <c>某市人大常委会公告第7号</c>, or <c>第15号</c> with the issuer named elsewhere. 《规章制定程序条例》 (国务院令第322号,
    /// revised 2017) 第三十条 requires the order that publishes a 规章 to state its 序号; GB/T 9704 does not cover its form.
    /// </summary>
    Sequential = 1,
}
