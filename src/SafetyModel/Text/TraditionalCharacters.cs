namespace SafetyModel.Text;

/// <summary>
/// Traditional characters and their simplified forms, one for one (the same length, so offsets keep their meaning): the
/// characters of work-safety reports, 公文 headers and place names met in traditional-character mirrors and old scans
/// (檢查→检查, 單位→单位, 處→处, 餘→余, 號→号, 關於→关于). The one place this table lives.
/// </summary>
/// <remarks>
/// Only characters whose simplified form is not in doubt are listed (乾, 後, 著 and the like, which map to more than one,
/// are not). 諮 and its old simplified form 谘 (merged into 咨 by the 通用规范汉字表, 2013) both read as 咨 (群眾谘詢 →
/// 群众咨询). The table is read as a bitmap over the CJK Unified Ideographs block, so a look-up costs an array read.
/// </remarks>
internal static class TraditionalCharacters
{
    private const string Traditional = "並來倉個們備傳傷價儀億優儲兒內兩冊別則創動務勝勞勢勵匯區協厲參員問啟單嚴國圍園圖團執堅報場塊墳壓壩婦學實寧審將專對導屆層屬嶺帳帶幣幫幹幾庫廈廚廟廠廢廣廳張強彈復徹態慮應懸戰戶掛採揚換揮損擇擊據攤數斷於時晝暢暫書會東條棄業極構樂樓標樹橋機橫檔檢權歷殘殯氣汙決況減測準溝溫滅滬漁澇濃濕濟灣災為煙熱燈營爐爾牆狀獄獎獸獻現環瓊產産當發盜監盤眾確碼礎礙礦種積穩竊競節範籌粵糧紀約紅紙級細組結給統經綜綠維網緊線締練縣縱總織繞繼續纜罰義習聯職聽腳臺興舉舊華萬蓋蓮薦薩藍藝藥蘇蘭處虛號術衛裏補複覆見規視觀計訊訓記訪設許評詢試話該詳認語誠調談請論謙講謝謹證識議護讀負財貢貧貨貫責貴費貼資賓質購賽贛趙趨蹤車較載輕輛輸輿轄轉辦農這進遊運過達違遠選遼還邊邏郵鄉醫針銀銷鋪鋼錢錦錶鍋鎮鐵鑒鑽長門閉開間閘閥閩關陝隊際隨險隱隻雙難雲電靑鞏頂項預頒頓領頭頻題額類顯飯飲飼養餘館饋饒駐駕駛驗體魚魯鴻鹽黃點黨齊齡龍諮谘";

    private const string Simplified = "并来仓个们备传伤价仪亿优储儿内两册别则创动务胜劳势励汇区协厉参员问启单严国围园图团执坚报场块坟压坝妇学实宁审将专对导届层属岭帐带币帮干几库厦厨庙厂废广厅张强弹复彻态虑应悬战户挂采扬换挥损择击据摊数断于时昼畅暂书会东条弃业极构乐楼标树桥机横档检权历残殡气污决况减测准沟温灭沪渔涝浓湿济湾灾为烟热灯营炉尔墙状狱奖兽献现环琼产产当发盗监盘众确码础碍矿种积稳窃竞节范筹粤粮纪约红纸级细组结给统经综绿维网紧线缔练县纵总织绕继续缆罚义习联职听脚台兴举旧华万盖莲荐萨蓝艺药苏兰处虚号术卫里补复复见规视观计讯训记访设许评询试话该详认语诚调谈请论谦讲谢谨证识议护读负财贡贫货贯责贵费贴资宾质购赛赣赵趋踪车较载轻辆输舆辖转办农这进游运过达违远选辽还边逻邮乡医针银销铺钢钱锦表锅镇铁鉴钻长门闭开间闸阀闽关陕队际随险隐只双难云电青巩顶项预颁顿领头频题额类显饭饮饲养余馆馈饶驻驾驶验体鱼鲁鸿盐黄点党齐龄龙咨咨";

    private const char First = '\u4E00';

    private const char Last = '\u9FFF';

    private static readonly char[] Map = Build();

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char ToSimplified(char c) => c >= First && c <= Last && Map[c - First] != '\0' ? Map[c - First] : c;

    /// <summary>Whether <paramref name="c"/> is a traditional character of the table.</summary>
    public static bool IsTraditional(char c) => c >= First && c <= Last && Map[c - First] != '\0';

    /// <summary>
    /// The text with every traditional character of the table simplified (the same instance when it has none);
    /// <paramref name="count"/> is how many were.
    /// </summary>
    public static string ToSimplified(string text, out int count)
    {
        count = 0;
        char[]? chars = null;
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c >= First && c <= Last && Map[c - First] is var simplified && simplified != '\0')
            {
                chars ??= text.ToCharArray();
                chars[k] = simplified;
                count++;
            }
        }

        return chars is null ? text : new string(chars);
    }

    private static char[] Build()
    {
        var map = new char[Last - First + 1];
        for (var k = 0; k < Traditional.Length; k++)
        {
            map[Traditional[k] - First] = Simplified[k];
        }

        return map;
    }
}
