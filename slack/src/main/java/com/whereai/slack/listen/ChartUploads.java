package com.whereai.slack.listen;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.File;
import com.whereai.core.chart.LineChartPng;
import com.whereai.core.reply.CardElement;
import com.whereai.core.reply.Reply;
import com.whereai.slack.render.ChartFiles;
import com.whereai.slack.render.SlackText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads a reply's line charts to Slack as PNGs (files upload v2: files.getUploadURLExternal, the upload, then
 * files.completeUploadExternal, shared to no channel: the card shows the picture by its file id), then waits until
 * Slack has processed each file, as Slack's SDK maintainers advise: the upload completes asynchronously, and a block
 * that shows a file too early is refused ({@code invalid_blocks}). Ready is when files.info gives the file a
 * mimetype; the wait is short and bounded. Without the {@code files:write} scope, or on any failure, a chart simply
 * has no file, and the card draws it as text. Slow work: only ever called after the acknowledgement.
 */
final class ChartUploads {

    private static final Logger LOG = LoggerFactory.getLogger(ChartUploads.class);
    /** How long to wait before each files.info, about 3 s in all. */
    static final List<Duration> WAITS = List.of(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            Duration.ofMillis(1600));
    /** files.getUploadURLExternal takes an alt text of at most this many characters. */
    private static final int ALT_TEXT = 1000;

    /** Waits; a test may wait less. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Sleeper sleeper;

    ChartUploads() {
        this(duration -> Thread.sleep(duration.toMillis()));
    }

    ChartUploads(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** Uploads each line chart of the reply once; {@link ChartFiles#NONE} when it has none or none could be uploaded. */
    ChartFiles upload(Reply reply, MethodsClient client) {
        Map<CardElement.LineChart, String> files = new LinkedHashMap<>();
        for (CardElement element : reply.body()) {
            if (element instanceof CardElement.LineChart chart && !files.containsKey(chart)) {
                upload(chart, client).ifPresent(id -> files.put(chart, id));
            }
        }
        return ChartFiles.of(files);
    }

    private Optional<String> upload(CardElement.LineChart chart, MethodsClient client) {
        FilesUploadV2Response uploaded;
        try {
            byte[] png = LineChartPng.render(chart);
            uploaded = client.filesUploadV2(r -> r.fileData(png)
                    .filename("where-ai-chart.png")
                    .title(chart.caption())
                    .altTxt(SlackText.cut(chart.altText(), ALT_TEXT)));
        } catch (SlackFilesUploadV2Exception e) {
            String error = error(e);
            if (error.equals("missing_scope") || error.equals("not_allowed_token_type")) {
                LOG.info(
                        "A chart is shown as text: Slack refused its upload ({}); the app needs the files:write scope",
                        error);
            } else {
                LOG.warn("A chart is shown as text: its upload failed ({})", error);
            }
            return Optional.empty();
        } catch (Exception e) {
            LOG.warn("A chart is shown as text: its upload failed ({})", e.toString());
            return Optional.empty();
        }
        if (!uploaded.isOk() || uploaded.getFile() == null || uploaded.getFile().getId() == null) {
            LOG.warn("A chart is shown as text: its upload answered {}", uploaded.getError());
            return Optional.empty();
        }
        File file = uploaded.getFile();
        if (!ready(file)) {
            awaitProcessed(file.getId(), client);
        }
        return Optional.of(file.getId());
    }

    /**
     * Polls files.info until Slack has processed the file (it has a mimetype), at most {@link #WAITS}. Without the
     * {@code files:read} scope, or when Slack is slower, the card is sent anyway: should Slack refuse the picture, the
     * card is sent again with the chart as text.
     */
    private void awaitProcessed(String fileId, MethodsClient client) {
        for (Duration wait : WAITS) {
            try {
                sleeper.sleep(wait);
                FilesInfoResponse info = client.filesInfo(r -> r.file(fileId));
                if (info.isOk() && ready(info.getFile())) {
                    return;
                }
                if (!info.isOk() && !"file_not_found".equals(info.getError())) {
                    LOG.info(
                            "Cannot see whether the chart {} is ready ({}); sending it as it is",
                            fileId,
                            info.getError());
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.info("Cannot see whether the chart {} is ready ({}); sending it as it is", fileId, e.toString());
                return;
            }
        }
        LOG.info("The chart {} was not processed within {}; sending it as it is", fileId, total());
    }

    private static boolean ready(File file) {
        return file != null && file.getMimetype() != null && !file.getMimetype().isBlank();
    }

    private static Duration total() {
        return WAITS.stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** Slack's error for the step that failed ("missing_scope"), or what else went wrong. */
    static String error(SlackFilesUploadV2Exception e) {
        if (e.getCompleteResponse() != null && e.getCompleteResponse().getError() != null) {
            return e.getCompleteResponse().getError();
        }
        for (FilesGetUploadURLExternalResponse url : e.getGetURLResponses()) {
            if (!url.isOk()) {
                return url.getError();
            }
        }
        return e.getUploadResponses().values().stream()
                .filter(r -> r.getCode() != 200)
                .map(r -> "upload answered " + r.getCode())
                .findFirst()
                .orElse("unknown");
    }
}
