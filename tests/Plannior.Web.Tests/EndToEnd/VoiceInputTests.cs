using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

/// <summary>
/// The composer's microphone in a real browser: absent where the browser has no speech recognition, and with one
/// (a scripted SpeechRecognition that behaves as Chrome's) dictating into the box in the UI's language, words shown
/// while they are still being recognised.
/// </summary>
[Collection(PlanniorAppCollection.Name)]
public sealed class VoiceInputTests(PlanniorAppFixture system)
{
    // a recognizer the test drives: it records the language it was started in and says what the test tells it to
    private const string ScriptedRecognition = """
        (() => {
            const speech = window.__speech = { started: [], stopped: 0 };
            class ScriptedRecognition {
                start() {
                    speech.started.push(this.lang);
                    speech.say = (words, isFinal) => {
                        const result = [{ transcript: words, confidence: 0.9 }];
                        result.isFinal = isFinal;
                        this.onresult?.({ resultIndex: 0, results: [result] });
                    };
                    speech.end = () => this.onend?.();
                }
                stop() { speech.stopped++; this.onend?.(); }
                abort() { this.onend?.(); }
            }
            window.SpeechRecognition = ScriptedRecognition;
            window.webkitSpeechRecognition = ScriptedRecognition;
        })();
        """;

    // as in Firefox: no recognizer at all (Debian's Chromium does define webkitSpeechRecognition, without a service behind it)
    private const string NoRecognition = "delete window.SpeechRecognition; delete window.webkitSpeechRecognition;";

    [Fact]
    public async Task Without_speech_recognition_the_composer_has_no_microphone()
    {
        var page = await system.NewPageAsync();
        await page.Context.AddInitScriptAsync(NoRecognition);
        await Ui.SignUpAsync(page, Ui.NewEmail("imran"), "Imran");
        await Ui.OpenWorkspaceAsync(page);

        Assert.False(await page.EvaluateAsync<bool>("() => 'SpeechRecognition' in window || 'webkitSpeechRecognition' in window"));
        await Expect(page.GetByTestId("chat-send")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("chat-mic")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_urdu_the_microphone_listens_in_urdu_and_shows_the_words_as_they_are_heard()
    {
        var page = await system.NewPageAsync();
        await page.Context.AddInitScriptAsync(ScriptedRecognition);
        await Ui.SignUpAsync(page, Ui.NewEmail("farah"), "Farah");
        await Ui.OpenWorkspaceAsync(page);
        await page.GetByTestId("language-switch").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ur");
        await Ui.WaitInteractiveAsync(page, "workspace");
        var mic = page.GetByTestId("chat-mic");
        var input = page.GetByTestId("chat-input");
        await Expect(mic).ToHaveAttributeAsync("aria-label", "بول کر پیغام لکھیں");

        await mic.ClickAsync();

        await Expect(mic).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(["ur-PK"], await page.EvaluateAsync<string[]>("() => window.__speech.started"));
        await page.EvaluateAsync("() => window.__speech.say('کل صبح', false)");
        await Expect(input).ToHaveValueAsync("کل صبح");
        await page.EvaluateAsync("() => window.__speech.say('کل صبح دس بجے ڈاکٹر کے پاس جانا ہے', false)");
        await Expect(input).ToHaveValueAsync("کل صبح دس بجے ڈاکٹر کے پاس جانا ہے");
        await page.EvaluateAsync("() => window.__speech.say('کل صبح دس بجے ڈاکٹر کے پاس جانا ہے', true)");
        await page.EvaluateAsync("() => window.__speech.end()");
        await Expect(mic).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(input).ToHaveValueAsync("کل صبح دس بجے ڈاکٹر کے پاس جانا ہے");
        await Ui.ScreenshotAsync(page, "composer-ur-voice", fullPage: false);

        // what was dictated is a draft like any other: it is sent with Enter
        await input.PressAsync("Enter");
        await Expect(page.GetByTestId("chat-message-user")).ToHaveTextAsync("کل صبح دس بجے ڈاکٹر کے پاس جانا ہے");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_english_the_microphone_listens_in_english_after_what_was_typed_and_a_second_click_stops_it()
    {
        var page = await system.NewPageAsync();
        await page.Context.AddInitScriptAsync(ScriptedRecognition);
        await Ui.SignUpAsync(page, Ui.NewEmail("omar"), "Omar");
        await Ui.OpenWorkspaceAsync(page);
        var mic = page.GetByTestId("chat-mic");
        var input = page.GetByTestId("chat-input");
        await input.FillAsync("remind me");

        await mic.ClickAsync();
        await Expect(mic).ToHaveAttributeAsync("aria-pressed", "true");
        await page.EvaluateAsync("() => window.__speech.say('to call mum', false)");

        Assert.Equal(["en-US"], await page.EvaluateAsync<string[]>("() => window.__speech.started"));
        await Expect(input).ToHaveValueAsync("remind me to call mum");
        await mic.ClickAsync();
        await Expect(mic).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__speech.stopped"));
        await Expect(input).ToHaveValueAsync("remind me to call mum");
        await page.Context.CloseAsync();
    }
}
