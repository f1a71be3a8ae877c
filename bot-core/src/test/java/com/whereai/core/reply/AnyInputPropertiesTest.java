package com.whereai.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.whereai.core.Query;
import com.whereai.core.TestBot;
import com.whereai.knowledge.Lang;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever anyone types, the bot answers: a complete reply, never an exception. */
class AnyInputPropertiesTest {

    private final PlainTextRenderer plain = new PlainTextRenderer();
    private final JsonReplyWriter json = new JsonReplyWriter();

    @Property(tries = 400)
    void any_string_gets_a_reply(@ForAll String text) throws Exception {
        assertAnswered(text);
    }

    @Property(tries = 400)
    void any_mix_of_command_words_numbers_and_symbols_gets_a_reply(@ForAll("commandish") String text) throws Exception {
        assertAnswered(text);
    }

    @Provide
    Arbitrary<String> commandish() {
        Arbitrary<String> words = Arbitraries.of(
                "compare",
                "jämför",
                "recommend",
                "rekommendera",
                "why",
                "not",
                "varför",
                "inte",
                "vram",
                "70b",
                "q4",
                "gb",
                "24",
                "2x24gb",
                "1",
                "2a",
                "2b",
                "3",
                "4",
                "5",
                "9",
                "privacy=5",
                "cost=-1",
                "x=",
                "=3",
                "licence",
                "llama",
                "concepts",
                "what",
                "is",
                "vad",
                "är",
                "?",
                "<!channel>",
                "*bold*",
                "\u0000",
                "🙂",
                "patient",
                "records",
                "offline",
                "gpt-4o",
                "405b",
                "0b",
                "0gb",
                "99999999999b",
                "1e9gb",
                "k",
                "context",
                "8k",
                "ctx",
                "-",
                "\n",
                "\t",
                "ä",
                "%s",
                "%d",
                "%%",
                "{}",
                "null");
        return words.list().ofMinSize(0).ofMaxSize(12).map(list -> String.join(" ", list));
    }

    private void assertAnswered(String text) throws Exception {
        for (Lang lang : Lang.values()) {
            Reply reply = TestBot.BOT.answer(new Query(text, null, lang));
            assertThat(reply.title()).isNotBlank();
            assertThat(reply.body()).isNotEmpty();
            assertThat(plain.render(reply)).isNotBlank();
            assertThat(new ObjectMapper()
                            .readTree(json.write(reply))
                            .get("intent")
                            .asText())
                    .isEqualTo(reply.intent().id());
        }
    }
}
