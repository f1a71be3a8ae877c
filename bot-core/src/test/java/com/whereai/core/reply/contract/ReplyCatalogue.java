package com.whereai.core.reply.contract;

import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.core.WhereAiBot;
import com.whereai.core.compose.QuestionnaireReplies;
import com.whereai.core.reply.Action;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Form;
import com.whereai.core.reply.FormSubmission;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.core.reply.Source;
import com.whereai.knowledge.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every reply where-ai can give, for the renderer contract: one input per intent in both languages (answered
 * only to the asker, so the share action is there too), the Home tab and the welcome, the questionnaire with
 * and without errors, the longest reply, and a reply made of every card element and action kind. Each
 * renderer's test runs all of them through its own limits and third-party checker.
 */
public final class ReplyCatalogue {

    /** One input per intent (and the edge cases that once broke a renderer). */
    public static final List<String> ONE_OF_EACH = List.of(
            "help",
            "options",
            "2a",
            "5",
            "compare",
            "compare 1 3",
            "recommend patient records, no IT staff, 70b on 24 gb, commercial SaaS",
            "recommend",
            "rek",
            "frågor",
            "recommend gpt-4o on premises",
            "why not 5 patient records",
            "why not 1",
            "vram 70b",
            "70b q4 on 24 gb",
            "what fits in 24 gb",
            "does llama 3.1 70b fit on a 4090 with 128k context?",
            "kan vi köra mixtral 8x7b på 2x3090 med q8_0?",
            "vilka modeller får plats på min M2 Max 64GB?",
            "cost 70b 200 users",
            "licences",
            "licence llama",
            "concepts",
            "what is vram",
            "tokens",
            "summary",
            "how do I install ollama",
            "what is the capital of France",
            "compare 1 9",
            "compare 1 9 <at>x</at> <!channel> *bold* [link](https://evil.example)",
            "feedback up",
            "start over");
    /** The longest reply: a situation written at length (the input is cut at the bot's limit). */
    public static final String LONGEST = "recommend " + "patient records and trade secrets, ".repeat(150);
    /** Texts the every-element reply carries, one per element, so a renderer test can see none was dropped. */
    public static final List<String> ELEMENT_MARKERS = List.of(
            "Heading-marker",
            "Paragraph-marker",
            "Bullet-marker",
            "Fact-label-marker",
            "Fact-value-marker",
            "Table-cell-marker",
            "Table-footnote-marker",
            "Item-title-marker",
            "Item-badge-marker",
            "Item-line-marker",
            "Chart-caption-marker",
            "Chart-bar-marker",
            "Chart-value-marker",
            "Lines-caption-marker",
            "Lines-series-marker",
            "Lines-value-marker",
            "Note-marker");

    public static final String IMAGE_URL = "https://where-ai.example/chart.png";
    /** The every-element reply's line chart says this in its alt text (not every surface shows alt text). */
    public static final String LINE_CHART_ALT_TEXT =
            "Lines-alt-marker: cumulative cost of three options over 36 months";

    private ReplyCatalogue() {}

