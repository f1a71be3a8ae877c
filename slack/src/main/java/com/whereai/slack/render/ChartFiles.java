package com.whereai.slack.render;

import com.whereai.core.reply.CardElement;
import java.util.Map;
import java.util.Optional;

/**
 * Where a reply's line charts were uploaded to Slack: the file id of each chart's picture, if it has one. The
 * renderer shows a chart with a file as an image block, any other as text; it never calls Slack itself.
 */
@FunctionalInterface
public interface ChartFiles {

    /** No chart uploaded: every line chart is drawn as text. */
    ChartFiles NONE = chart -> Optional.empty();

    Optional<String> fileId(CardElement.LineChart chart);

    /** The charts uploaded, each with its file id. */
    static ChartFiles of(Map<CardElement.LineChart, String> fileIds) {
        Map<CardElement.LineChart, String> copy = Map.copyOf(fileIds);
        return copy.isEmpty() ? NONE : chart -> Optional.ofNullable(copy.get(chart));
    }
}
