package com.whereai.slack.listen;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.whereai.core.reply.Intent;
import com.whereai.core.reply.Reply;
import com.whereai.knowledge.Lang;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Ack cards are written once per distinct reply, for a bounded number of replies. */
class AckCardsTest {

    private final AtomicInteger written = new AtomicInteger();
    private final AckCards cards = new AckCards(reply -> {
        written.incrementAndGet();
        return SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(reply.title())
                .build();
    });

    private static Reply reply(String title) {
        return Reply.builder(Intent.HELP, Lang.EN)
                .title(title)
                .paragraph("Same words.")
                .build();
    }

    @Test
    void an_equal_reply_gets_the_same_ack_without_writing_it_again() {
        Response first = cards.ack(reply("Help"));
        Response again = cards.ack(reply("Help"));

        assertThat(written).hasValue(1);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(first.getBody()).contains("\"response_type\":\"ephemeral\"", "\"text\":\"Help\"");
        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(first.getContentType()).startsWith("application/json");
    }

    @Test
    void a_different_reply_gets_its_own_ack() {
        assertThat(cards.ack(reply("One")).getBody()).contains("One");
        assertThat(cards.ack(reply("Two")).getBody()).contains("Two");

        assertThat(written).hasValue(2);
    }

    @Test
    void the_oldest_card_goes_first_when_more_are_asked_than_kept() {
        for (int i = 0; i <= AckCards.CAPACITY; i++) {
            cards.ack(reply("kept-" + i));
        }
        int before = written.get();

        cards.ack(reply("kept-" + AckCards.CAPACITY));
        assertThat(written).as("the newest: still kept").hasValue(before);
        cards.ack(reply("kept-0"));
        assertThat(written).as("the oldest: dropped, written again").hasValue(before + 1);
    }

    @Test
    void a_card_with_stars_and_swedish_letters_is_sent_as_ascii_that_reads_back_the_same() throws Exception {
        String json = "{\"text\":\"Integritet ★★★★☆ – åäö 😀\",\"n\":1}";

        String ascii = AckCards.ascii(json);

        assertThat(ascii).matches("\\p{ASCII}*").contains("\\u2605", "\\u00e5");
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(mapper.readTree(ascii)).isEqualTo(mapper.readTree(json));
        assertThat(AckCards.ascii("{\"plain\":true}")).isEqualTo("{\"plain\":true}");
    }
}
