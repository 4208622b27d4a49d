namespace Plannior.ChatApi.Tests.Language;

using Plannior.ChatApi.Chat.Language;
using Xunit;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("میرے کام دکھائیں", "ur")]
    [InlineData("کام 3 مکمل کریں", "ur")]
    [InlineData("#work والے کام دکھائیں", "ur")]
    [InlineData("mere tasks dikhao", "ur")]
    [InlineData("task 3 complete kar do", "ur")]
    [InlineData("kal subah 9 baje meeting yaad dilana", "ur")]
    [InlineData("pending kaam dikhao", "ur")]
    [InlineData("doodh khareedne ka task add karo", "ur")]
    [InlineData("shukriya", "ur")]
    [InlineData("Add a task to buy groceries", "en")]
    [InlineData("What's pending?", "en")]
    [InlineData("Mark task 3 as complete", "en")]
    [InlineData("Add a task to call Kal about the invoice", "en")]
    [InlineData("add peer review for the login PR", "en")]
    [InlineData("fix the main door", "en")]
    [InlineData("", "en")]
    [InlineData("123", "en")]
    public void Detects_urdu_script_and_roman_urdu(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.DetectLanguage(text));
}