    /** Every reply, by a name fit for a file name. */
    public static Map<String, Reply> replies(WhereAiBot bot) {
        Map<String, Reply> replies = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            for (int i = 0; i < ONE_OF_EACH.size(); i++) {
                replies.put(
                        "reply-" + i + "-" + lang.code(),
                        bot.answer(new Query(ONE_OF_EACH.get(i), lang, lang, "U1").toAskerOnly()));
            }
            replies.put("longest-" + lang.code(), bot.answer(new Query(LONGEST, lang, lang, "U1").toAskerOnly()));
            replies.put("home-" + lang.code(), bot.home(lang));
            replies.put("welcome-" + lang.code(), bot.welcome(lang));
            replies.put("form-" + lang.code(), bot.questionnaire("sensitive-data no-it-staff offline 70b", lang));
            replies.put("form-errors-" + lang.code(), withErrors(bot, lang));
            replies.put("every-element-" + lang.code(), everyElement(lang));
        }
        return replies;
    }

    public static Map<String, Reply> replies() {
        return replies(TestBot.BOT);
    }

    /** Every form: the questionnaire empty, prefilled, and refused with errors, in both languages. */
    public static Map<String, Form> forms(WhereAiBot bot) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            forms.put(
                    "form-empty-" + lang.code(),
                    bot.questionnaire("", lang).formIfAny().orElseThrow());
            forms.put(
                    "form-prefilled-" + lang.code(),
                    bot.questionnaire("sensitive-data no-it-staff offline cloud-ecosystem 70b 24gb", lang)
                            .formIfAny()
                            .orElseThrow());
            forms.put(
                    "form-errors-" + lang.code(),
                    withErrors(bot, lang).formIfAny().orElseThrow());
        }
        return forms;
    }

    private static Reply withErrors(WhereAiBot bot, Lang lang) {
        Reply reply = bot.submit(
                new FormSubmission(
                        QuestionnaireReplies.FORM_ID,
                        Map.of(
                                "data",
                                List.of("sensitive"),
                                "needs",
                                List.of("offline", "cloud"),
                                "model-size",
                                List.of("huge"),
                                "vram",
                                List.of("lots")),
                        lang,
                        "U1"),
                Query.Audience.ASKER);
        if (reply.intent() != Intent.QUESTIONNAIRE
                || reply.formIfAny().map(Form::errors).orElse(Map.of()).size() != 2) {
            throw new IllegalStateException("the catalogue's refused questionnaire was not refused: " + reply.intent());
        }
        return reply;
    }

    /** A reply with every card element and every kind of action, each carrying one of {@link #ELEMENT_MARKERS}. */
    public static Reply everyElement(Lang lang) {
        return Reply.builder(Intent.HELP, lang)
                .title("Every element")
                .add(new CardElement.Heading("Heading-marker"))
                .add(new CardElement.Paragraph("Paragraph-marker <b>not bold</b> & more"))
                .add(new CardElement.BulletList(List.of("Bullet-marker", "second bullet")))
                .add(new CardElement.FactList(List.of(new CardElement.Fact("Fact-label-marker", "Fact-value-marker"))))
                .add(new CardElement.Divider())
                .add(new CardElement.Table(
                        List.of("", "A", "B"),
                        List.of(List.of("Table-cell-marker", "★★☆☆☆", "★★★★★"), List.of("row two", "1", "2")),
                        List.of("Table-footnote-marker")))
                .add(new CardElement.ItemList(List.of(
                        new CardElement.Item(
                                "Item-title-marker",
                                "Item-badge-marker",
                                List.of("Item-line-marker"),
                                Action.of("Item button", "2a")),
                        new CardElement.Item("Second item", "", List.of(), null))))
                .add(new CardElement.Chart(
                        "Chart-caption-marker",
                        List.of(
                                new CardElement.Bar("Chart-bar-marker", 262800, "Chart-value-marker"),
                                new CardElement.Bar("Smaller", 21900, "21 900 kr"),
                                new CardElement.Bar("Nothing", 0, "0 kr"))))
                .add(lineChart())
                .add(new CardElement.Image(IMAGE_URL, "A chart of costs"))
                .add(new CardElement.Note("Note-marker"))
                .action(Action.primary("Run a command", "compare"))
                .action(new Action.OpenForm("Open the form", "questionnaire sensitive-data", false))
                .action(new Action.Feedback("Good answer", "feedback up", true))
                .action(new Action.Share("Share in channel", "compare"))
                .source("topic.ratings-table", "Star table")
                .build();
    }

    /**
     * The every-element reply's line chart: 37 points ("0".."36" months), three lines that cross (a steady one, one that
     * starts high and stays flat, one that starts at nothing and climbs fastest), the first labelled and valued with
     * markers.
     */
    public static CardElement.LineChart lineChart() {
        List<String> months = new ArrayList<>();
        List<Double> steady = new ArrayList<>();
        List<Double> upfront = new ArrayList<>();
        List<Double> climbing = new ArrayList<>();
        for (int month = 0; month <= 36; month++) {
            months.add(Integer.toString(month));
            steady.add(5000.0 + 1000.0 * month);
            upfront.add(20000.0 + 200.0 * month);
            climbing.add(1500.0 * month);
        }
        return new CardElement.LineChart(
                "Lines-caption-marker",
                "months",
                "SEK",
                months,
                List.of(
                        new CardElement.Series("Lines-series-marker", steady, "Lines-value-marker"),
                        new CardElement.Series("2A", upfront, "27 200 kr"),
                        new CardElement.Series("5", climbing, "54 000 kr")),
                LINE_CHART_ALT_TEXT);
    }

    /** Whether a source's title is shown: every renderer shows the sources' titles or ids. */
    public static List<String> sourceTitles(Reply reply) {
        return reply.sources().stream().map(Source::title).toList();
    }
}
