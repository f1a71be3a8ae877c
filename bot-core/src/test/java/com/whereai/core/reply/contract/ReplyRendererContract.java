package com.whereai.core.reply.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.whereai.core.reply.Reply;
import com.whereai.core.reply.ReplyRenderer;
import com.whereai.knowledge.Lang;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every reply renderer keeps, run by each renderer's own test (plain text, JSON, Block Kit,
 * Adaptive Cards): every reply of the {@link ReplyCatalogue} renders within the platform's limits, and no card
 * element is silently dropped. Subclasses say what the platform's limits are and what text a user sees.
 */
public abstract class ReplyRendererContract<T> {

    private static final Map<String, Reply> CATALOGUE = ReplyCatalogue.replies();

    protected abstract ReplyRenderer<T> renderer();

    /** Fails when the rendered reply breaks one of the platform's limits. */
    protected abstract void assertWithinLimits(String name, T rendered) throws Exception;

    /** All the text a user of the platform would see (escaping undone where the platform undoes it). */
    protected abstract String visibleText(T rendered) throws Exception;

    static Stream<Arguments> catalogue() {
        return CATALOGUE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void every_reply_in_the_catalogue_renders_within_the_platforms_limits(String name, Reply reply) throws Exception {
        T rendered = renderer().render(reply);

        assertWithinLimits(name, rendered);
        assertThat(visibleText(rendered))
                .as(name)
                .contains(reply.title().length() > 40 ? reply.title().substring(0, 40) : reply.title());
    }

    @Test
    void no_card_element_is_dropped() throws Exception {
        for (Lang lang : Lang.values()) {
            String shown = visibleText(renderer().render(ReplyCatalogue.everyElement(lang)));

            assertThat(shown).contains(ReplyCatalogue.ELEMENT_MARKERS);
        }
    }
}
