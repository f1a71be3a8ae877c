package com.whereai.core.reply;

import com.whereai.knowledge.OptionId;
import java.util.List;

/**
 * The closed set of things a reply card is made of. Each platform has one renderer that handles every
 * element (plain text, JSON, Block Kit, Adaptive Cards). Text is plain: renderers escape it for their
 * platform.
 */
public sealed interface CardElement {

    /** A section heading inside the card. */
    record Heading(String text) implements CardElement {
    }

    /** A paragraph of prose. */
    record Paragraph(String text) implements CardElement {
    }

    /** A bulleted list. */
    record BulletList(List<String> items) implements CardElement {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** Label-value pairs. */
    record FactList(List<Fact> facts) implements CardElement {
        public FactList {
            facts = List.copyOf(facts);
        }
    }

    /** The guide's star table: one row per option, one column per criterion (stars 1..5). */
    record RatingTable(List<String> criteria, List<RatingRow> rows) implements CardElement {
        public RatingTable {
            criteria = List.copyOf(criteria);
            rows = List.copyOf(rows);
        }
    }

    /** The options in a recommendation, best first, each with its score and reasons. */
    record RankedList(List<RankedItem> items) implements CardElement {
        public RankedList {
            items = List.copyOf(items);
        }
    }

    /** Small print: what the bot understood, assumptions, hints. */
    record Note(String text) implements CardElement {
    }

    /** A visual break between parts of the card. */
    record Divider() implements CardElement {
    }

    record Fact(String label, String value) {
    }

    record RatingRow(OptionId option, String label, List<Integer> stars) {
        public RatingRow {
            stars = List.copyOf(stars);
        }
    }

    /** @param score 0..1 */
    record RankedItem(int position, OptionId option, String label, double score, List<String> reasons) {
        public RankedItem {
            reasons = List.copyOf(reasons);
        }
    }
}
